import Foundation
import GRDB
import NewsroomCore

/// The fold's workspace inside a write transaction: entities are read from the projection tables,
/// changed by `Fold.apply`, kept in memory for the rest of the batch, and written back by `flush`.
struct ProjectionWorkspace: FoldWorkspace {
    /// Where entities missing from the batch are read; nil when the projections are known to be
    /// empty (an append into an empty log), so the fold can run away from the connection.
    let db: Database?
    let calendar: NewsroomCalendar
    private let encoder = EventJSON.encoder()
    private let decoder = EventJSON.decoder()

    private var stories: [StoryID: Story] = [:]
    private var briefings: [LocalDate: Briefing] = [:]
    private var ambassadors: [AmbassadorID: Ambassador] = [:]
    private var shares: [ShareID: Share] = [:]
    private var comments: [CommentID: Comment] = [:]
    private var moderators: [String: Moderator] = [:]
    private var templates: [TemplateID: ReplyTemplate] = [:]
    private var snippets: [SnippetID: FactSnippet] = [:]
    private var erasures: [PersonRef: Erasure] = [:]
    private var mentionCounts: [MentionCount] = []
    /// Per counter (its scope's hash made once), the amounts by bucket: a flush sorts the few
    /// thousand counters by name and each one's buckets as integers, in the table's key order.
    private var counters: [CounterKey: [Int64: Int64]] = [:]
    private var tallies: [String: Int] = [:]
    private var skipped: [Int64: String] = [:]
    /// The crisis level set or cleared in this batch (outer nil: untouched).
    private var manualCrisisLevel: ManualCrisisLevel??

    init(db: Database?, calendar: NewsroomCalendar) {
        self.db = db
        self.calendar = calendar
    }

    /// One text column of one projection row, nil when the batch began on empty projections.
    private func storedText(_ sql: String, _ key: String) throws -> String? {
        guard let db else { return nil }
        return try String.fetchOne(db.cachedStatement(sql: sql), arguments: [key])
    }

    private func load<T: Decodable>(_ type: T.Type, _ sql: String, _ key: String) throws -> T? {
        guard let json = try storedText(sql, key) else { return nil }
        return try decoder.decode(T.self, from: Data(json.utf8))
    }

    private func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    // MARK: Reads (batch first, then the table)

    func story(_ id: StoryID) throws -> Story? {
        try stories[id] ?? load(Story.self, "SELECT json FROM stories WHERE id = ?", id.rawValue)
    }
    func briefing(on date: LocalDate) throws -> Briefing? {
        try briefings[date] ?? load(Briefing.self, "SELECT json FROM briefings WHERE date = ?", date.description)
    }
    func ambassador(_ id: AmbassadorID) throws -> Ambassador? {
        try ambassadors[id] ?? load(Ambassador.self, "SELECT json FROM ambassadors WHERE id = ?", id.rawValue)
    }
    func share(_ id: ShareID) throws -> Share? {
        if let share = shares[id] { return share }
        guard let json = try storedText("SELECT json FROM shares WHERE id = ?", id.rawValue) else { return nil }
        return try ProjectionJSON.share(json, fallback: decoder)
    }
    func comment(_ id: CommentID) throws -> Comment? {
        if let comment = comments[id] { return comment }
        guard let json = try storedText("SELECT json FROM comments WHERE id = ?", id.rawValue) else { return nil }
        return try ProjectionJSON.comment(json, fallback: decoder)
    }

    /// The topics through SQLite's JSON functions, without decoding the share and the story: a
    /// classification in a million-comment import asks this for every critical comment.
    func storyTopics(for target: CommentTarget) throws -> [String] {
        let storyID: String?
        switch target.kind {
        case .share:
            if let share = shares[ShareID(target.id)] {
                storyID = share.storyID?.rawValue
            } else {
                storyID = try storedText("SELECT story_id FROM shares WHERE id = ?", target.id)
            }
        case .story: storyID = target.id
        case .companyPost: storyID = nil
        }
        guard let storyID else { return [] }
        if let story = stories[StoryID(storyID)] { return Array(Set(story.content.topics)).sorted() }
        guard let db else { return [] }
        let topics = try String.fetchAll(db.cachedStatement(sql: """
            SELECT t.value FROM stories, json_each(stories.json, '$.content.topics') AS t
                WHERE stories.id = ? AND t.type = 'text'
            """), arguments: [storyID])
        // Deduplicated and sorted as the default does: Swift compares strings by canonical equivalence, SQLite by bytes.
        return Array(Set(topics)).sorted()
    }

