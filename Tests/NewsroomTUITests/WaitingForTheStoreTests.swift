import Foundation
import NewsroomCore
import NewsroomStore
import TerminalKit
import Testing
@testable import NewsroomTUI

/// Another program holds the store's write lock: the console keeps the decision, says it waits,
/// stays responsive, and records it once the lock goes.
@Suite struct WaitingForTheStoreTests {
    /// Holds SQLite's write lock on the store from another process for `seconds`; returns once held.
    static func holdLock(_ database: URL, seconds: Double) throws -> Process {
        let ready = FileManager.default.temporaryDirectory.appendingPathComponent("nr-lock-\(UUID().uuidString.prefix(8))")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", """
            import sqlite3, sys, time, pathlib
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute('BEGIN IMMEDIATE')
            pathlib.Path(sys.argv[2]).write_text('held')
            time.sleep(float(sys.argv[3]))
            c.execute('COMMIT')
            """, database.path, ready.path, String(seconds)]
        try p.run()
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: ready.path), Date() < deadline { usleep(20_000) }
        try? FileManager.default.removeItem(at: ready)
        return p
    }

    @Test("a decision made while another writer holds the store waits, is kept, and is recorded when the lock goes")
    func decisionWaitsAndLands() throws {
        let fixture = try ConsoleFixture()
        var program = try fixture.program()
        let before = try fixture.store.lastSeq()
        let lock = try Self.holdLock(fixture.store.folder.database, seconds: 5)
        _ = program.handle(.character("s"))
        #expect(program.state.waiting.count == 1, "the key came back while the lock was still held: it did not block for the busy timeout")
        #expect(program.state.message?.text.contains("waiting for the store") == true)
        #expect(try fixture.store.lastSeq() == before)
        var canvas = Canvas(size: Size(width: 120, height: 40))
        program.render(into: &canvas)
        #expect(canvas.lines[0].contains("waiting for the store"), "the top bar says so: \(canvas.lines[0])")
        #expect(program.handle(.character("q")) == .continue, "q asks once more while a decision waits")
        #expect(program.state.message?.text.contains("q again") == true)
        let deadline = Date().addingTimeInterval(30)
        while !program.state.waiting.isEmpty, Date() < deadline {
            _ = program.tick()
            usleep(50_000)
        }
        lock.waitUntilExit()
        #expect(program.state.waiting.isEmpty)
        #expect(program.state.snapshot.briefing.rows[0].status == .share, "recorded once the lock went")
        #expect(try fixture.store.lastSeq() == before + 1, "recorded once, not twice")
    }
}
