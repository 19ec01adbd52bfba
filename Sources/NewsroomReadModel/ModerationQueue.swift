import Foundation
import NewsroomCore

/// The moderation queue as a moderator sees it: the selection's comments ranked by priority
/// (score, then oldest first), each with its score's breakdown. Ranked once when loaded: since
/// age changes the score, it re-sorts only when loaded again, never under the cursor.
public struct ModerationQueue: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public let comment: Comment
        public let priority: CommentPriority
    }

    public let items: [Item]
    public let moment: Date
    /// True when the selection held more comments than were read (`limit`): the ranking covers the
    /// newest of them.
    public let capped: Bool

    /// How many candidates a queue reads at most: far above a newsroom's open backlog, a bound on
    /// the work a storm can cause.
    public static let defaultLimit = 20_000

    public static func load(from source: some NewsroomReadSource, selection: QueueSelection = .open, filter: QueueFilter = QueueFilter(),
                            at moment: Date, limit: Int = defaultLimit) throws -> ModerationQueue {
        let candidates = try source.queueCandidates(selection, limit: limit)
        let contexts = try source.priorityContexts(for: candidates, at: moment)
        let settings = source.config.moderation, calendar = source.config.calendar
        let ranked = candidates.map { c in
            Item(comment: c, priority: CommentPriority.of(c, context: contexts[c.id] ?? PriorityContext(), at: moment,
                                                          settings: settings, calendar: calendar))
        }
        .filter { filter.admits($0, at: moment) }
        .sorted { a, b in
            (b.priority.score, a.comment.postedAt, a.comment.id.rawValue) < (a.priority.score, b.comment.postedAt, b.comment.id.rawValue)
        }
        return ModerationQueue(items: ranked, moment: moment, capped: candidates.count >= limit)
    }
}

/// Narrows a queue after ranking: by category, network, assignee, band, and words in the text
/// (the texts are personal data, so the caller supplies them for the comments it has).
public struct QueueFilter: Hashable, Sendable {
    public var categories: Set<CommentCategory?> = []
    public var networks: Set<Network> = []
    /// Items assigned to or claimed by this person ("mine").
    public var mine: String?
    public var bands: Set<PriorityBand> = []

    public init(categories: Set<CommentCategory?> = [], networks: Set<Network> = [], mine: String? = nil, bands: Set<PriorityBand> = []) {
        self.categories = categories
        self.networks = networks
        self.mine = mine
        self.bands = bands
    }

    public var isEmpty: Bool { categories.isEmpty && networks.isEmpty && mine == nil && bands.isEmpty }

    func admits(_ item: ModerationQueue.Item, at moment: Date) -> Bool {
        let c = item.comment
        if !categories.isEmpty, !categories.contains(c.category) { return false }
        if !networks.isEmpty, !networks.contains(c.network) { return false }
        if !bands.isEmpty, !bands.contains(item.priority.band) { return false }
        if let me = mine, c.assignee != me, !(c.claim.map { $0.holder == me && $0.isHeld(at: moment) } ?? false) { return false }
        return true
    }
}
