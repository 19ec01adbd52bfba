import Foundation
import NewsroomCore

extension PriorityContext {
    /// Whether a comment counts against its author as unlawful: hidden, or classified in a
    /// category that may be hidden (except spam, which is noise rather than a person's offence).
    public static func countsAsUnlawful(_ c: Comment) -> Bool {
        c.visibility.isHidden || (c.category.map { $0.mayBeHidden && $0 != .spam } ?? false)
    }

    /// The contexts from what a source found per thread, per author and per post, the same rule
    /// for the folder store and for the in-memory newsroom: an author's count leaves out the
    /// comment itself.
    public static func assemble(for comments: [Comment], threadsLastHour: [CommentID: Int], answeredThreads: Set<CommentID>,
                                unlawfulByAuthor: [PersonRef: Int], reactionsByPost: [String: Int]) -> [CommentID: PriorityContext] {
        var out: [CommentID: PriorityContext] = [:]
        for c in comments {
            let own = countsAsUnlawful(c) ? 1 : 0
            out[c.id] = PriorityContext(threadCommentsLastHour: threadsLastHour[c.threadRootID] ?? 0,
                                        postReactions: c.target.kind == .share ? reactionsByPost[c.target.id] ?? 0 : 0,
                                        priorUnlawfulByAuthor: max(0, (unlawfulByAuthor[c.authorRef] ?? 0) - own),
                                        answeredInThread: answeredThreads.contains(c.threadRootID))
        }
        return out
    }
}
