import Foundation
import GRDB
import Testing
import NewsroomCore
import NewsroomReadModel
@testable import NewsroomStore

/// The folder store answers the read models from projections and bounded queries; the same events
/// folded in memory (`FoldedNewsroom`) must give the same console snapshot and KPIs, and the
/// store's SLA count must agree with the core's `SLABreach.breaches`.
@Suite struct ReadSourceTests {
    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func folderStoreAndFoldedNewsroomGiveTheSameReadModels(seed: UInt64) throws {
        let t = try TemporaryNewsroom("readsource-\(seed)")
        let store = try t.create()
        var folded = FoldedNewsroom(config: store.config)
        var script = RandomNewsroomScript(seed: seed)
        for _ in 0..<25 {
            let batch = script.events(40)
            try store.append(batch)
            folded.append(batch)
        }
        let last = try #require(try store.events(after: 0, limit: 100_000).last).event.time
        let calendar = store.config.calendar
        var breachesSeen = 0
        for hours in [-30.0, 0, 1, 5, 30] {
            let now = last.addingTimeInterval(hours * 3600)
            let day = calendar.localDate(of: now)
            #expect(try ConsoleSnapshot.load(from: store, date: day, now: now) == ConsoleSnapshot.load(from: folded, date: day, now: now),
                    "snapshot at \(Timestamp.format(now)), seed \(seed)")
            let window = KPIWindow.last7Days(now: now, calendar: calendar)
            let stored = try KPIReport.load(from: store, window: window, at: now)
            #expect(try stored == KPIReport.load(from: folded, window: window, at: now), "KPIs at \(Timestamp.format(now)), seed \(seed)")

            let core = SLABreach.breaches(in: folded.state.comments.values, at: now, settings: store.config.moderation, calendar: calendar)
            #expect(stored.slaBreaches.count == core.count, "SLA breaches at \(Timestamp.format(now)), seed \(seed)")
            #expect(stored.slaBreaches.mostOverdue == Array(core.prefix(50)))
            breachesSeen += core.count
        }
        #expect(breachesSeen > 0, "the script must produce SLA breaches")
    }

    @Test func aStoreWrittenBeforeTheSLAColumnsOpensAndCountsTheSame() throws {
        let t = try TemporaryNewsroom("schema1")
        var folded: FoldedNewsroom
        do {
            let store = try t.create()
            folded = FoldedNewsroom(config: store.config)
            var script = RandomNewsroomScript(seed: 5)
            let events = script.events(800)
            try store.append(events)
            folded.append(events)
            // Turn it back into a store of schema 1, as the program before the SLA columns left it.
            try store.writer.write { db in
                try db.execute(sql: """
                    DROP INDEX comments_awaiting_response; DROP INDEX comments_open_by_age; DROP INDEX counters_by_bucket;
                    ALTER TABLE comments DROP COLUMN category; ALTER TABLE comments DROP COLUMN answered;
                    DELETE FROM grdb_migrations WHERE identifier LIKE 'v2:%';
                    UPDATE meta SET value = '1' WHERE key = 'schema';
                    """)
            }
        }
        let store = try FolderStore.open(t.folder)
        let now = try #require(try store.events(after: 0, limit: 100_000).last).event.time.addingTimeInterval(6 * 3600)
        let cutoffs = SLACutoffs(at: now, settings: store.config.moderation, calendar: store.config.calendar)
        #expect(try store.slaBreachCount(cutoffs) == folded.slaBreachCount(cutoffs))
        #expect(folded.slaBreachCount(cutoffs) > 0)
        #expect(try store.oldestOpenComment() == folded.oldestOpenComment())
    }

    @Test func theFirstFrameAndKPIQueriesUseIndexes() throws {
        let t = try TemporaryNewsroom("plans")
        let store = try t.create()
        var script = RandomNewsroomScript(seed: 3)
        try store.append(script.events(200))
        let plans = try store.read { db in
            try [
                "SELECT scope, SUM(value) FROM counters INDEXED BY counters_by_bucket WHERE metric = 'impressions' AND bucket >= 0 AND bucket < 10 GROUP BY scope",
                "SELECT COALESCE(SUM(value), 0) FROM counters WHERE metric = 'impressions' AND scope = 'program' AND bucket >= 0 AND bucket < 10",
                "SELECT json FROM comments WHERE is_open = 1 ORDER BY severity DESC, posted_ms ASC, id LIMIT 6",
                "SELECT json FROM comments INDEXED BY comments_open_by_age WHERE is_open = 1 ORDER BY posted_ms ASC LIMIT 1",
                "SELECT COUNT(*) FROM comments INDEXED BY comments_awaiting_response WHERE is_open = 1 AND hidden = 0 AND answered = 0 AND category = 'insult' AND posted_ms < 5",
            ].map { sql in (sql, try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }) }
        }
        for (sql, plan) in plans {
            // A walk along an index that LIMIT stops is fine; a scan of the table or a sort of all rows is not.
            let unbounded = plan.filter { ($0.hasPrefix("SCAN") && !$0.contains("USING")) || $0.contains("TEMP B-TREE FOR ORDER BY") }
            #expect(unbounded.isEmpty, "\(sql) runs as: \(plan.joined(separator: "; "))")
            if sql.contains("bucket >=") {
                #expect(plan.contains { $0.contains("bucket>? AND bucket<?") }, "a window reads its buckets only: \(plan.joined(separator: "; "))")
            }
        }
    }
}

extension ReadSourceTests {
    @Test func theSLACountAgreesWithTheCoreToTheMillisecond() throws {
        let t = try TemporaryNewsroom("sla-edges")
        let store = try t.create()
        let settings = store.config.moderation
        let cutoffs = SLACutoffs(at: testNow, settings: settings, calendar: store.config.calendar)
        var events: [NewEvent] = []
        for (category, before) in cutoffs.categories {
            for (i, offset) in [-60_000.0, -1, 0, 1].enumerated() {
                let id = "c-\(category?.rawValue ?? "none")-\(i)"
                events.append(comment(id, handle: "h\(id)", text: "t", at: before.addingTimeInterval(offset / 1000)))
                if let category {
                    events.append(event(.commentClassified(CommentClassified(commentID: CommentID(id), category: category, scores: [:], source: "tester"))))
                }
            }
        }
        try store.append(events)
        var folded = FoldedNewsroom(config: store.config)
        folded.append(events)
        let core = SLABreach.breaches(in: folded.state.comments.values, at: testNow, settings: settings, calendar: store.config.calendar)
        #expect(core.count == 2 * cutoffs.categories.count, "a minute and a millisecond before the cutoff breach; at and after it do not")
        #expect(try store.slaBreachCount(cutoffs) == core.count)
        #expect(try Set(store.mostOverdue(cutoffs, limit: 1).map(\.id)) == Set(core.filter { $0.overdueMinutes > 0.5 }.map(\.commentID)))
    }
}
