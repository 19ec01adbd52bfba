import Foundation
import GRDB
import NewsroomCore
import NewsroomReadModel

/// The moderation queue's reads: the candidates by index, and each candidate's surroundings with
/// grouped counts over the thread and author indexes, a few hundred ids per statement.
extension FolderStore {
    public func comments(_ ids: [CommentID]) throws -> [Comment] {
        var out: [Comment] = []
        for chunk in ids.map(\.rawValue).chunked(400) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            out += try decodeComments("SELECT json FROM comments WHERE id IN (\(marks))", StatementArguments(Array(chunk)))
        }
        return out
    }

    public func queueCandidates(_ selection: QueueSelection, limit: Int) throws -> [Comment] {
        let base = "SELECT json FROM comments"
        switch selection {
        case .open:
            return try decodeComments("\(base) INDEXED BY comments_open_by_age WHERE is_open = 1 ORDER BY posted_ms DESC LIMIT ?", [limit])
        case .state(let state):
            return try decodeComments("\(base) INDEXED BY comments_by_state WHERE state = ? ORDER BY posted_ms DESC LIMIT ?", [state.rawValue, limit])
        case .hidden:
            return try decodeComments("\(base) INDEXED BY comments_hidden_by_age WHERE hidden = 1 ORDER BY posted_ms DESC LIMIT ?", [limit])
        case .all:
            return try decodeComments("\(base) INDEXED BY comments_by_age ORDER BY posted_ms DESC LIMIT ?", [limit])
        }
    }

    public func priorityContexts(for comments: [Comment], at moment: Date) throws -> [CommentID: PriorityContext] {
        let roots = Array(Set(comments.map(\.threadRootID.rawValue))), authors = Array(Set(comments.map(\.authorRef.rawValue)))
        let shares = Array(Set(comments.filter { $0.target.kind == .share }.map(\.target.id)))
        let unlawful = CommentCategory.allCases.filter { $0.mayBeHidden && $0 != .spam }.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let (hourAgo, now) = (millis(moment.addingTimeInterval(-3600)), millis(moment))
        var threads: [CommentID: Int] = [:], answered: Set<CommentID> = [], byAuthor: [PersonRef: Int] = [:], reactions: [String: Int] = [:]
        let decoder = EventJSON.decoder()
        try read { db in
            for chunk in roots.chunked(400) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                // The opening comments by id, their replies through the index of replies.
                for row in try Row.fetchAll(db, sql: """
                    SELECT id, posted_ms >= ? AND posted_ms <= ?, answered FROM comments WHERE id IN (\(marks)) AND thread_root = id
                    UNION ALL
                    SELECT thread_root, SUM(posted_ms >= ? AND posted_ms <= ?), MAX(answered) FROM comments
                    WHERE thread_root IN (\(marks)) AND thread_root <> id GROUP BY thread_root
                    """, arguments: StatementArguments([hourAgo, now] + chunk.map { $0 as (any DatabaseValueConvertible) }
                                                     + [hourAgo, now] + chunk.map { $0 as (any DatabaseValueConvertible) })) {
                    let root = CommentID(row[0] as String)
                    threads[root, default: 0] += row[1] as Int
                    if (row[2] as Int? ?? 0) != 0 { answered.insert(root) }
                }
            }
            for chunk in authors.chunked(400) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                for row in try Row.fetchAll(db, sql: """
                    SELECT author_ref, COUNT(*) FROM comments WHERE author_ref IN (\(marks))
                    AND (hidden = 1 OR category IN (\(unlawful))) GROUP BY author_ref
                    """, arguments: StatementArguments(chunk)) {
                    byAuthor[PersonRef(row[0] as String)] = row[1]
                }
            }
            for chunk in shares.chunked(400) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                for json in try String.fetchAll(db, sql: "SELECT json FROM shares WHERE id IN (\(marks))", arguments: StatementArguments(chunk)) {
                    let share = try ProjectionJSON.share(json, fallback: decoder)
                    reactions[share.id.rawValue] = share.metrics.reactions
                }
            }
        }
        return PriorityContext.assemble(for: comments, threadsLastHour: threads, answeredThreads: answered,
                                        unlawfulByAuthor: byAuthor, reactionsByPost: reactions)
    }
}

extension FolderStore {
    /// The decisions recorded on one comment (every `comment.*` event but its arrival), oldest
    /// first: its audit trail, and what an undo takes back.
    public func decisions(on comment: CommentID) throws -> [StoredEvent] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(EventRows.columns) FROM events INDEXED BY events_by_comment
                WHERE type LIKE 'comment.%' AND type <> 'comment.received' AND json_extract(body, '$.commentID') = ? ORDER BY seq
                """, arguments: [comment.rawValue])
            let decoder = EventJSON.decoder()
            var unreadable: [Int64: String] = [:]
            return rows.map { EventRows.decode($0, unreadable: &unreadable, using: decoder) }
        }
    }
}

extension FolderStore {
    /// The thread view of one comment: its thread with authors and texts, the author's other
    /// comments, its audit trail. Bounded by the thread's and the author's size.
    public func commentThread(_ id: CommentID) throws -> CommentThread? {
        guard let comment = try comment(id) else { return nil }
        func entry(_ c: Comment) throws -> CommentThread.Entry {
            CommentThread.Entry(comment: c, author: try handle(of: c.authorRef) ?? "[erased]", text: try text(of: c.id) ?? "[erased]")
        }
        let thread = try self.thread(comment.threadRootID).prefix(200).map(entry)
        let byAuthor = try decodeComments("SELECT json FROM comments WHERE author_ref = ? AND id <> ? ORDER BY posted_ms DESC LIMIT 10",
                                     [comment.authorRef.rawValue, id.rawValue])
        return CommentThread(item: try entry(comment), thread: thread, byAuthor: byAuthor, audit: try decisions(on: id))
    }
}
