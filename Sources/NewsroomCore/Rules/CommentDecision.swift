import Foundation

/// What a moderator decides about one comment: the pane's keys, the `newsroom comment` commands
/// and the bulk actions all come down to one of these, so one set of rules judges them all.
public enum CommentDecision: Hashable, Sendable {
    case claim
    case takeOver
    case release
    case classify(CommentCategory)
    /// To a moderator or expert by name; nil gives it back to the pool.
    case assign(String?)
    case reply(text: String, language: String, template: TemplateID?)
    case hide(reason: CommentCategory, note: String)
    case unhide(note: String)
    case escalate(EscalationTarget, note: String)
    case wait(note: String?)
    case noAction(note: String?)
    case resolve(note: String?)

    /// A verb for messages and the bottom bar ("hidden", "escalated to legal").
    public var pastTense: String {
        switch self {
        case .claim: return "claimed"
        case .takeOver: return "taken over"
        case .release: return "released"
        case .classify(let category): return "classified as \(category.label)"
        case .assign(let who): return who.map { "assigned to \($0)" } ?? "given back to the pool"
        case .reply: return "answered"
        case .hide(let reason, _): return "hidden (\(reason.label))"
        case .unhide: return "unhidden"
        case .escalate(let target, _): return "escalated to \(target.label)"
        case .wait: return "waiting"
        case .noAction: return "closed without action"
        case .resolve: return "resolved"
        }
    }
}

extension EscalationTarget {
    public var label: String {
        switch self {
        case .legal: return "legal"
        case .hr: return "HR"
        case .expert: return "a subject expert"
        }
    }
}
