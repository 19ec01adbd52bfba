import Foundation
import Testing
import NewsroomCore
@testable import NewsroomStore

/// The cheap check at open refuses a database file that is cut short or is something else, and
/// says to restore it, instead of answering from whatever pages are left.
@Suite struct OpenCheckTests {
    /// A closed store (its WAL checkpointed away) with enough events for many pages.
    func closedStore(_ name: String) throws -> TemporaryNewsroom {
        let t = try TemporaryNewsroom(name)
        do {
            let store = try t.create()
            try store.append((0..<400).map { story("s\($0)", headline: String(repeating: "Umspannwerk ", count: 20)) })
            try store.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        #expect(!FileManager.default.fileExists(atPath: t.folder.database.path + "-wal") || size(t.folder.database.path + "-wal") == 0)
        return t
    }

    func size(_ path: String) -> Int64 { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? -1 }

    @Test func aHealthyClosedStoreOpens() throws {
        let t = try closedStore("open-ok")
        #expect(try FolderStore.open(t.folder).events(after: 0, limit: 1000).count == 400)
    }

    @Test func aTruncatedDatabaseIsRefusedWithWhatToDo() throws {
        let t = try closedStore("open-cut")
        let path = t.folder.database.path
        // Only the last pages go: SQLite itself notices nothing until a read reaches them.
        #expect(truncate(path, off_t(size(path) - 3 * 4096)) == 0)
        do {
            _ = try FolderStore.open(t.folder)
            Issue.record("a database cut in half opened")
        } catch let error as StoreError {
            #expect("\(error)".contains("cut short"), "\(error)")
            #expect("\(error)".contains("Restore it from a backup"), "\(error)")
        }
    }

    @Test func aShortFileWithItsLogPendingIsLeftToSQLite() throws {
        let t = try TemporaryNewsroom("open-wal")
        let store = try t.create()
        try store.append([story("s1")])
        let wal = t.folder.database.path + "-wal"
        #expect(size(wal) > 32, "the store's WAL holds the commit")
        #expect(DatabaseFileCheck.problem(at: t.folder.database.path) == nil)
        #expect(try FolderStore.open(t.folder).events(after: 0, limit: 10).count == 1)
    }

    @Test func aFileThatIsNotSQLiteIsRefused() throws {
        let t = try closedStore("open-other")
        let handle = try FileHandle(forWritingTo: t.folder.database)
        try handle.write(contentsOf: Data("PK\u{3}\u{4} not a database".utf8))
        try handle.close()
        #expect(DatabaseFileCheck.problem(at: t.folder.database.path) == "the file does not start like an SQLite database")
        #expect(throws: StoreError.self) { try FolderStore.open(t.folder) }
    }
}
