import Foundation
import GRDB
import NewsroomCore

/// Which comments a queue page shows.
public struct CommentQuery: Hashable, Sendable {
    public enum Selection: Hashable, Sendable {
        /// Open items: by severity, then oldest first (until the moderation pane's priority score).
        case open
        case state(ModerationState)
        case hidden
        case all
    }

    public var selection: Selection
    public var offset: Int
    public var limit: Int

    public init(_ selection: Selection = .open, offset: Int = 0, limit: Int = 50) {
        self.selection = selection
        self.offset = offset
        self.limit = limit
    }
}

/// Paged reads over the projections: a page at a time, so a million comments cost the same
/// per screen as ten.
extension FolderStore {
    func decodeAll<T: Decodable>(_ type: T.Type, _ sql: String, _ arguments: StatementArguments = []) throws -> [T] {
        let decoder = EventJSON.decoder()
        return try read { db in
            try String.fetchAll(db, sql: sql, arguments: arguments).map { try decoder.decode(T.self, from: Data($0.utf8)) }
        }
    }

    /// Comment rows through the hand-written reader (a queue reads up to 20,000 of them), Codable
    /// for anything outside its subset.
    func decodeComments(_ sql: String, _ arguments: StatementArguments = []) throws -> [Comment] {
        let decoder = EventJSON.decoder()
        return try read { db in
            try String.fetchAll(db, sql: sql, arguments: arguments).map { try ProjectionJSON.comment($0, fallback: decoder) }
        }
    }

    public func story(_ id: StoryID) throws -> Story? {
        try decodeAll(Story.self, "SELECT json FROM stories WHERE id = ?", [id.rawValue]).first
    }

    /// Stories created in a window, newest first.
    public func stories(createdIn window: DateInterval, limit: Int = 500) throws -> [Story] {
        try decodeAll(Story.self, "SELECT json FROM stories WHERE created_ms >= ? AND created_ms < ? ORDER BY created_ms DESC LIMIT ?",
                      [millis(window.start), millis(window.end), limit])
    }

