import Foundation
import NewsroomCore

/// What the read models (the console's snapshot, the briefing, the KPI report) read from a newsroom:
/// a few current-state entities, counters and bounded queries, never the history. The folder
/// store answers it from its projections; `FoldedNewsroom` from events folded in memory, for tests.
public protocol NewsroomReadSource: CounterSource {
    var config: NewsroomConfig { get }
    /// True when nothing can be recorded through this source.
    var isReadOnly: Bool { get }

    /// The last committed `seq` (0 for an empty log).
    func lastSeq() throws -> Int64
    func briefing(on date: LocalDate) throws -> Briefing?
    /// Several stories by id; ids it does not know are left out.
    func stories(_ ids: [StoryID]) throws -> [StoryID: Story]
    /// How often each story was shared (for the briefing's "shares so far").
    func shareCounts(of stories: [StoryID]) throws -> [StoryID: Int]
    /// Current-state counts: open comments per state, hidden comments ...
    func tallies() throws -> [Tally: Int]
    /// The crisis level a person set (`crisis.declared`), until cleared; nil: the automatic level applies.
    func manualCrisisLevel() throws -> ManualCrisisLevel?
    /// The first `limit` open comments in queue order: most severe first, then oldest.
    func openComments(limit: Int) throws -> [Comment]
    /// The oldest open comment, for "oldest open" in the overview.
    func oldestOpenComment() throws -> Comment?
    /// The comment posted first among those in `state` (hidden ones included), for "oldest new":
    /// one step along an index, not a list.
    func oldestComment(in state: ModerationState) throws -> Comment?
    /// How many comments breach their SLA (`SLACutoffs.isBreached`), counted without reading them.
    func slaBreachCount(_ cutoffs: SLACutoffs) throws -> Int
    /// Per category, the `limit` of those comments posted first, in any order: a set that holds
    /// the `limit` most overdue, which the caller ranks (`SLABreach.breaches`), since working-time
    /// SLAs make overdue minutes comparable only within a category.
    func mostOverdue(_ cutoffs: SLACutoffs, limit: Int) throws -> [Comment]
    /// Every ambassador, by team and name (bounded by the program's size, not its history).
    func ambassadors() throws -> [Ambassador]
    /// The text of a comment, or nil once erased.
    func text(of comment: CommentID) throws -> String?
    /// Several comments by id; ids it does not know are left out.
    func comments(_ ids: [CommentID]) throws -> [Comment]
    /// The reply templates, retired ones included (a bounded list the newsroom keeps).
    func templates() throws -> [ReplyTemplate]
    /// The approved fact snippets, retired ones included.
    func snippets() throws -> [FactSnippet]
    /// The moderation team with its roles, by name.
    func moderators() throws -> [Moderator]
    /// How an author is shown: `@handle`, or nil when nothing is held (erased, or never given).
    func handle(of author: PersonRef) throws -> String?
    /// The moderation queue's candidates: up to `limit` comments of the selection (for `.all`
    /// and `.hidden`, the newest), in any order; the queue ranks them by priority.
    func queueCandidates(_ selection: QueueSelection, limit: Int) throws -> [Comment]
    /// What each comment's priority needs beyond the comment: its thread's last hour, its post's
    /// reactions, its author's other unlawful comments, an answer in the thread.
    func priorityContexts(for comments: [Comment], at moment: Date) throws -> [CommentID: PriorityContext]
}