    // MARK: Writes (kept until flush)

    mutating func save(_ story: Story) { stories[story.id] = story }
    mutating func save(_ briefing: Briefing) { briefings[briefing.date] = briefing }
    mutating func save(_ ambassador: Ambassador) { ambassadors[ambassador.id] = ambassador }
    mutating func save(_ share: Share) { shares[share.id] = share }
    mutating func save(_ comment: Comment) { comments[comment.id] = comment }
    mutating func save(_ moderator: Moderator) { moderators[moderator.name] = moderator }
    mutating func save(_ template: ReplyTemplate) { templates[template.id] = template }
    mutating func save(_ snippet: FactSnippet) { snippets[snippet.id] = snippet }
    mutating func record(_ erasure: Erasure) { erasures[erasure.ref] = erasure }
    mutating func record(_ count: MentionCount) { mentionCounts.append(count) }
    mutating func setManualCrisisLevel(_ level: ManualCrisisLevel?) { manualCrisisLevel = .some(level) }
    mutating func count(_ delta: CounterDelta) {
        counters[delta.key, default: [:]][delta.bucket.index, default: 0] += delta.amount
    }
    mutating func adjust(_ tally: Tally, by amount: Int) { tallies[tally.name, default: 0] += amount }
    mutating func skip(_ event: StoredEvent, because reason: SkipReason) {
        switch reason {
        case .unknownType: skipped[event.seq] = "unknown type \(event.event.type) v\(event.event.schemaVersion)"
        case .missingSubject(let what): skipped[event.seq] = "refers to \(what), which the log does not contain"
        }
    }

    /// The largest rows of a flush, worked out without the connection: the comments with their
    /// JSON, and the counter cells in the table's key order. The demo's pass makes them on the
    /// preparing thread while the writer still inserts events.
    struct Rows {
        var comments: [Comment] = []
        var commentJSON: [String] = []
        var counterCells: [(metric: String, scope: String, bucket: Int64, amount: Int64)] = []
    }

    func rows() throws -> Rows {
        var rows = Rows()
        rows.comments = Array(comments.values)
        rows.commentJSON = try rows.comments.map { try ProjectionJSON.text($0, fallback: encoder) }
        let storageOrder = counters.keys.sorted { a, b in
            a.metric.rawValue != b.metric.rawValue ? a.metric.rawValue < b.metric.rawValue : a.scope.key < b.scope.key
        }
        rows.counterCells.reserveCapacity(counters.values.reduce(0) { $0 + $1.count })
        for key in storageOrder {
            let metric = key.metric.rawValue, scope = key.scope.key
            for (bucket, amount) in counters[key, default: [:]].sorted(by: { $0.key < $1.key }) where amount != 0 {
                rows.counterCells.append((metric, scope, bucket, amount))
            }
        }
        return rows
    }

