import Foundation

/// One comment's decisions folded again from its arrival: what it was before the last of them,
/// for an undo that did not start in this console (the command line's `comment undo`).
public enum CommentHistory {
    /// The comment as it arrived: what `comment.received` set, nothing any decision did.
    public static func arrival(of c: Comment) -> Comment {
        Comment(id: c.id, network: c.network, authorRef: c.authorRef, authorFollowers: c.authorFollowers, target: c.target,
                parentID: c.parentID, threadRootID: c.threadRootID, postedAt: c.postedAt, language: c.language, version: 0)
    }

    /// The comment an event is about, for comment events.
    public static func subject(of payload: EventPayload) -> CommentID? { CommentFold.subject(of: payload) }

    /// The arrival (or the comment at any point) with `decisions` (its own events, oldest first)
    /// applied by the one fold.
    public static func replay(_ decisions: [StoredEvent], from arrival: Comment, calendar: NewsroomCalendar) -> Comment {
        var state = NewsroomState(calendar: calendar)
        state.save(arrival)
        state.apply(decisions)
        return state.comments[arrival.id] ?? arrival
    }
}
