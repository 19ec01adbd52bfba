import Foundation

extension ModerationRules {
    /// The events that take back a decision (`payload`, recorded as event `eventID`), given the
    /// comment as it was before it: nothing is removed, a compensating event is written. A reply
    /// cannot be taken back, since it went to the network. A category put back is set by `actor`,
    /// as a person's call (a model's category would not override one).
    public static func undo(_ payload: EventPayload, eventID: UUID, before: Comment, current: Comment, by actor: String) throws -> [EventPayload] {
        let id = current.id
        // A person's classification triages a new item: an undo puts it back to new as well.
        func categoryBack() -> [EventPayload] {
            guard let category = before.category, category != current.category else { return [] }
            let classified = EventPayload.commentClassified(CommentClassified(commentID: id, category: category, source: actor))
            guard before.state == .new else { return [classified] }
            return [classified, .commentMoved(CommentMoved(commentID: id, state: .new, note: "undo", undoes: eventID))]
        }
        switch payload {
        case .commentHidden:
            guard current.visibility.isHidden else { throw RuleViolation.notHidden(id) }
            return [.commentUnhidden(CommentUnhidden(commentID: id, note: "undo"))] + categoryBack()
        case .commentUnhidden:
            guard let record = before.visibility.hide else { throw RuleViolation.nothingToUndo("comment \(id)") }
            guard !current.visibility.isHidden else { throw RuleViolation.alreadyHidden(id) }
            return [.commentHidden(CommentHidden(commentID: id, reason: record.reason, ground: record.ground, note: record.note))]
        case .commentMoved, .commentEscalated:
            guard current.state != before.state else { throw RuleViolation.nothingToUndo("comment \(id): it is \(before.state.label) again") }
            return [.commentMoved(CommentMoved(commentID: id, state: before.state, note: "undo", undoes: eventID))]
        case .commentAssigned:
            let back = EventPayload.commentAssigned(CommentAssigned(commentID: id, assignee: before.assignee))
            guard before.state != current.state else { return [back] }
            return [back, .commentMoved(CommentMoved(commentID: id, state: before.state, note: "undo", undoes: eventID))]
        case .commentClassified:
            guard before.category != nil else {
                throw RuleViolation.nothingToUndo("comment \(id): it had no category before; classify it as what it is")
            }
            let back = categoryBack()
            if back.isEmpty, before.state == .new, current.state == .triaged {
                return [.commentMoved(CommentMoved(commentID: id, state: .new, note: "undo", undoes: eventID))]
            }
            return back
        case .commentClaimed:
            return [.commentReleased(CommentReleased(commentID: id))]
        case .commentReplied:
            throw RuleViolation.replyCannotBeUndone(id)
        default:
            throw RuleViolation.nothingToUndo("comment \(id)")
        }
    }
}
