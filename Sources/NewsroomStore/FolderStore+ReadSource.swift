import Foundation
import GRDB
import NewsroomCore
import NewsroomReadModel

/// The folder store as the read models' source: every answer is an indexed lookup, a tally or a
/// bounded page, so the console's first frame and `newsroom kpi` do not grow with history.
extension FolderStore: NewsroomReadSource {
    public func ambassadors() throws -> [Ambassador] { try ambassadors(team: nil) }

    public func openComments(limit: Int) throws -> [Comment] { try comments(CommentQuery(.open, limit: limit)) }

    /// Per category, the comments awaiting a first response (a tally the fold keeps) minus those
    /// posted at or after the cutoff: the index range covers only the last hours' comments, so the
    /// count does not grow with history or with the backlog.
    public func slaBreachCount(_ cutoffs: SLACutoffs) throws -> Int {
        let tallies = try tallies()
        return try read { db in
            var total = 0
            for (category, before) in cutoffs.categories {
                let recent = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comments INDEXED BY comments_awaiting_response "
                                                  + Self.awaitingResponse(category) + " AND posted_ms >= ?",
                                              arguments: Self.arguments(category, before))!
                total += (tallies[.awaitingFirstResponse(category)] ?? 0) - recent
            }
            return total
        }
    }

    /// The oldest `limit` breaching comments of each category: the most overdue overall are among them.
    public func mostOverdue(_ cutoffs: SLACutoffs, limit: Int) throws -> [Comment] {
        var out: [Comment] = []
        for (category, before) in cutoffs.categories {
            out += try decodeComments("SELECT json FROM comments INDEXED BY comments_awaiting_response "
                                    + Self.awaitingResponse(category) + " AND posted_ms < ? ORDER BY posted_ms, id LIMIT ?",
                                 Self.arguments(category, before) + [limit])
        }
        return out
    }

    private static func awaitingResponse(_ category: CommentCategory?) -> String {
        "WHERE is_open = 1 AND hidden = 0 AND answered = 0 AND " + (category == nil ? "category IS NULL" : "category = ?")
    }

    private static func arguments(_ category: CommentCategory?, _ before: Date) -> StatementArguments {
        // Stored posting times are whole milliseconds: `posted < before` is `posted_ms < ceil(before in ms)`,
        // where a cutoff within a microsecond of a whole millisecond is that millisecond (floating-point noise).
        let cutoff = Int64((before.timeIntervalSince1970 * 1000 - 0.001).rounded(.up))
        return category.map { [$0.rawValue, cutoff] } ?? [cutoff]
    }
}
