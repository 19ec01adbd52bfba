import Foundation
import GRDB
import Testing
import NewsroomCore
@testable import NewsroomStore

/// The audit trail's check on stated times: the store records when it committed each event by the
/// machine's clock, whatever time the writer put on the event (`--now`, an import of old comments).
@Suite struct CommitTimeTests {
    @Test func anEventWithAMadeUpTimeIsCommittedAtTheMachinesTime() throws {
        let t = try TemporaryNewsroom("commit-time")
        let store = try t.create()
        let madeUp = Timestamp.parse("2020-03-01T09:00:00Z")!
        let before = Date()
        let committed = try store.append([story("s1"), event(.briefingNoted(BriefingNoted(date: LocalDate("2020-03-01")!, note: "n")), at: madeUp)])
        let after = Date()
        let read = try store.events(after: 0, limit: 10)
        #expect(read == committed, "what append returns is what a reader reads back")
        for stored in read {
            let at = try #require(stored.committedAt)
            #expect(at >= before.addingTimeInterval(-0.001) && at <= after, "commit time \(at) from the machine's clock")
        }
        #expect(read.last?.event.time == madeUp, "the stated time is kept as it was")
    }

    @Test func eventsOfAStoreFromBeforeTheColumnHaveNoCommitTimeAndNewOnesDo() throws {
        let t = try TemporaryNewsroom("schema2")
        do {
            let store = try t.create()
            try store.append([story("old")])
            // Turn it back into a store of schema 2, as the program before the commit time left it.
            try store.writer.write { db in
                try db.execute(sql: """
                    ALTER TABLE events DROP COLUMN committed_ms;
                    DELETE FROM grdb_migrations WHERE identifier LIKE 'v3:%';
                    UPDATE meta SET value = '2' WHERE key = 'schema';
                    """)
            }
        }
        let store = try FolderStore.open(t.folder)
        try store.append([story("new")])
        let events = try store.events(after: 0, limit: 10)
        #expect(events.count == 2)
        #expect(events.first?.committedAt == nil, "an old event's commit time is unknown, not invented")
        #expect(events.last?.committedAt != nil)
        let schema = try store.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'") }
        #expect(schema == "\(Schema.version)")
    }

    @Test func theCommitTimeCannotBeChangedAfterwards() throws {
        let t = try TemporaryNewsroom("commit-time-fixed")
        let store = try t.create()
        try store.append([story("s1")])
        #expect(throws: (any Error).self) {
            try store.writer.write { db in try db.execute(sql: "UPDATE events SET committed_ms = 0") }
        }
    }
}
