import Foundation

/// Who decides, and when: the rules need the actor for claims and roles, and the moment for leases.
public struct DecisionContext: Hashable, Sendable {
    public var actor: String
    /// The actor's role in the moderation team, when the store knows them (nil: not on the team list).
    public var role: ModeratorRole?
    public var moment: Date
    public var settings: ModerationSettings

    public init(actor: String, role: ModeratorRole?, moment: Date, settings: ModerationSettings) {
        self.actor = actor
        self.role = role
        self.moment = moment
        self.settings = settings
    }
}

extension ModerationRules {
    /// The event a decision writes, or why the rules refuse it. Someone else's running claim
    /// refuses every decision but a take-over; hiding needs a lawful reason, a note and a role
    /// that may hide; a move to the state the item is in already is refused as doing nothing.
    public static func decide(_ decision: CommentDecision, on comment: Comment, in context: DecisionContext,
                              replyID: @autoclosure () -> String = UUID().uuidString.lowercased()) throws -> EventPayload {
        let lease = TimeInterval(context.settings.claimLeaseMinutes * 60)
        switch decision {
        case .claim:
            return try claim(comment, by: context.actor, at: context.moment, lease: lease)
        case .takeOver:
            return try claim(comment, by: context.actor, at: context.moment, lease: lease, takeOver: true)
        default:
            break
        }
        if let claim = comment.claim, claim.holder != context.actor, claim.isHeld(at: context.moment) {
            throw RuleViolation.claimedByOther(comment.id, holder: claim.holder, until: claim.leaseUntil, now: context.moment)
        }
        switch decision {
        case .claim, .takeOver:
            preconditionFailure("handled above")
        case .release:
            guard comment.claim != nil else { throw RuleViolation.nothingToUndo("comment \(comment.id): it is not claimed") }
            return .commentReleased(CommentReleased(commentID: comment.id))
        case .classify(let category):
            guard comment.category != category || !(comment.classifiedBy.map { !$0.hasPrefix("model:") } ?? false) else {
                throw RuleViolation.unchanged(comment.id, "classified as \(category.label)")
            }
            return .commentClassified(CommentClassified(commentID: comment.id, category: category, source: context.actor))
        case .assign(let who):
            let who = who.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            guard who != comment.assignee else { throw RuleViolation.unchanged(comment.id, who.map { "assigned to \($0)" } ?? "in the pool") }
            return .commentAssigned(CommentAssigned(commentID: comment.id, assignee: who))
        case .reply(let text, let language, let template):
            return try reply(to: comment, text: text, language: language, replyID: replyID(), template: template)
        case .hide(let reason, let note):
            if let role = context.role, !context.settings.mayHide.contains(role) {
                throw RuleViolation.roleMayNotHide(role, allowed: context.settings.mayHide)
            }
            return try hide(comment, reason: reason, note: note)
        case .unhide(let note):
            return try unhide(comment, note: note)
        case .escalate(let target, let note):
            if comment.state == .escalated, comment.escalations.last?.to == target {
                throw RuleViolation.unchanged(comment.id, "escalated to \(target.label)")
            }
            return try escalate(comment, to: target, note: note)
        case .wait(let note):
            return try move(comment, to: .waiting, note: note)
        case .noAction(let note):
            return try move(comment, to: .noAction, note: note)
        case .resolve(let note):
            return try move(comment, to: .resolved, note: note)
        }
    }

    private static func move(_ comment: Comment, to state: ModerationState, note: String?) throws -> EventPayload {
        guard comment.state != state else { throw RuleViolation.unchanged(comment.id, state.label) }
        let note = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        return .commentMoved(CommentMoved(commentID: comment.id, state: state, note: note))
    }
}
