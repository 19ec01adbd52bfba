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

    public static func load(from source: some NewsroomReadSource, _ request: QueueRequest = QueueRequest(),
                            at moment: Date, limit: Int = defaultLimit) throws -> ModerationQueue {
        let candidates = try source.queueCandidates(request.selection, limit: limit)
        let contexts = try source.priorityContexts(for: candidates, at: moment)
        let settings = source.config.moderation, calendar = source.config.calendar
        let ranked = candidates.map { c in
            Item(comment: c, priority: CommentPriority.of(c, context: contexts[c.id] ?? PriorityContext(), at: moment,
                                                          settings: settings, calendar: calendar))
        }
        .filter { request.filter.admits($0.comment, band: $0.priority.band, at: moment) }
        .sorted { a, b in
            (b.priority.score, a.comment.postedAt, a.comment.id.rawValue) < (a.priority.score, b.comment.postedAt, b.comment.id.rawValue)
        }
        return ModerationQueue(items: ranked, moment: moment, capped: candidates.count >= limit)
    }
}

/// Narrows a queue after ranking: by state, category, network, assignee, band, and whose it is
/// ("mine"). An empty set or nil lets everything through; the facets combine with "and".
public struct QueueFilter: Hashable, Sendable {
    public var states: Set<ModerationState> = []
    public var categories: Set<CommentCategory?> = []
    public var networks: Set<Network> = []
    /// Items assigned to or claimed by this person ("mine").
    public var mine: String?
    /// Items assigned to this person.
    public var assignee: String?
    public var bands: Set<PriorityBand> = []
    /// Comments on these posts (the crisis alert's jump to the post a storm is on).
    public var targets: Set<CommentTarget> = []

    public init(states: Set<ModerationState> = [], categories: Set<CommentCategory?> = [], networks: Set<Network> = [], mine: String? = nil,
                assignee: String? = nil, bands: Set<PriorityBand> = [], targets: Set<CommentTarget> = []) {
        self.states = states
        self.categories = categories
        self.networks = networks
        self.mine = mine
        self.assignee = assignee
        self.bands = bands
        self.targets = targets
    }

    public var isEmpty: Bool {
        states.isEmpty && categories.isEmpty && networks.isEmpty && mine == nil && assignee == nil && bands.isEmpty && targets.isEmpty
    }

    public func admits(_ c: Comment, band: PriorityBand, at moment: Date) -> Bool {
        if !states.isEmpty, !states.contains(c.state) { return false }
        if !categories.isEmpty, !categories.contains(c.category) { return false }
        if !networks.isEmpty, !networks.contains(c.network) { return false }
        if !bands.isEmpty, !bands.contains(band) { return false }
        if !targets.isEmpty, !targets.contains(c.target) { return false }
        if let who = assignee, c.assignee != who { return false }
        if let me = mine, c.assignee != me, !(c.claim.map { $0.holder == me && $0.isHeld(at: moment) } ?? false) { return false }
        return true
    }
}
