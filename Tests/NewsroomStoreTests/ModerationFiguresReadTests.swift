import Foundation
import GRDB
import Testing
import NewsroomCore
import NewsroomReadModel
@testable import NewsroomStore

/// The moderation metrics read from the folder store (counters, tallies, one indexed MIN) agree
/// with the same events folded in memory, and a store built by the fold before these counters
/// fills them in when it is opened.
@Suite struct ModerationFiguresReadTests {
    @Test(arguments: [21, 22, 23] as [UInt64])
    func theStoreAndTheFoldGiveTheSameModerationFigures(seed: UInt64) throws {
        let t = try TemporaryNewsroom("modfig-\(seed)")
        let store = try t.create()
        var folded = FoldedNewsroom(config: store.config)
        var script = RandomNewsroomScript(seed: seed)
        for _ in 0..<20 {
            let batch = script.events(50)
            try store.append(batch)
            folded.append(batch)
        }
        // A resolution for certain, beside whatever the script did.
        let end = try #require(try store.events(after: 0, limit: 100_000).last).event.time
        let sure = [comment("sure", handle: "sure", text: "Frage", at: end.addingTimeInterval(60)),
                    event(.commentMoved(CommentMoved(commentID: "sure", state: .resolved)), at: end.addingTimeInterval(1800), by: "mia")]
        try store.append(sure)
        folded.append(sure)
        let last = end.addingTimeInterval(1800)
        let calendar = store.config.calendar
        var resolved: Int64 = 0, actions: Int64 = 0
        for hours in [-40.0, 0, 3] {
            let now = last.addingTimeInterval(hours * 3600)
            for window in [KPIWindow.today(now: now, calendar: calendar), .last7Days(now: now, calendar: calendar), .last30Days(now: now, calendar: calendar)] {
                let stored = try ModerationFigures.load(from: store, window: window, at: now, mostOverdue: 10)
                #expect(try stored == ModerationFigures.load(from: folded, window: window, at: now, mostOverdue: 10),
                        "\(window.name) at \(Timestamp.format(now)), seed \(seed)")
                resolved += stored.resolution.count
                actions += stored.moderators.total
            }
        }
        for state in ModerationState.allCases {
            #expect(try store.oldestComment(in: state) == folded.oldestComment(in: state), "oldest \(state), seed \(seed)")
        }
        #expect(resolved > 0 && actions > 0, "the script must resolve comments and make decisions")
        #expect(folded.oldestComment(in: .new) != nil)
    }

    @Test func aStoreFoldedBeforeTheModerationCountersGetsThemWhenOpened() throws {
        let t = try TemporaryNewsroom("modfig-upgrade")
        var folded: FoldedNewsroom
        do {
            let store = try t.create()
            folded = FoldedNewsroom(config: store.config)
            var script = RandomNewsroomScript(seed: 8)
            let events = script.events(1000)
            try store.append(events)
            folded.append(events)
            // As the fold of version 3 left it: no resolution histogram, no moderator actions, no firstResolvedAt.
            try store.writer.write { db in
                try db.execute(sql: "DELETE FROM counters WHERE metric IN ('resolutionMinutes', 'moderationActions')")
                try db.execute(sql: "UPDATE comments SET json = json_remove(json, '$.firstResolvedAt')")
                try db.execute(sql: "UPDATE meta SET value = '3' WHERE key = 'fold'")
            }
        }
        let store = try FolderStore.open(t.folder)
        let now = try #require(try store.events(after: 0, limit: 100_000).last).event.time
        let window = KPIWindow.last30Days(now: now, calendar: store.config.calendar)
        let figures = try ModerationFigures.load(from: store, window: window, at: now)
        #expect(figures == (try ModerationFigures.load(from: folded, window: window, at: now)))
        #expect(figures.resolution.count > 0 && figures.moderators.total > 0)
    }

    @Test func theOldestNewCommentIsOneStepAlongAnIndex() throws {
        let t = try TemporaryNewsroom("modfig-plan")
        let store = try t.create()
        var script = RandomNewsroomScript(seed: 4)
        try store.append(script.events(300))
        let plan = try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT json FROM comments INDEXED BY comments_by_state WHERE state = 'new' ORDER BY posted_ms ASC, id LIMIT 1")
                .map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("USING INDEX comments_by_state (state=?)") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN") && !$0.contains("USING") }, "\(plan)")
    }
}
