import Foundation
import Testing

extension EndToEndTests {
    /// Another program holds the store's write lock for 40 s (longer than the busy timeout): a
    /// decision made in the console meanwhile is kept, the console keeps its clock running and
    /// says it waits, and the decision is recorded once the lock goes.
    @Suite("a decision while the store is locked")
    final class WaitingStoreEndToEndTests {
        let newsroom: OneStoryNewsroom
        var store: URL { newsroom.store }
        var environment: [String: String] { newsroom.environment }

        init() throws { newsroom = try OneStoryNewsroom("lock") }

        @Test("with the write lock held for 40 s, a decision is recorded once it goes, and the clock runs meanwhile")
        func decisionOutlastsALongLock() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found; build it first. Looked in: \(NewsroomBinary.candidates)")
            try newsroom.make(binary)
            let ready = newsroom.home.appendingPathComponent("lock-held")
            let lock = Process()
            lock.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            lock.arguments = ["python3", "-c", """
                import sqlite3, sys, time, pathlib
                c = sqlite3.connect(sys.argv[1], isolation_level=None)
                c.execute('BEGIN IMMEDIATE')
                pathlib.Path(sys.argv[2]).write_text('held')
                time.sleep(40)
                c.execute('COMMIT')
                """, store.appendingPathComponent("newsroom.sqlite").path, ready.path]
            try lock.run()
            defer { if lock.isRunning { lock.terminate() } }
            let deadline = Date().addingTimeInterval(10)
            while !FileManager.default.fileExists(atPath: ready.path), Date() < deadline { usleep(20_000) }
            #expect(FileManager.default.fileExists(atPath: ready.path), "the lock is held")

            // The clock runs from the fixed start (speed 1), so the top bar shows whether it is redrawn.
            let console = try TmuxSession(width: 120, height: 40, environment: environment.merging(["NEWSROOM_SPEED": "1"]) { $1 }) { _ in
                "\(shellQuoted(binary)) --store \(shellQuoted(self.store.path)) --as anna; sleep 60"
            }
            console.waitFor("Umspannwerk Husum")
            console.sendKeys("s")
            let waiting = console.waitForScreen("the console saying it waits") { $0.contains("waiting for the store") }
            let clock = { (screen: String) in screen.split(separator: "\n").first.map(String.init) ?? "" }
            let first = clock(waiting)
            console.waitForScreen("the clock moving while the decision waits") { clock($0) != first && $0.contains("waiting for the store") }
            console.waitForScreen("the decision recorded once the lock went", within: .seconds(90)) { $0.contains("✓ share") && !$0.contains("⏳") }
            lock.waitUntilExit()
            let log = runNewsroom(binary, ["log", "--store", store.path], environment: environment)
            #expect(log.output.components(separatedBy: "briefing.decided").count - 1 == 1, "recorded once:\n\(log.output)")
            console.sendKeys("q")
        }
    }
}
