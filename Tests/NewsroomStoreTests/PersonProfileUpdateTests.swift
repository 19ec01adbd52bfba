import Foundation
import GRDB
import NewsroomCore
import Testing
@testable import NewsroomStore

/// A known commenter's profile changes only when a new comment brings something new: an unchanged
/// profile leaves the row as it was (a large import brings each person many times), a new handle or
/// name replaces the old, and a missing name keeps the one known.
@Suite struct PersonProfileUpdateTests {
    private func profile(_ ref: String, handle: String, name: String?) -> PersonalData {
        PersonalData(profiles: [PersonProfile(ref: PersonRef(ref), network: .linkedIn, handle: handle, displayName: name)], texts: [])
    }

    private func changes(_ data: PersonalData, in queue: DatabaseQueue) throws -> Int {
        try queue.write { db in
            let before = db.totalChangesCount
            try PersonalRows.insert(data, at: testNow, in: db)
            return db.totalChangesCount - before
        }
    }

    @Test func anUnchangedProfileWritesNothingAndANewOneReplacesTheOld() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        #expect(try changes(profile("p-1", handle: "anna", name: "Anna"), in: queue) == 1)
        #expect(try changes(profile("p-1", handle: "anna", name: "Anna"), in: queue) == 0)
        #expect(try changes(profile("p-1", handle: "anna", name: nil), in: queue) == 0)
        #expect(try changes(profile("p-1", handle: "anna_b", name: nil), in: queue) == 1)
        #expect(try changes(profile("p-1", handle: "anna_b", name: "Anna B."), in: queue) == 1)
        let handle = try queue.read { db in try String.fetchOne(db, sql: "SELECT handle FROM persons WHERE ref = 'p-1'") }
        let name = try queue.read { db in try String.fetchOne(db, sql: "SELECT display_name FROM persons WHERE ref = 'p-1'") }
        #expect(handle == "anna_b")
        #expect(name == "Anna B.")
    }
}
