import Foundation
import NewsroomCore

/// Everything the moderation pane's thread view shows about one comment: the other comments of
/// its thread with their authors and texts, the author's other comments and what was done about
/// them, and the decisions recorded on it.
public struct CommentThread: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public let comment: Comment
        public let author: String
        public let text: String

        public init(comment: Comment, author: String, text: String) {
            self.comment = comment
            self.author = author
            self.text = text
        }
    }

    public let item: Entry
    /// The thread, oldest first, the item included.
    public let thread: [Entry]
    /// The author's other comments, newest first (at most 10).
    public let byAuthor: [Comment]
    /// Decisions recorded on the item, oldest first.
    public let audit: [StoredEvent]

    public init(item: Entry, thread: [Entry], byAuthor: [Comment], audit: [StoredEvent]) {
        self.item = item
        self.thread = thread
        self.byAuthor = byAuthor
        self.audit = audit
    }
}
