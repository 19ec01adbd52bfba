/// Where the fold reads and writes entities: the in-memory `NewsroomState`, or the store's
/// projection tables inside an append transaction. One fold, two homes, so projections can be
/// tested against a full replay.
public protocol FoldWorkspace {
    var calendar: NewsroomCalendar { get }

    func story(_ id: StoryID) throws -> Story?
    mutating func save(_ story: Story) throws
    func briefing(on date: LocalDate) throws -> Briefing?
    mutating func save(_ briefing: Briefing) throws
    func ambassador(_ id: AmbassadorID) throws -> Ambassador?
    mutating func save(_ ambassador: Ambassador) throws
    func share(_ id: ShareID) throws -> Share?
    mutating func save(_ share: Share) throws
    func comment(_ id: CommentID) throws -> Comment?
    mutating func save(_ comment: Comment) throws
    mutating func save(_ moderator: Moderator) throws
    mutating func save(_ template: ReplyTemplate) throws
    mutating func save(_ snippet: FactSnippet) throws
    mutating func record(_ erasure: Erasure) throws
    mutating func record(_ count: MentionCount) throws
    /// The crisis level a person set (`crisis.declared`), or nil when it was cleared.
    mutating func setManualCrisisLevel(_ level: ManualCrisisLevel?) throws
    /// The topics of the story a comment's post is about (a share's story, or the story itself;
    /// none for a company post or a post whose story is not known), sorted, without repeats.
    /// A default reads them through `share(_:)` and `story(_:)`; the store answers it cheaper.
    func storyTopics(for target: CommentTarget) throws -> [String]
    /// Adds to a bucketed counter.
    mutating func count(_ delta: CounterDelta) throws
    /// A share's marks and the `.post` scope they name. A default works them out from the text;
    /// the in-memory state keeps them per story and text, which a replay meets at every measurement.
    mutating func postMarks(storyID: StoryID?, text: String) -> (marks: ShareMarks, scope: CounterScope)
    /// Adds a share measurement's growth to each scope's counters of those figures. A default
    /// counts figure by figure; the in-memory state adds them side by side.
    mutating func count(growth: [(Metric, Int)], in scopes: [CounterScope], bucket: Bucket) throws
    /// Adjusts a current-state tally (open comments per state, hidden comments ...).
    mutating func adjust(_ tally: Tally, by amount: Int) throws
    /// An event the fold does not know or cannot read: kept in the log, counted, not folded.
    mutating func skip(_ event: StoredEvent, because reason: SkipReason) throws
}

extension FoldWorkspace {
    public mutating func postMarks(storyID: StoryID?, text: String) -> (marks: ShareMarks, scope: CounterScope) {
        let marks = ShareMarks(storyID: storyID, text: text)
        return (marks, .post(marks))
    }

    public mutating func count(growth: [(Metric, Int)], in scopes: [CounterScope], bucket: Bucket) throws {
        for (metric, amount) in growth {
            for scope in scopes { try count(CounterDelta(CounterKey(metric, scope), bucket: bucket, amount: Int64(amount))) }
        }
    }

    public func storyTopics(for target: CommentTarget) throws -> [String] {
        let storyID: StoryID?
        switch target.kind {
        case .share: storyID = try share(ShareID(target.id))?.storyID
        case .story: storyID = StoryID(target.id)
        case .companyPost: storyID = nil
        }
        guard let storyID, let story = try story(storyID) else { return [] }
        return Array(Set(story.content.topics)).sorted()
    }
}

/// Why the fold passed an event by.
public enum SkipReason: Hashable, Sendable {
    /// Written by a newer program.
    case unknownType
    /// Refers to something the log does not contain (a decision on a story never added ...).
    case missingSubject(String)
}

/// A count of the current state (not per bucket): how many comments are in each state, hidden ...
public struct Tally: Hashable, Sendable, Codable, CustomStringConvertible {
    public let name: String

    public init(name: String) { self.name = name }

    public static func state(_ state: ModerationState) -> Tally { Tally(name: "state:\(state.rawValue)") }
    public static let hidden = Tally(name: "hidden")
    /// Open, visible comments without a first response, per category (`nil`: unclassified): the
    /// SLA breaches are these minus the ones posted after the category's cutoff, a bounded count.
    public static func awaitingFirstResponse(_ category: CommentCategory?) -> Tally { Tally(name: "awaiting:\(category?.rawValue ?? "none")") }
    public static let comments = Tally(name: "comments")
    public static let ambassadors = Tally(name: "ambassadors")
    public static let stories = Tally(name: "stories")
    public static let shares = Tally(name: "shares")

    public var description: String { name }
}
