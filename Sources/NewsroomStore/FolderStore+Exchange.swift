import Foundation
import GRDB
import NewsroomCore

/// What import and export ask of the store beyond the protocol: reusing a person's opaque ref,
/// recognising records already imported under another source, and the personal data that
/// travels inline with a full export.
extension FolderStore {
    /// The ref already used for a person on a network, by handle (case-insensitive, without `@`);
    /// the oldest when there are several. Nil when the store knows no such person (or erased them).
    public func personRef(network: Network, handle: String) throws -> PersonRef? {
        let h = handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
        return try read { db in
            try String.fetchOne(db, sql: """
                SELECT ref FROM persons WHERE network = ? AND handle = ? COLLATE NOCASE ORDER BY first_seen_ms, ref LIMIT 1
                """, arguments: [network.name, h]).map { PersonRef($0) }
        }
    }

    /// Whether the store holds a comment with this id.
    func hasComment(_ id: CommentID) throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM comments WHERE id = ?)", arguments: [id.rawValue])! }
    }

    /// Whether the store holds a share with this id.
    func hasShare(_ id: ShareID) throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM shares WHERE id = ?)", arguments: [id.rawValue])! }
    }

    /// Whether a day's mentions of a topic by a source were already counted.
    func hasMentionCount(_ count: MentionCount) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM mention_counts WHERE date = ? AND topic = ? AND source = ?)",
                              arguments: [count.date.description, count.topic, count.source])!
        }
    }

    /// The personal data that belongs to comments: their authors' profiles (by ref) and their
    /// texts (by comment id). What was erased is simply absent.
    func personalData(comments: [CommentID], authors: [PersonRef]) throws -> (profiles: [PersonRef: PersonProfile], texts: [CommentID: AuthoredText]) {
        try read { db in
            var profiles: [PersonRef: PersonProfile] = [:]
            var texts: [CommentID: AuthoredText] = [:]
            for chunk in Set(authors).map(\.rawValue).chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: "SELECT * FROM persons WHERE ref IN (\(marks))", arguments: StatementArguments(chunk)) {
                    let p = PersonalRows.profile(from: row)
                    profiles[p.ref] = p
                }
            }
            for chunk in Set(comments).map(\.rawValue).chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: "SELECT * FROM authored_texts WHERE subject IN (\(marks))", arguments: StatementArguments(chunk)) {
                    let t = PersonalRows.text(from: row)
                    texts[CommentID(t.subject)] = t
                }
            }
            return (profiles, texts)
        }
    }
}

extension Array {
    /// Consecutive pieces of at most `size` elements.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
