import Foundation
import NewsroomCore
import NewsroomStore
#if canImport(Glibc)
import Glibc
#endif

// The store benchmark. Each phase runs in its own process so peak memory is the phase's own.
//
//   NewsroomBench store N [N ...]   build stores of N events and report every figure (the driver)
//   NewsroomBench build DIR N       create a store of N synthetic events
//   NewsroomBench open DIR          open-to-ready: open the store and load what the console shows first
//   NewsroomBench replay DIR        read every event and fold it in memory
//   NewsroomBench append DIR        latency of single-event appends on the existing store
//   NewsroomBench console DIR N     key -> frame with N stories on one day, and live-update latency
//   NewsroomBench live-kpi DIR S    the KPI pane following DIR for S seconds: commit → frame, reload cost, CPU
//                                   (beside `newsroom simulate --rate 1000 --store DIR`; alone: the console idle)
//   NewsroomBench scale DIR N [RUNS]  the demo plus N comments: `newsroom kpi --json` and the console's first frame
//   NewsroomBench moderation DIR N    the same store: open the moderation pane, key → frame, re-rank after 10,000 more
//   NewsroomBench import N [N ...]  ingest N comment lines into the demo, beside `sqlite3 .import` of the same file
//   NewsroomBench decide DIR        (the import's helper) a console's decisions, timed, until terminated
//   NewsroomBench jsonl FILE N      write the import's file of N comment lines (for `newsroom ingest` by hand)
//   NewsroomBench triage N [FILE]   the rule-based triage over N comments (texts from FILE, else a built-in mix)
//   NewsroomBench simulate DIR RATE SECONDS [SPEED]  the live feed at RATE events a second into DIR for SECONDS (as `newsroom simulate`)

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let t0 = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
}

func peakMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Writes a line straight to standard output, so the driver's and the phases' lines keep their order.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func report(_ pairs: [(String, String)]) {
    say(pairs.map { "\($0.0)=\($0.1)" }.joined(separator: " "))
}

let args = Array(CommandLine.arguments.dropFirst())
let start = Timestamp.parse("2026-08-26T06:00:00Z")!
/// The end of the generated 90 days: "now" for the phases that read.
let end = start.addingTimeInterval(90 * 86_400)

func build(_ dir: String, _ n: Int) throws {
    let store = try FolderStore.create(at: StoreFolder(path: dir), name: "Bench", timeZone: "Europe/Berlin")
    var generator = SyntheticNewsroom(seed: 42, start: start)
    var written = 0
    let time = try seconds {
        while written < n {
            let batch = generator.next(min(2000, n - written), total: n)
            written += try store.append(batch).count
        }
    }
    report([("phase", "build"), ("events", "\(written)"), ("seconds", String(format: "%.2f", time)),
            ("eventsPerSecond", String(format: "%.0f", Double(written) / time)), ("peakMB", String(format: "%.0f", peakMegabytes()))])
}

func openToReady(_ dir: String) throws {
    var summary = ""
    let time = try seconds {
        let store = try FolderStore.open(StoreFolder(path: dir))
        let calendar = store.config.calendar
        let today = calendar.localDate(of: end)
        let briefing = try store.briefing(on: today)
        let tallies = try store.tallies()
        let queue = try store.comments(CommentQuery(.open, limit: 40))
        let week = Bucket.range(covering: DateInterval(start: end.addingTimeInterval(-7 * 86_400), end: end))
        let impressions = try store.sum(CounterKey(.impressions), over: week)
        let ambassadors = try store.ambassadors()
        summary = "agenda=\(briefing?.agenda.count ?? 0) open=\(tallies.filter { $0.key.name.hasPrefix("state:") }.count) queuePage=\(queue.count) impressions7d=\(impressions) ambassadors=\(ambassadors.count)"
    }
    report([("phase", "open"), ("ms", String(format: "%.1f", time * 1000)), ("peakMB", String(format: "%.0f", peakMegabytes()))])
    say("  loaded: \(summary)")
}

/// Where open-to-ready time goes, step by step.
func openProfile(_ dir: String) throws {
    var steps: [(String, String)] = [("phase", "openprofile")]
    func step<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        var result: T?
        let time = try seconds { result = try body() }
        steps.append((name, String(format: "%.1fms", time * 1000)))
        return result!
    }
    let store = try step("open") { try FolderStore.open(StoreFolder(path: dir)) }
    let calendar = store.config.calendar
    _ = try step("briefing") { try store.briefing(on: calendar.localDate(of: end)) }
    _ = try step("tallies") { try store.tallies() }
    _ = try step("queue") { try store.comments(CommentQuery(.open, limit: 40)) }
    _ = try step("sum7d") { try store.sum(CounterKey(.impressions), over: Bucket.range(covering: DateInterval(start: end.addingTimeInterval(-7 * 86_400), end: end))) }
    _ = try step("ambassadors") { try store.ambassadors() }
    report(steps)
}

