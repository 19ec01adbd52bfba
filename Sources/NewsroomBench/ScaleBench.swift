import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import NewsroomTUI
import TerminalKit

/// Does history cost time? The demo newsroom plus N comments with personal data, then what
/// `newsroom kpi --json` runs and the console's first frame, several times each. Run it at two
/// sizes (10,000 and 1,000,000) and compare: the figures should be the same.
enum ScaleBench {
    static let now = Timestamp.parse("2026-11-24T07:30:00Z")!

    static func run(dir: String, comments: Int, runs: Int) throws {
        let folder = StoreFolder(path: dir)
        let marker = folder.root.appendingPathComponent("scale-\(comments).done")
        if !FileManager.default.fileExists(atPath: marker.path) {
            try build(folder, comments: comments)
            _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
        } else {
            say("reusing \(dir) (remove it to build again)")
        }
        try settle(folder)

        var kpi: [Double] = []
        var frame: [Double] = []
        var breaches = 0
        for _ in 0..<runs {
            kpi.append(try seconds {
                let store = try FolderStore.open(folder)
                breaches = try KPIReport.load(from: store, window: .last7Days(now: now, calendar: store.config.calendar), at: now).slaBreaches.count
            } * 1000)
            frame.append(try seconds {
                let store = try FolderStore.open(folder)
                let program = try ConsoleProgram(store: store, clock: ScaledClock(start: now), identity: ActorIdentity(actor: "bench", account: "bench"),
                                                 theme: ThemeCatalog.builtInDefault, themes: ThemeCatalog(userDirectory: nil), colorLevel: .trueColor,
                                                 settingsFile: nil)
                _ = EventLoop.frame(program, size: Size(width: 200, height: 60))
            } * 1000)
        }
        var pairs: [(String, String)] = [("phase", "scale"), ("comments", "\(comments)"), ("slaBreaches", "\(breaches)"),
                                         ("kpiP50ms", ConsoleBench.p(kpi, 0.5)), ("kpiP99ms", ConsoleBench.p(kpi, 0.99)),
                                         ("firstFrameP50ms", ConsoleBench.p(frame, 0.5)), ("firstFrameP99ms", ConsoleBench.p(frame, 0.99))]
        if let newsroom = sibling("newsroom") {
            let process = try (0..<max(3, runs / 2)).map { _ in try seconds { try runQuietly(newsroom, ["kpi", "--json", "--store", dir, "--now", Timestamp.format(now)]) } * 1000 }
            pairs += [("newsroomKpiJsonP50ms", ConsoleBench.p(process, 0.5)), ("newsroomKpiJsonP99ms", ConsoleBench.p(process, 0.99))]
        }
        report(pairs + [("peakMB", String(format: "%.0f", peakMegabytes()))])
    }

    /// The demo (through the real `newsroom demo`), then the comments in large appends.
    static func build(_ folder: StoreFolder, comments: Int) throws {
        guard let newsroom = sibling("newsroom") else { throw BenchProblem("build the newsroom product beside NewsroomBench first") }
        try? FileManager.default.removeItem(at: folder.root)
        let demo = try seconds { try runQuietly(newsroom, ["demo", folder.root.path, "--now", Timestamp.format(now)]) }
        say("demo: \(String(format: "%.1f", demo)) s")
        let store = try FolderStore.open(folder)
        var flood = CommentFlood(total: comments, now: now)
        var events = 0
        let started = Date()
        while flood.made < comments {
            events += try store.append(flood.next(10_000)).count
            let elapsed = Date().timeIntervalSince(started)
            say("  \(flood.made) of \(comments) comments, \(events) events, \(Int(Double(events) / elapsed)) events/s, \(Int(elapsed)) s")
        }
    }

    /// Opens the store once (a newer fold rebuilds its projections here, not in a measured run) and
    /// records two small events, as a day's work does: the first commit checkpoints what a bulk
    /// load or a rebuild left in the write-ahead log, the second restarts the log at its size limit.
    static func settle(_ folder: StoreFolder) throws {
        let opened = try seconds {
            let store = try FolderStore.open(folder)
            for _ in 0..<2 {
                try store.append([NewEvent(Event(time: now, actor: "bench", account: "bench",
                                                 payload: .moderatorChanged(ModeratorChanged(moderator: Moderator(name: "bench", roles: [.moderator])))))])
            }
        }
        say("settled: \(String(format: "%.1f", opened)) s")
    }

    /// An executable built beside this one.
    static func sibling(_ name: String) -> URL? {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let url = me.deletingLastPathComponent().appendingPathComponent(name)
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

    static func runQuietly(_ executable: URL, _ arguments: [String]) throws {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchProblem("\(executable.lastPathComponent) \(arguments.joined(separator: " ")) exited with \(p.terminationStatus)") }
    }
}

/// Something the benchmark cannot do, said plainly.
struct BenchProblem: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
