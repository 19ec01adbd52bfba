import Foundation

/// Where a comment is in the moderation workflow. Visibility is kept apart from this.
public enum ModerationState: String, CaseIterable, Sendable, Codable {
    case new, triaged, assigned, answered, resolved, waiting, escalated, noAction

    /// Whether the item still needs someone (it counts in the open backlog).
    public var isOpen: Bool {
        switch self {
        case .resolved, .noAction, .answered: return false
        default: return true
        }
    }

    public var label: String { self == .noAction ? "no action" : rawValue }
}

/// Who an item is escalated to.
public enum EscalationTarget: String, CaseIterable, Sendable, Codable {
    case legal, hr, expert
}

/// A hide: which reason (a hideable category), on which ground, why, by whom, when.
/// Reversible; never a deletion.
public struct HideRecord: Hashable, Sendable, Codable {
    public var reason: CommentCategory
    public var ground: String
    public var note: String
    public var by: String
    public var at: Date

    public init(reason: CommentCategory, ground: String, note: String, by: String, at: Date) {
        self.reason = reason
        self.ground = ground
        self.note = note
        self.by = by
        self.at = at
    }
}

/// Whether a comment is shown on the network. Hidden comments stay in the store and the audit trail.
public enum Visibility: Hashable, Sendable, Codable {
    case visible
    case hidden(HideRecord)

    public var isHidden: Bool { if case .hidden = self { return true } else { return false } }
    public var hide: HideRecord? { if case .hidden(let record) = self { return record } else { return nil } }
}

/// What a comment was written on.
public struct CommentTarget: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case share, story, companyPost }
    public var kind: Kind
    public var id: String

    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }
}

/// A moderator's hold on an item so two do not answer the same comment; it runs out by itself.
public struct Claim: Hashable, Sendable, Codable {
    public var holder: String
    public var leaseUntil: Date

    public init(holder: String, leaseUntil: Date) {
        self.holder = holder
        self.leaseUntil = leaseUntil
    }

    public func isHeld(at moment: Date) -> Bool { moment < leaseUntil }
}

/// An answer the newsroom gave (its own words, not personal data of the commenter).
public struct Reply: Hashable, Sendable, Codable {
    public var id: String
    public var text: String
    public var language: String
    public var by: String
    public var at: Date
    public var templateID: TemplateID?

    public init(id: String, text: String, language: String, by: String, at: Date, templateID: TemplateID? = nil) {
        self.id = id
        self.text = text
        self.language = language
        self.by = by
        self.at = at
        self.templateID = templateID
    }
}

/// A hand-over to legal, HR or a subject expert.
public struct Escalation: Hashable, Sendable, Codable {
    public var to: EscalationTarget
    public var note: String
    public var by: String
    public var at: Date

    public init(to: EscalationTarget, note: String, by: String, at: Date) {
        self.to = to
        self.note = note
        self.by = by
        self.at = at
    }
}

/// How an item was closed.
public struct Resolution: Hashable, Sendable, Codable {
    public var state: ModerationState
    public var note: String?
    public var by: String
    public var at: Date

    public init(state: ModerationState, note: String?, by: String, at: Date) {
        self.state = state
        self.note = note
        self.by = by
        self.at = at
    }
}
