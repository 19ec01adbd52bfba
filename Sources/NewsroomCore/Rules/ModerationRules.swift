import Foundation

/// The moderation rules as pure functions: given a comment and what the moderator asks for,
/// the event to write, or a `RuleViolation` that says why not and what to do instead.
public enum ModerationRules {
    /// Hiding needs a category that may be hidden and a note; it records the legal ground.
    public static func hide(_ comment: Comment, reason: CommentCategory, note: String) throws -> EventPayload {
        guard reason.mayBeHidden, let ground = reason.legalGround else { throw RuleViolation.hideNeedsUnlawfulReason(reason) }
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else { throw RuleViolation.hideNeedsNote }
        guard !comment.visibility.isHidden else { throw RuleViolation.alreadyHidden(comment.id) }
        return .commentHidden(CommentHidden(commentID: comment.id, reason: reason, ground: ground, note: note))
    }

    public static func unhide(_ comment: Comment, note: String) throws -> EventPayload {
        guard comment.visibility.isHidden else { throw RuleViolation.notHidden(comment.id) }
        return .commentUnhidden(CommentUnhidden(commentID: comment.id, note: note))
    }

    /// There is no delete. The closest command lands here and explains what to do instead.
    public static func delete(_ comment: Comment) throws -> Never {
        throw RuleViolation.deletingIsNoSolution
    }

    public static func reply(to comment: Comment, text: String, language: String, replyID: String, template: TemplateID? = nil) throws -> EventPayload {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw RuleViolation.emptyReply }
        return .commentReplied(CommentReplied(commentID: comment.id, replyID: replyID, text: text, language: language, templateID: template))
    }

    public static func escalate(_ comment: Comment, to target: EscalationTarget, note: String) throws -> EventPayload {
        guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw RuleViolation.escalationNeedsNote }
        return .commentEscalated(CommentEscalated(commentID: comment.id, to: target, note: note))
    }

    /// Claims an item for `lease`; refuses while someone else's claim runs, unless taking over.
    public static func claim(_ comment: Comment, by holder: String, at moment: Date, lease: TimeInterval, takeOver: Bool = false) throws -> EventPayload {
        if let claim = comment.claim, claim.holder != holder, claim.isHeld(at: moment), !takeOver {
            throw RuleViolation.claimedByOther(comment.id, holder: claim.holder, until: claim.leaseUntil, now: moment)
        }
        return .commentClaimed(CommentClaimed(commentID: comment.id, holder: holder, leaseUntil: moment.addingTimeInterval(lease), takeOver: takeOver))
    }
}