    /// Writes everything the batch changed through the transaction's connection, and empties the
    /// batch; `made` are its `rows()` when they were worked out ahead.
    mutating func flush(into db: Database, rows made: Rows? = nil) throws {
        func run(_ sql: String, _ arguments: StatementArguments) throws {
            try db.cachedStatement(sql: sql).execute(arguments: arguments)
        }
        for s in stories.values {
            try run("INSERT OR REPLACE INTO stories(id, created_ms, version, json) VALUES (?, ?, ?, ?)",
                [s.id.rawValue, millis(s.createdAt), s.version, try json(s)])
        }
        for b in briefings.values {
            try run("INSERT OR REPLACE INTO briefings(date, version, json) VALUES (?, ?, ?)", [b.date.description, b.version, try json(b)])
        }
        for a in ambassadors.values {
            try run("""
                INSERT OR REPLACE INTO ambassadors(id, team, name, last_shared_ms, left_ms, version, json) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [a.id.rawValue, a.team, a.name, a.lastSharedAt.map(millis), a.leftAt.map(millis), a.version, try json(a)])
        }
        let shareRow = try RowWriter(db, "INSERT OR REPLACE INTO shares(id, ambassador_id, story_id, posted_ms, version, json) VALUES (?, ?, ?, ?, ?, ?)")
        for s in shares.values {
            let json = try ProjectionJSON.text(s, fallback: encoder)
            try shareRow.run { row in
                row.add(s.id.rawValue)
                row.add(s.ambassadorID.rawValue)
                row.add(s.storyID?.rawValue)
                row.add(millis(s.postedAt))
                row.add(s.version)
                row.add(json)
            }
        }
        let commentRow = try RowWriter(db, """
            INSERT OR REPLACE INTO comments(id, state, is_open, severity, posted_ms, hidden, author_ref, thread_root, assignee,
                legal_hold, category, answered, version, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let rows = try made ?? rows()
        for (c, json) in zip(rows.comments, rows.commentJSON) {
            try commentRow.run { row in
                row.add(c.id.rawValue)
                row.add(c.state.rawValue)
                row.add(c.state.isOpen)
                row.add(c.severity)
                row.add(millis(c.postedAt))
                row.add(c.visibility.isHidden)
                row.add(c.authorRef.rawValue)
                row.add(c.threadRootID.rawValue)
                row.add(c.assignee)
                row.add(c.isUnderLegalEscalation)
                row.add(c.category?.rawValue)
                row.add(c.firstResponseAt != nil)
                row.add(c.version)
                row.add(json)
            }
        }
        for m in moderators.values {
            try run("INSERT OR REPLACE INTO moderators(name, json) VALUES (?, ?)", [m.name, try json(m)])
        }
        for t in templates.values {
            try run("INSERT OR REPLACE INTO templates(id, json) VALUES (?, ?)", [t.id.rawValue, try json(t)])
        }
        for s in snippets.values {
            try run("INSERT OR REPLACE INTO snippets(id, json) VALUES (?, ?)", [s.id.rawValue, try json(s)])
        }
        for e in erasures.values {
            try run("INSERT OR REPLACE INTO erasures(ref, at_ms, json) VALUES (?, ?, ?)", [e.ref.rawValue, millis(e.at), try json(e)])
        }
        for m in mentionCounts {
            try run("INSERT INTO mention_counts(date, topic, source, mentions, engagement) VALUES (?, ?, ?, ?, ?)",
                [m.date.description, m.topic, m.source, m.mentions, m.engagement])
        }
        let counterRow = try RowWriter(db, """
            INSERT INTO counters(metric, scope, bucket, value) VALUES (?, ?, ?, ?)
            ON CONFLICT(metric, scope, bucket) DO UPDATE SET value = value + excluded.value
            """)
        for cell in rows.counterCells {
            try counterRow.run { row in
                row.add(cell.metric)
                row.add(cell.scope)
                row.add(cell.bucket)
                row.add(cell.amount)
            }
        }
        for (name, amount) in tallies where amount != 0 {
            try run("""
                INSERT INTO tallies(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value
                """, [name, amount])
        }
        if let manual = manualCrisisLevel {
            if let manual {
                try run("INSERT OR REPLACE INTO crisis_level(id, json) VALUES (1, ?)", [try json(manual)])
            } else {
                try run("DELETE FROM crisis_level", [])
            }
        }
        for (seq, reason) in skipped {
            try run("INSERT OR REPLACE INTO skipped(seq, reason) VALUES (?, ?)", [seq, reason])
        }
        self = ProjectionWorkspace(db: self.db, calendar: calendar)
    }
}

func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }
func date(millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }
