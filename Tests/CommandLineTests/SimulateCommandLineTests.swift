import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Where the demo template lives, for removing it when the test process ends.
let templateHome = Mutex<String?>(nil)

/// One demo newsroom made once for these tests (seed 1 at 2026-11-24T07:30:00Z); each test
/// simulates on its own copy. Removed when the test process ends.
enum SimulateDemo {
    static let template: URL? = {
        guard let cli = try? NewsroomCLI() else { return nil }
        let dir = cli.home.appendingPathComponent("demo")
        guard let made = try? cli.run(["demo", dir.path, "--quiet"]), made.status == 0 else { return nil }
        templateHome.withLock { $0 = cli.home.path }
        atexit { templateHome.withLock { if let path = $0 { try? FileManager.default.removeItem(atPath: path) } } }
        return dir
    }()

    static func copy(into cli: NewsroomCLI, _ name: String = "store") throws -> String {
        let template = try #require(template, "the demo newsroom could not be made")
        let copy = cli.home.appendingPathComponent(name)
        try FileManager.default.copyItem(at: template, to: copy)
        return copy.path
    }
}

@Suite struct SimulateCommandLineTests {
    static let fast = ["NEWSROOM_SPEED": "600"]

    /// Events the store holds from the demo's day on (the demo's own today and all simulated).
    static func eventsToday(_ cli: NewsroomCLI, _ store: String) throws -> Int {
        let log = try cli.run(["log", "--store", store, "--since", "2026-11-24", "--json"])
        #expect(log.status == 0, "\(log.stderr)")
        return log.stdout.split(separator: "\n").count
    }