func replay(_ dir: String) throws {
    let store = try FolderStore.open(StoreFolder(path: dir))
    var state = NewsroomState(calendar: store.config.calendar)
    var count = 0
    let time = try seconds {
        // Sized from the projections (counted inside the time), as `check --full` does.
        state = try store.replayState()
        try store.forEachPage { page in
            state.apply(page)
            count += page.count
        }
    }
    report([("phase", "replay"), ("events", "\(count)"), ("seconds", String(format: "%.2f", time)),
            ("eventsPerSecond", String(format: "%.0f", Double(count) / time)), ("peakMB", String(format: "%.0f", peakMegabytes()))])
}

func appendLatency(_ dir: String) throws {
    let store = try FolderStore.open(StoreFolder(path: dir))
    var latencies: [Double] = []
    for i in 0..<200 {
        let event = Event(time: Date(), actor: "bench", account: "bench",
                          payload: .briefingNoted(BriefingNoted(date: LocalDate("2026-11-24")!, note: "note \(i)")))
        latencies.append(try seconds { try store.append([NewEvent(event)]) } * 1000)
    }
    latencies.sort()
    report([("phase", "append"), ("p50ms", String(format: "%.2f", latencies[100])), ("p99ms", String(format: "%.2f", latencies[197])),
            ("peakMB", String(format: "%.0f", peakMegabytes()))])
}

func drive(_ sizes: [Int]) throws {
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    for n in sizes {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nr-bench-\(n)-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        say("== \(n) events")
        for phase in [["build", dir, "\(n)"], ["open", dir], ["open", dir], ["replay", dir], ["append", dir]] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: me)
            p.arguments = phase
            try p.run()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw NSError(domain: "bench", code: Int(p.terminationStatus)) }
        }
    }
}

do {
    switch args.first {
    case "store": try drive(args.dropFirst().compactMap { Int($0) })
    case "build" where args.count == 3: try build(args[1], Int(args[2]) ?? 0)
    case "open" where args.count == 2: try openToReady(args[1])
    case "openprofile" where args.count == 2: try openProfile(args[1])
    case "console" where args.count == 3: try ConsoleBench.run(stories: Int(args[2]) ?? 10_000, dir: args[1])
    case "live-kpi" where args.count == 3: try LiveKPIBench.run(dir: args[1], seconds: Double(args[2]) ?? 30)
    case "scale" where args.count == 3 || args.count == 4:
        try ScaleBench.run(dir: args[1], comments: Int(args[2]) ?? 10_000, runs: args.count == 4 ? Int(args[3]) ?? 10 : 10)
    case "replay" where args.count == 2: try replay(args[1])
    case "import": for n in args.dropFirst().compactMap({ Int($0) }) { say("== import \(n)"); try ImportBench.run(n) }
    case "decide" where args.count == 2: try DecisionProbe.decide(dir: args[1])
    case "jsonl" where args.count == 3: try ImportBench.writeComments(Int(args[2]) ?? 0, to: URL(fileURLWithPath: args[1]))
    case "append" where args.count == 2: try appendLatency(args[1])
    case "moderation" where args.count == 3: try ModerationBench.run(dir: args[1], comments: Int(args[2]) ?? 10_000)
    case "triage" where args.count == 2 || args.count == 3: try TriageBench.run(Int(args[1]) ?? 100_000, file: args.count == 3 ? args[2] : nil)
    case "simulate" where args.count == 4 || args.count == 5:
        try SimulateBench.run(dir: args[1], rate: Double(args[2]) ?? 1000, duration: Double(args[3]) ?? 30, speed: args.count == 5 ? Double(args[4]) ?? 1 : 1)
    default:
        print("usage: NewsroomBench store N [N ...] | import N [N ...] | build DIR N | open DIR | replay DIR | append DIR | console DIR STORIES | live-kpi DIR SECONDS | scale DIR COMMENTS [RUNS] | moderation DIR COMMENTS | triage N [FILE] | simulate DIR RATE SECONDS [SPEED]")
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("NewsroomBench: \(error)\n".utf8))
    exit(1)
}
