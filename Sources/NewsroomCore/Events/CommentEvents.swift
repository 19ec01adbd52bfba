import Foundation

/// `comment.received`: a comment arrived. The author's handle, name and the text are not in here:
/// they go to the store's personal-data table under `authorRef`.
public struct CommentReceived: Hashable, Sendable, Codable {
    public var commentID: CommentID
    public var network: Network
    public var authorRef: PersonRef
    public var authorFollowers: Int
    public var target: CommentTarget
    public var parentID: CommentID?
    public var postedAt: Date
    public var language: String?

    public init(commentID: CommentID, network: Network, authorRef: PersonRef, authorFollowers: Int, target: CommentTarget,
                parentID: CommentID? = nil, postedAt: Date, language: String? = nil) {
        self.commentID = commentID
        self.network = network
        self.authorRef = authorRef
        self.authorFollowers = authorFollowers
        self.target = target
        self.parentID = parentID
        self.postedAt = postedAt
        self.language = language
    }
}

/// `comment.classified`: a category, by a model (`model:NAME`, with scores) or by a moderator.
public struct CommentClassified: Hashable, Sendable, Codable {
    public var commentID: CommentID
    public var category: CommentCategory
    public var scores: [String: Double]?
    public var source: String

    public init(commentID: CommentID, category: CommentCategory, scores: [String: Double]? = nil, source: String) {
        self.commentID = commentID
        self.category = category
        self.scores = scores
        self.source = source
    }

    /// Whether a person made this call (moves the item to `triaged`), rather than a model.
    public var isByModerator: Bool { !source.hasPrefix("model:") }
}

/// `comment.assigned`: given to a moderator (nil: back to the pool).
public struct CommentAssigned: Hashable, Sendable, Codable {
    public var commentID: CommentID
    public var assignee: String?

    public init(commentID: CommentID, assignee: String?) {
        self.commentID = commentID
        self.assignee = assignee
    }
}

/// `comment.claimed`: a moderator holds the item for a while (taking over if `takeOver`).
public struct CommentClaimed: Hashable, Sendable, Codable {
    public var commentID: CommentID
    public var holder: String
    public var leaseUntil: Date
    public var takeOver: Bool

    public init(commentID: CommentID, holder: String, leaseUntil: Date, takeOver: Bool = false) {
        self.commentID = commentID
        self.holder = holder
        self.leaseUntil = leaseUntil
        self.takeOver = takeOver
    }
}

/// `comment.released`: the claim was given up.
public struct CommentReleased: Hashable, Sendable, Codable {
    public var commentID: CommentID

    public init(commentID: CommentID) { self.commentID = commentID }
}

/// `comment.replied`: the newsroom answered (written to the outbox for a connector to post).
public struct CommentReplied: Hashable, Sendable, Codable {
    public var commentID: CommentID
    public var replyID: String
    public var text: String
    public var language: String
    public var templateID: TemplateID?

    public init(commentID: CommentID, replyID: String, text: String, language: String, templateID: TemplateID? = nil) {
        self.commentID = commentID
        self.replyID = replyID
        self.text = text
        self.language = language
        self.templateID = templateID
    }
}

/// `comment.escalated`: handed to legal, HR or a subject expert.
public struct CommentEscalated: Hashable, Sendable, Codable {
    public var commentID: CommentID
    public var to: EscalationTarget
    public var note: String

    public init(commentID: CommentID, to: EscalationTarget, note: String) {
        self.commentID = commentID
        self.to = to
        self.note = note
    }
}

/// `comment.moved`: a workflow move without other content: waiting, no action, resolved, reopened.
/// An undo is the same event back to the earlier state, with `undoes`.
public struct CommentMoved: Hashable, Sendable, Codable {
    public var commentID: CommentID
    public var state: ModerationState
    public var note: String?
    public var undoes: UUID?

    public init(commentID: CommentID, state: ModerationState, note: String? = nil, undoes: UUID? = nil) {
        self.commentID = commentID
        self.state = state
        self.note = note
        self.undoes = undoes
    }
}

/// `comment.hidden`: hidden on a lawful reason (a hideable category) with its ground and a note.
/// Also sets the comment's category to the reason when it differs, so the triage learns from it.
public struct CommentHidden: Hashable, Sendable, Codable {
    public var commentID: CommentID
    public var reason: CommentCategory
    public var ground: String
    public var note: String

    public init(commentID: CommentID, reason: CommentCategory, ground: String, note: String) {
        self.commentID = commentID
        self.reason = reason
        self.ground = ground
        self.note = note
    }
}

/// `comment.unhidden`: a hide was taken back.
public struct CommentUnhidden: Hashable, Sendable, Codable {
    public var commentID: CommentID
    public var note: String

    public init(commentID: CommentID, note: String) {
        self.commentID = commentID
        self.note = note
    }
}
