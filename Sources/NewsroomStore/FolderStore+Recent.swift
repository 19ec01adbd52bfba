import Foundation
import GRDB
import NewsroomCore

/// What a writer that continues the newsroom's life (`newsroom simulate`) reads once at its
/// start: the shares still growing, the posts people comment on, and the rhythm of past weeks
/// as counter values per bucket.
extension FolderStore {
    /// Shares posted at or after `moment`, oldest first, at most `limit` (the newest ones then).
    public func shares(postedSince moment: Date, limit: Int = 20_000) throws -> [Share] {
        try decodeAll(Share.self, """
            SELECT json FROM (SELECT json, posted_ms, id FROM shares WHERE posted_ms >= ? ORDER BY posted_ms DESC, id LIMIT ?)
                ORDER BY posted_ms, id
            """, [millis(moment), limit])
    }

    /// The posts outside people commented on since `moment` (shares and the company's own
    /// posts), each once with the network of its comments, the most commented first.
    public func commentTargets(since moment: Date, limit: Int = 200) throws -> [(target: CommentTarget, network: Network)] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT json_extract(json, '$.target.kind') AS kind, json_extract(json, '$.target.id') AS target,
                       json_extract(json, '$.network') AS network, COUNT(*) AS n
                FROM comments INDEXED BY comments_by_age WHERE posted_ms >= ?
                GROUP BY kind, target, network ORDER BY n DESC, target LIMIT ?
                """, arguments: [millis(moment), limit])
            return rows.compactMap { row in
                guard let kindName: String = row["kind"], let kind = CommentTarget.Kind(rawValue: kindName),
                      let id: String = row["target"], let network: String = row["network"] else { return nil }
                return (CommentTarget(kind: kind, id: id), Network(network))
            }
        }
    }

    /// One counter's values per bucket over a range (buckets without a count are absent).
    public func series(_ key: CounterKey, over buckets: Range<Int64>) throws -> [Int64: Int64] {
        try read { db in
            var out: [Int64: Int64] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT bucket, value FROM counters WHERE metric = ? AND scope = ? AND bucket >= ? AND bucket < ?
                """, arguments: [key.metric.rawValue, key.scope.key, buckets.lowerBound, buckets.upperBound])
            for row in rows { out[row["bucket"], default: 0] += row["value"] }
            return out
        }
    }
}
