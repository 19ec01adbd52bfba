import NewsroomCore

/// Which comments the moderation queue starts from, before filters: what a store can select
/// with an index. Everything else (category, network, band, text) is filtered after ranking.
public enum QueueSelection: Hashable, Sendable {
    /// Every open item (new, triaged, assigned, waiting, escalated).
    case open
    case state(ModerationState)
    /// Hidden comments, whatever their state.
    case hidden
    /// Everything, newest first up to the limit.
    case all
}
