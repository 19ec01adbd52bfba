import Foundation
import Testing

extension EndToEndTests {
    /// Another program holds the store's write lock for 40 s (longer than the busy timeout): a
    /// decision made in the console meanwhile is kept, the console keeps its clock running and
    /// says it waits, and the decision is recorded once the lock goes.
    @Suite("a decision while the store is locked")
    final class WaitingStoreEndToEndTests {
        let home: URL
        let store: URL
        static let now = "2026-11-24T07:30:00Z"

        init() throws {
            home = FileManager.default.temporaryDirectory.appendingPathComponent("nr-e2e-lock-\(UUID().uuidString.prefix(8))")
            store = home.appendingPathComponent("store")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: home) }

        var environment: [String: String] {
            ["LANG": "C.UTF-8", "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
             "XDG_DATA_HOME": home.appendingPathComponent("data").path, "NEWSROOM_NOW": Self.now, "PATH": "/usr/bin:/bin"]
        }

        /// A newsroom with one story on today's agenda.
        func makeStore(_ binary: String) throws {
            #expect(runNewsroom(binary, ["init", store.path], environment: environment).status == 0)
            let lines = [
                #"{"id":"5d0c0f7e-0000-4000-8000-000000000001","time":"2026-11-24T06:00:00.000Z","actor":"anna","account":"test","type":"story.added","v":1,"body":{"storyID":"st-1","content":{"headline":"Umspannwerk Husum geht ans Netz","language":"de","postTexts":[],"restriction":{"roles":[],"teams":[]},"source":"blog","summary":"","talkingPoints":[],"topics":["energiewende"]}}}"#,
                #"{"id":"5d0c0f7e-0000-4000-8000-000000000002","time":"2026-11-24T06:00:00.000Z","actor":"anna","account":"test","type":"briefing.scheduled","v":1,"body":{"date":"2026-11-24","storyID":"st-1"}}"#,
            ]
            let file = home.appendingPathComponent("story.jsonl")
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
            let ingest = runNewsroom(binary, ["ingest", file.path, "--store", store.path], environment: environment)
            #expect(ingest.status == 0, "\(ingest.output)")
        }

        @Test("with the write lock held for 40 s, a decision is recorded once it goes, and the clock runs meanwhile")
        func decisionOutlastsALongLock() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found; build it first. Looked in: \(NewsroomBinary.candidates)")
            try makeStore(binary)
            let ready = home.appendingPathComponent("lock-held")
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