    /// "3,012 events written in …": the number.
    static func written(_ stdout: String) -> Int? {
        guard let range = stdout.range(of: #"[0-9,]+ events written"#, options: .regularExpression) else { return nil }
        return Int(stdout[range].split(separator: " ")[0].replacingOccurrences(of: ",", with: ""))
    }

    @Test func durationEndsItAndTheCountPrintedIsWhatTheStoreGained() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = try SimulateDemo.copy(into: cli)
        let before = try Self.eventsToday(cli, store)
        let run = try cli.run(["simulate", "--store", store, "--duration", "40", "--rate", "30", "--storm-at", "5"], environment: Self.fast)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Simulating Demo-Newsroom Nordlicht AG"), "\(run.stdout)")
        #expect(run.stdout.contains("08:35 a storm begins on share "), "\(run.stdout)")
        #expect(run.stdout.contains("Simulated 08:30 to 09:10 (40 min at speed 600)"), "\(run.stdout)")
        let written = try #require(Self.written(run.stdout), "\(run.stdout)")
        #expect(written > 100)
        #expect(try Self.eventsToday(cli, store) - before == written)
        for type in ["share.measured", "comment.received", "comment.classified", "mention.counted"] {
            #expect(run.stdout.contains(type), "\(type) in \(run.stdout)")
        }
        #expect(run.stdout.contains("  storm: "))
        let check = try cli.run(["check", "--store", store])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func theSameSeedAndStartGiveTheSameEventsAndARepeatAddsNothing() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let one = try SimulateDemo.copy(into: cli, "one"), two = try SimulateDemo.copy(into: cli, "two"), three = try SimulateDemo.copy(into: cli, "three")
        func simulate(_ store: String, seed: String) throws -> [String: Any] {
            let run = try cli.run(["simulate", "--store", store, "--duration", "15", "--rate", "100", "--seed", seed, "--json"], environment: Self.fast)
            #expect(run.status == 0, "\(run.stderr)")
            return try #require(run.json as? [String: Any], "\(run.stdout)")
        }
        func simulated(_ store: String) throws -> [String] {
            let log = try cli.run(["export", "--jsonl", "--store", store])
            // The demo's own events are written under the account "demo", the simulated ones under ours.
            return log.stdout.split(separator: "\n").map(String.init).filter { !$0.contains(#""account":"demo""#) }
        }
        let first = try simulate(one, seed: "5")
        #expect(first["from"] as? String == "2026-11-24T07:30:00.000Z")
        #expect((first["events"] as? Int ?? 0) > 50)
        _ = try simulate(two, seed: "5")
        _ = try simulate(three, seed: "6")
        let a = try simulated(one), b = try simulated(two), c = try simulated(three)
        #expect(a.count == first["events"] as? Int)
        #expect(a == b, "same seed, same start: the same events, ids and all")
        #expect(a != c && Set(a).isDisjoint(with: c))
        let repeated = try simulate(one, seed: "5")
        #expect(repeated["events"] as? Int == 0, "the store already holds every one of them: \(repeated)")
    }

    /// Another writer holds the store's write lock for 6 s while a 2-second run goes on: the
    /// batches wait, none is dropped, and the summary says it waited.
    @Test func aBusyStoreIsWaitedForAndNothingIsDropped() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = try SimulateDemo.copy(into: cli)
        let before = try Self.eventsToday(cli, store)
        let held = cli.home.appendingPathComponent("held")
        let lock = Process()
        lock.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        lock.arguments = ["python3", "-c", """
            import sqlite3, sys, time, pathlib
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute('BEGIN IMMEDIATE')
            pathlib.Path(sys.argv[2]).write_text('held')
            time.sleep(6)
            c.execute('COMMIT')
            """, store + "/newsroom.sqlite", held.path]
        try lock.run()
        defer { if lock.isRunning { lock.terminate() } }
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: held.path), Date() < deadline { usleep(20_000) }
        try #require(FileManager.default.fileExists(atPath: held.path), "the lock is held")
        let run = try cli.run(["simulate", "--store", store, "--duration", "20", "--rate", "50"], environment: Self.fast)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("another writer held the store"), "\(run.stdout)")
        let written = try #require(Self.written(run.stdout), "\(run.stdout)")
        #expect(written > 50)
        lock.waitUntilExit()
        #expect(try Self.eventsToday(cli, store) - before == written)
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalStopsItAfterTheBatchAndItSaysWhatItWrote(_ signal: Int32) throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = try SimulateDemo.copy(into: cli)
        let before = try Self.eventsToday(cli, store)
        let run = try RunningNewsroom(cli, ["simulate", "--store", store, "--rate", "200", "--storm-at", "0"], environment: ["NEWSROOM_SPEED": "60"])
        defer { run.stop() }
        // The storm at minute 0 is announced on the first tick: the loop runs.
        #expect(run.waitForOutput("a storm begins", within: 20), "stdout: \(run.stdout) stderr: \(run.stderr)")
        run.signal(signal)
        try #require(run.waitForExit(within: 5), "still running 5 s after the signal: \(run.stdout)")
        #expect(run.status == 0, "\(run.stderr)")
        let written = try #require(Self.written(run.stdout), "\(run.stdout)")
        #expect(written > 0)
        #expect(run.stdout.contains("  share.measured "), "by type: \(run.stdout)")
        #expect(try Self.eventsToday(cli, store) - before == written, "nothing half-written, nothing left out")
    }

    /// Two processes on the same simulated clock (the same NEWSROOM_NOW and NEWSROOM_SPEED)
    /// agree on "now": the later one joins the first; once none runs, the next starts afresh.
    @Test func aSecondProcessOnTheSameClockJoinsTheFirst() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = try SimulateDemo.copy(into: cli)
        let clock = ["NEWSROOM_SPEED": "60"]
        let first = try RunningNewsroom(cli, ["simulate", "--store", store, "--rate", "5"], environment: clock)
        defer { first.stop() }
        let started = Date()
        #expect(first.waitForOutput("Simulating", within: 20), "\(first.stderr)")
        // Half a real second on the running clock is 30 simulated seconds: a joined start is well
        // after the fixed time, a fresh one exactly at it (without the pause a fast machine joined
        // 0.08 s later, 4.8 simulated seconds in).
        Thread.sleep(forTimeInterval: 0.5)
        let joined = try cli.run(["simulate", "--store", store, "--duration", "1", "--json"], environment: clock)
        let elapsed = Date().timeIntervalSince(started)
        let from = try #require((joined.json as? [String: Any])?["from"] as? String, "\(joined.stdout) \(joined.stderr)")
        let start = try #require(ISO8601DateFormatter.withFractions.date(from: from))
        let t0 = try #require(ISO8601DateFormatter.withFractions.date(from: "2026-11-24T07:30:00.000Z"))
        #expect(start.timeIntervalSince(t0) >= 5, "joined the running clock: \(from)")
        #expect(start.timeIntervalSince(t0) <= (elapsed + 1) * 60, "\(from) after \(elapsed) s")
        first.signal(SIGINT)
        try #require(first.waitForExit(within: 5), "still running 5 s after Ctrl-C")
        let alone = try cli.run(["simulate", "--store", store, "--duration", "1", "--json"], environment: clock)
        #expect((alone.json as? [String: Any])?["from"] as? String == "2026-11-24T07:30:00.000Z", "\(alone.stdout)")
    }

    @Test(arguments: [
        (["--rate", "0"], "--rate must be more than 0"),
        (["--rate=-5"], "--rate must be more than 0"),
        (["--rate", "1000000000"], "more than a store can take"),
        (["--duration", "0"], "--duration must be more than 0"),
        (["--storm-at", "90", "--duration", "60"], "the storm would never come"),
        (["--storm-at=-1"], "--storm-at must be 0 or more"),
    ])
    func badOptionsAreRefusedWithWhatToDo(_ options: [String], _ message: String) throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let run = try cli.run(["simulate", "--store", cli.home.appendingPathComponent("none").path] + options, environment: Self.fast)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func aStoreThatIsNotThereOrHasNobodyToSimulateIsRefused() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let missing = try cli.run(["simulate", "--store", cli.home.appendingPathComponent("none").path], environment: Self.fast)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("there is no newsroom at") && missing.stderr.contains("newsroom demo"), "\(missing.stderr)")

        let empty = cli.home.appendingPathComponent("empty").path
        #expect(try cli.run(["init", empty]).status == 0)
        let nobody = try cli.run(["simulate", "--store", empty], environment: Self.fast)
        #expect(nobody.status != 0)
        #expect(nobody.stderr.contains("has no ambassadors who could share") && nobody.stderr.contains("newsroom demo DIR"), "\(nobody.stderr)")

        let still = try cli.run(["simulate", "--store", empty])
        #expect(still.status != 0)
        #expect(still.stderr.contains("the clock stands still") && still.stderr.contains("--speed"), "\(still.stderr)")
        let tooFast = try cli.run(["simulate", "--store", empty], environment: ["NEWSROOM_SPEED": "1000000"])
        #expect(tooFast.stderr.contains("too fast"), "\(tooFast.stderr)")
    }

    /// As root (CI): a read-only bind mount in a private mount namespace.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")))
    func aReadOnlyStoreIsRefused() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("store").path
        #expect(try cli.run(["init", store]).status == 0)
        let run = try cli.run(["-m", "sh", "-c", #"mount --bind -o ro "$DIR" "$DIR" || exit 97; exec "$BIN" simulate --store "$DIR" --duration 1"#],
                              environment: ["DIR": store, "BIN": NewsroomCLI.binary.path, "NEWSROOM_SPEED": "60"], through: ["/usr/bin/unshare"])
        #expect(run.status != 0 && run.status != 97, "\(run.stderr)")
        #expect(run.stderr.contains("read-only: simulate only writes"), "\(run.stderr)")
    }
}