    /// Several stories by id, in one query.
    public func stories(_ ids: [StoryID]) throws -> [StoryID: Story] {
        guard !ids.isEmpty else { return [:] }
        let list = String(decoding: try JSONEncoder().encode(ids.map(\.rawValue)), as: UTF8.self)
        let stories = try decodeAll(Story.self, "SELECT json FROM stories WHERE id IN (SELECT value FROM json_each(?))", [list])
        return Dictionary(stories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func briefing(on date: LocalDate) throws -> Briefing? {
        try decodeAll(Briefing.self, "SELECT json FROM briefings WHERE date = ?", [date.description]).first
    }

    public func ambassador(_ id: AmbassadorID) throws -> Ambassador? {
        try decodeAll(Ambassador.self, "SELECT json FROM ambassadors WHERE id = ?", [id.rawValue]).first
    }

    /// Ambassadors, by team and name; all teams when `team` is nil.
    public func ambassadors(team: String? = nil) throws -> [Ambassador] {
        if let team {
            return try decodeAll(Ambassador.self, "SELECT json FROM ambassadors WHERE team = ? ORDER BY name", [team])
        }
        return try decodeAll(Ambassador.self, "SELECT json FROM ambassadors ORDER BY team, name")
    }

    public func share(_ id: ShareID) throws -> Share? {
        try decodeAll(Share.self, "SELECT json FROM shares WHERE id = ?", [id.rawValue]).first
    }

    /// An ambassador's shares, newest first.
    public func shares(of ambassador: AmbassadorID, limit: Int = 50, offset: Int = 0) throws -> [Share] {
        try decodeAll(Share.self, "SELECT json FROM shares WHERE ambassador_id = ? ORDER BY posted_ms DESC LIMIT ? OFFSET ?",
                      [ambassador.rawValue, limit, offset])
    }

    /// How often each story was shared (for the briefing's "shares so far").
    public func shareCounts(of stories: [StoryID]) throws -> [StoryID: Int] {
        guard !stories.isEmpty else { return [:] }
        let list = String(decoding: try JSONEncoder().encode(stories.map(\.rawValue)), as: UTF8.self)
        return try read { db in
            var out: [StoryID: Int] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT story_id, COUNT(*) AS n FROM shares WHERE story_id IN (SELECT value FROM json_each(?)) GROUP BY story_id
                """, arguments: [list])
            for row in rows { out[StoryID(row["story_id"] as String)] = row["n"] }
            return out
        }
    }

    public func comment(_ id: CommentID) throws -> Comment? {
        try decodeComments("SELECT json FROM comments WHERE id = ?", [id.rawValue]).first
    }

    /// A page of the moderation queue.
    public func comments(_ query: CommentQuery) throws -> [Comment] {
        let base = "SELECT json FROM comments"
        switch query.selection {
        case .open:
            return try decodeComments("\(base) WHERE is_open = 1 ORDER BY severity DESC, posted_ms ASC, id LIMIT ? OFFSET ?",
                                 [query.limit, query.offset])
        case .state(let state):
            return try decodeComments("\(base) WHERE state = ? ORDER BY posted_ms ASC LIMIT ? OFFSET ?",
                                 [state.rawValue, query.limit, query.offset])
        case .hidden:
            return try decodeComments("\(base) WHERE hidden = 1 ORDER BY posted_ms DESC LIMIT ? OFFSET ?", [query.limit, query.offset])
        case .all:
            return try decodeComments("\(base) ORDER BY posted_ms DESC LIMIT ? OFFSET ?", [query.limit, query.offset])
        }
    }

    /// A thread, oldest first: the opening comment by its id, the replies through their index.
    public func thread(_ root: CommentID) throws -> [Comment] {
        try decodeComments("""
            SELECT json FROM (SELECT json, posted_ms FROM comments WHERE id = ?1 AND thread_root = ?1
                UNION ALL SELECT json, posted_ms FROM comments WHERE thread_root = ?1 AND thread_root <> id)
            ORDER BY posted_ms
            """, [root.rawValue])
    }

    /// The oldest open comment, for "oldest age" in the overview.
    public func oldestOpenComment() throws -> Comment? {
        try decodeComments("SELECT json FROM comments INDEXED BY comments_open_by_age WHERE is_open = 1 ORDER BY posted_ms ASC LIMIT 1").first
    }

    /// The comment posted first in a state: the first entry of `comments_by_state` for it.
    public func oldestComment(in state: ModerationState) throws -> Comment? {
        try decodeAll(Comment.self, "SELECT json FROM comments INDEXED BY comments_by_state WHERE state = ? ORDER BY posted_ms ASC, id LIMIT 1",
                      [state.rawValue]).first
    }

    /// The crisis level a person set, until cleared: the one row of `crisis_level`.
    public func manualCrisisLevel() throws -> ManualCrisisLevel? {
        try decodeAll(ManualCrisisLevel.self, "SELECT json FROM crisis_level WHERE id = 1").first
    }

    public func tallies() throws -> [Tally: Int] {
        try read { db in
            var out: [Tally: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, value FROM tallies") { out[Tally(name: row["name"])] = row["value"] }
            return out
        }
    }

    public func moderators() throws -> [Moderator] { try decodeAll(Moderator.self, "SELECT json FROM moderators ORDER BY name") }
    public func templates() throws -> [ReplyTemplate] { try decodeAll(ReplyTemplate.self, "SELECT json FROM templates ORDER BY id") }
    public func snippets() throws -> [FactSnippet] { try decodeAll(FactSnippet.self, "SELECT json FROM snippets ORDER BY id") }

    public func erasure(of ref: PersonRef) throws -> Erasure? {
        try decodeAll(Erasure.self, "SELECT json FROM erasures WHERE ref = ?", [ref.rawValue]).first
    }

    /// Events the fold passed by (unknown type, missing subject), with the reason: for the warning line.
    public func skippedEvents() throws -> [Int64: String] {
        try read { db in
            var out: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT seq, reason FROM skipped") { out[row["seq"]] = row["reason"] }
            return out
        }
    }
}

/// The store's counters, for the KPI functions: any window is a sum over 15-minute buckets.
extension FolderStore: CounterSource {
    public func sum(_ key: CounterKey, over buckets: Range<Int64>) throws -> Int64 {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(value), 0) FROM counters WHERE metric = ? AND scope = ? AND bucket >= ? AND bucket < ?",
                               arguments: [key.metric.rawValue, key.scope.key, buckets.lowerBound, buckets.upperBound])!
        }
    }

    public func sums(of metric: Metric, over buckets: Range<Int64>) throws -> [CounterScope: Int64] {
        try read { db in
            var out: [CounterScope: Int64] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT scope, SUM(value) AS total FROM counters INDEXED BY counters_by_bucket
                    WHERE metric = ? AND bucket >= ? AND bucket < ? GROUP BY scope
                """, arguments: [metric.rawValue, buckets.lowerBound, buckets.upperBound])
            for row in rows {
                let total: Int64 = row["total"]
                if total != 0 { out[CounterScope(key: row["scope"])] = total }
            }
            return out
        }
    }

    public func counts(of metric: Metric, in scopes: ScopeSelection, over buckets: Range<Int64>) throws -> [CounterScope: [Int64: Int64]] {
        // The primary key (metric, scope, bucket) finds the program's scope, or a kind's run of
        // scopes, without touching the others (per ambassador, per post), which are most of the rows;
        // every scope of a few buckets is a range of `counters_by_bucket`.
        let (low, high): (String, String)
        switch scopes {
        case .all:
            return try read { db in
                var out: [CounterScope: [Int64: Int64]] = [:]
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT scope, bucket, value FROM counters INDEXED BY counters_by_bucket
                        WHERE metric = ? AND bucket >= ? AND bucket < ? AND value <> 0
                    """, arguments: [metric.rawValue, buckets.lowerBound, buckets.upperBound])
                while let row = try rows.next() { out[CounterScope(key: row[0]), default: [:]][row[1]] = row[2] }
                return out
            }
        case .program: (low, high) = ("", "")
        case .kind(let prefix): (low, high) = (prefix, String(prefix.dropLast()) + ";")
        }
        return try read { db in
            var out: [CounterScope: [Int64: Int64]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT scope, bucket, value FROM counters
                    WHERE metric = ? AND scope >= ? AND scope <= ? AND bucket >= ? AND bucket < ? AND value <> 0
                """, arguments: [metric.rawValue, low, high, buckets.lowerBound, buckets.upperBound])
            while let row = try rows.next() {
                out[CounterScope(key: row[0]), default: [:]][row[1]] = row[2]
            }
            return out
        }
    }
}
