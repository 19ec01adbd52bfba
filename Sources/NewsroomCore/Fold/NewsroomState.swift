import Foundation

/// The whole newsroom folded in memory from every event: the definition the store's projections
/// are tested against, and the state for small newsrooms and tests.
public struct NewsroomState: FoldWorkspace, Sendable {
    public let calendar: NewsroomCalendar
    public private(set) var stories: [StoryID: Story] = [:]
    public private(set) var briefings: [LocalDate: Briefing] = [:]
    public private(set) var ambassadors: [AmbassadorID: Ambassador] = [:]
    public private(set) var shares: [ShareID: Share] = [:]
    public private(set) var comments: [CommentID: Comment] = [:]
    public private(set) var moderators: [String: Moderator] = [:]
    public private(set) var templates: [TemplateID: ReplyTemplate] = [:]
    public private(set) var snippets: [SnippetID: FactSnippet] = [:]
    public private(set) var erasures: [PersonRef: Erasure] = [:]
    public private(set) var mentionCounts: [MentionCount] = []
    public private(set) var counters = Counters()
    public private(set) var tallies: [Tally: Int] = [:]
    /// The crisis level a person set, until cleared.
    public private(set) var manualCrisisLevel: ManualCrisisLevel?
    /// The last `seq` folded in.
    public private(set) var lastSeq: Int64 = 0
    /// Events passed by (unknown type, missing subject), for the warning line.
    public private(set) var skipped: [Int64: SkipReason] = [:]
    /// The marks and `.post` scope of each story and share text met (`postMarks`): reading the
    /// hashtags and links and hashing the scope once, not at each of a share's measurements.
    private var marksByText: [PostText: (marks: ShareMarks, scope: CounterScope)] = [:]

    private struct PostText: Hashable {
        let storyID: StoryID?
        let text: String
    }

    public init(calendar: NewsroomCalendar) {
        self.calendar = calendar
    }

    /// How many entities a replay will meet, when known (a store's projection tables).
    public struct Sizes: Sendable {
        public var stories = 0, briefings = 0, ambassadors = 0, shares = 0, comments = 0
        public init() {}
    }

    /// A state whose tables are made their final size up front: a dictionary that grows holds its
    /// old and new storage at once, and for a million-event replay the comments' is the largest.
    public init(calendar: NewsroomCalendar, reserving sizes: Sizes) {
        self.calendar = calendar
        stories.reserveCapacity(sizes.stories)
        briefings.reserveCapacity(sizes.briefings)
        ambassadors.reserveCapacity(sizes.ambassadors)
        shares.reserveCapacity(sizes.shares)
        comments.reserveCapacity(sizes.comments)
    }

    /// Folds events in; those at or below `lastSeq` were folded already and are passed over,
    /// so own writes and the live tail never count twice.
    public mutating func apply(_ events: [StoredEvent]) {
        for stored in events where stored.seq > lastSeq {
            // The in-memory workspace never throws.
            try? Fold.apply(stored, to: &self)
            lastSeq = stored.seq
        }
    }

    public var unknownEventCount: Int { skipped.values.filter { $0 == .unknownType }.count }

    // MARK: FoldWorkspace

    public func story(_ id: StoryID) -> Story? { stories[id] }
    public mutating func save(_ story: Story) { stories[story.id] = story }
    public func briefing(on date: LocalDate) -> Briefing? { briefings[date] }
    public mutating func save(_ briefing: Briefing) { briefings[briefing.date] = briefing }
    public func ambassador(_ id: AmbassadorID) -> Ambassador? { ambassadors[id] }
    public mutating func save(_ ambassador: Ambassador) { ambassadors[ambassador.id] = ambassador }
    public func share(_ id: ShareID) -> Share? { shares[id] }
    public mutating func save(_ share: Share) { shares[share.id] = share }
    public func comment(_ id: CommentID) -> Comment? { comments[id] }
    public mutating func save(_ comment: Comment) { comments[comment.id] = comment }
    public mutating func save(_ moderator: Moderator) { moderators[moderator.name] = moderator }
    public mutating func save(_ template: ReplyTemplate) { templates[template.id] = template }
    public mutating func save(_ snippet: FactSnippet) { snippets[snippet.id] = snippet }
    public mutating func record(_ erasure: Erasure) { erasures[erasure.ref] = erasure }
    public mutating func record(_ count: MentionCount) { mentionCounts.append(count) }
    public mutating func setManualCrisisLevel(_ level: ManualCrisisLevel?) { manualCrisisLevel = level }
    public mutating func count(_ delta: CounterDelta) { counters.add(delta) }
    public mutating func postMarks(storyID: StoryID?, text: String) -> (marks: ShareMarks, scope: CounterScope) {
        let key = PostText(storyID: storyID, text: text)
        if let known = marksByText[key] { return known }
        let marks = ShareMarks(storyID: storyID, text: text)
        let made = (marks: marks, scope: CounterScope.post(marks))
        marksByText[key] = made
        return made
    }
    public mutating func count(growth: [(Metric, Int)], in scopes: [CounterScope], bucket: Bucket) {
        counters.add(growth: growth, in: scopes, bucket: bucket)
    }
    public mutating func adjust(_ tally: Tally, by amount: Int) { tallies[tally, default: 0] += amount }
    public mutating func skip(_ event: StoredEvent, because reason: SkipReason) { skipped[event.seq] = reason }
}
