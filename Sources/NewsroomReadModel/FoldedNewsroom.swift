import Foundation
import NewsroomCore

/// A newsroom folded in memory from events, with the comment texts that came beside them: the
/// read models' source without a database, for tests of the console's pure update and for
/// checking the store's bounded queries against the core's definitions.
public struct FoldedNewsroom: NewsroomReadSource, Sendable {
    public let config: NewsroomConfig
    public private(set) var state: NewsroomState
    public var isReadOnly: Bool { false }
    private var texts: [CommentID: AuthoredText] = [:]
    private var handles: [PersonRef: String] = [:]
    private var seen: Set<UUID> = []

    public init(config: NewsroomConfig, events: [NewEvent] = []) {
        self.config = config
        state = NewsroomState(calendar: config.calendar)
        append(events)
    }

    /// Gives the events their `seq` and folds them, as the store's `append` does: an event whose
    /// id was seen before is skipped with its personal data, and an erasure removes the texts.
    @discardableResult
    public mutating func append(_ events: [NewEvent]) -> [StoredEvent] {
        var committed: [StoredEvent] = []
        for new in events where seen.insert(new.event.id).inserted {
            for text in new.personal.texts { texts[CommentID(text.subject)] = text }
            for profile in new.personal.profiles { handles[profile.ref] = profile.handle }
            if case .privacyErased(let erased) = new.event.payload {
                texts = texts.filter { $0.value.ref != erased.ref }
                handles[erased.ref] = nil
            }
            committed.append(StoredEvent(seq: state.lastSeq + 1 + Int64(committed.count), event: new.event))
        }
        state.apply(committed)
        return committed
    }

    // MARK: NewsroomReadSource

    public func lastSeq() -> Int64 { state.lastSeq }
    public func briefing(on date: LocalDate) -> Briefing? { state.briefings[date] }

    public func stories(_ ids: [StoryID]) -> [StoryID: Story] {
        Dictionary(ids.compactMap { state.stories[$0] }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func shareCounts(of stories: [StoryID]) -> [StoryID: Int] {
        let wanted = Set(stories)
        var out: [StoryID: Int] = [:]
        for share in state.shares.values { if let id = share.storyID, wanted.contains(id) { out[id, default: 0] += 1 } }
        return out
    }

    public func tallies() -> [Tally: Int] { state.tallies.filter { $0.value != 0 } }
    public func manualCrisisLevel() -> ManualCrisisLevel? { state.manualCrisisLevel }

    public func openComments(limit: Int) -> [Comment] {
        Array(state.comments.values.filter(\.state.isOpen).sorted {
            ($1.severity, $0.postedAt, $0.id.rawValue) < ($0.severity, $1.postedAt, $1.id.rawValue)
        }.prefix(limit))
    }

    public func oldestOpenComment() -> Comment? {
        state.comments.values.filter(\.state.isOpen).min { ($0.postedAt, $0.id.rawValue) < ($1.postedAt, $1.id.rawValue) }
    }

    public func oldestComment(in moderationState: ModerationState) -> Comment? {
        state.comments.values.filter { $0.state == moderationState }.min { ($0.postedAt, $0.id.rawValue) < ($1.postedAt, $1.id.rawValue) }
    }

    public func slaBreachCount(_ cutoffs: SLACutoffs) -> Int { state.comments.values.filter(cutoffs.isBreached).count }

    public func mostOverdue(_ cutoffs: SLACutoffs, limit: Int) -> [Comment] {
        Dictionary(grouping: state.comments.values.filter(cutoffs.isBreached), by: \.category).values.flatMap { group in
            group.sorted { ($0.postedAt, $0.id) < ($1.postedAt, $1.id) }.prefix(limit)
        }
    }

    public func ambassadors() -> [Ambassador] {
        state.ambassadors.values.sorted { ($0.team, $0.name, $0.id.rawValue) < ($1.team, $1.name, $1.id.rawValue) }
    }

    public func text(of comment: CommentID) -> String? { texts[comment]?.text }
    public func comments(_ ids: [CommentID]) -> [Comment] { ids.compactMap { state.comments[$0] } }
    public func templates() -> [ReplyTemplate] { state.templates.values.sorted { $0.id.rawValue < $1.id.rawValue } }
    public func snippets() -> [FactSnippet] { state.snippets.values.sorted { $0.id.rawValue < $1.id.rawValue } }
    public func moderators() -> [Moderator] { state.moderators.values.sorted { $0.name < $1.name } }
    public func handle(of author: PersonRef) -> String? { handles[author].map { "@\($0)" } }

    public func queueCandidates(_ selection: QueueSelection, limit: Int) -> [Comment] {
        let all = state.comments.values
        switch selection {
        case .open: return Array(all.filter(\.state.isOpen).prefix(limit))
        case .state(let s): return Array(all.filter { $0.state == s }.prefix(limit))
        case .hidden: return Array(all.filter(\.visibility.isHidden).sorted { ($0.postedAt, $0.id) > ($1.postedAt, $1.id) }.prefix(limit))
        case .all: return Array(all.sorted { ($0.postedAt, $0.id) > ($1.postedAt, $1.id) }.prefix(limit))
        }
    }

    public func priorityContexts(for comments: [Comment], at moment: Date) -> [CommentID: PriorityContext] {
        let roots = Set(comments.map(\.threadRootID)), authors = Set(comments.map(\.authorRef))
        let hourAgo = moment.addingTimeInterval(-3600)
        var threads: [CommentID: Int] = [:], answered: Set<CommentID> = [], unlawful: [PersonRef: Int] = [:]
        for c in state.comments.values {
            if roots.contains(c.threadRootID) {
                if c.postedAt >= hourAgo && c.postedAt <= moment { threads[c.threadRootID, default: 0] += 1 }
                if c.firstResponseAt != nil { answered.insert(c.threadRootID) }
            }
            if authors.contains(c.authorRef), PriorityContext.countsAsUnlawful(c) { unlawful[c.authorRef, default: 0] += 1 }
        }
        var reactions: [String: Int] = [:]
        for c in comments where c.target.kind == .share {
            reactions[c.target.id] = state.shares[ShareID(c.target.id)]?.metrics.reactions
        }
        return PriorityContext.assemble(for: comments, threadsLastHour: threads, answeredThreads: answered,
                                        unlawfulByAuthor: unlawful, reactionsByPost: reactions)
    }

    // MARK: CounterSource

    public func sum(_ key: CounterKey, over buckets: Range<Int64>) -> Int64 { state.counters.sum(key, over: buckets) }
    public func sums(of metric: Metric, over buckets: Range<Int64>) -> [CounterScope: Int64] { state.counters.sums(of: metric, over: buckets) }
    public func counts(of metric: Metric, in scopes: ScopeSelection, over buckets: Range<Int64>) -> [CounterScope: [Int64: Int64]] {
        state.counters.counts(of: metric, in: scopes, over: buckets)
    }
}
