import Foundation

/// Something a person outside wrote on one of our or our ambassadors' posts. The author's handle,
/// name and the text itself are personal data: they live in the store behind `authorRef`.
public struct Comment: Hashable, Sendable, Codable {
    public let id: CommentID
    public var network: Network
    public var authorRef: PersonRef
    public var authorFollowers: Int
    public var target: CommentTarget
    public var parentID: CommentID?
    /// The first comment of the thread (itself when it has no parent).
    public var threadRootID: CommentID
    public var postedAt: Date
    public var language: String?
    public var category: CommentCategory?
    public var categoryScores: [String: Double]
    public var classifiedBy: String?
    public var state: ModerationState
    public var visibility: Visibility
    public var assignee: String?
    public var claim: Claim?
    public var replies: [Reply]
    public var escalations: [Escalation]
    public var resolution: Resolution?
    public var firstResponseAt: Date?
    /// When it first reached `resolved` or `noAction` (kept through reopening and undo), so time
    /// to resolution counts each comment once.
    public var firstResolvedAt: Date?
    public var reopenCount: Int
    /// Set while the comment is counted as critical (`Metric.criticalComments`): the topics its
    /// count went to, so taking it back takes it from the same ones even if the story's topics
    /// changed meanwhile. Nil while it is not counted.
    public var criticalTopics: [String]?
    public var version: Int64

    public init(id: CommentID, network: Network, authorRef: PersonRef, authorFollowers: Int, target: CommentTarget,
                parentID: CommentID?, threadRootID: CommentID, postedAt: Date, language: String?, version: Int64) {
        self.id = id
        self.network = network
        self.authorRef = authorRef
        self.authorFollowers = authorFollowers
        self.target = target
        self.parentID = parentID
        self.threadRootID = threadRootID
        self.postedAt = postedAt
        self.language = language
        self.category = nil
        self.categoryScores = [:]
        self.classifiedBy = nil
        self.state = .new
        self.visibility = .visible
        self.assignee = nil
        self.claim = nil
        self.replies = []
        self.escalations = []
        self.resolution = nil
        self.firstResponseAt = nil
        self.firstResolvedAt = nil
        self.reopenCount = 0
        self.criticalTopics = nil
        self.version = version
    }

    /// Urgency until the moderation pane's priority score: the category's severity.
    public var severity: Int { category?.severity ?? CommentCategory.unclassifiedSeverity }

    /// Under a legal escalation: exempt from the retention sweep.
    public var isUnderLegalEscalation: Bool { state == .escalated && escalations.last?.to == .legal }
}
