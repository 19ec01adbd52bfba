import Foundation
import NewsroomCore
import NewsroomStore
import NewsroomTUI
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// The KPI pane following the store, as the console's loop runs it (a tick every 100 ms, a frame
/// when something changed): from an event's commit (`events.committed_ms`) to the frame that shows
/// the board read after it, what a reload with the board costs, and the process's CPU use. Run
/// `newsroom simulate --rate 1000` on the same store beside it for the live figures; alone, the
/// figures are the console idle.
enum LiveKPIBench {
    static func run(dir: String, seconds duration: Double) throws {
        let store = try FolderStore.open(StoreFolder(path: dir))
        let identity = ActorIdentity(actor: "bench", account: "bench")
        let env = ProcessInfo.processInfo.environment
        let clock = try ClockSetting.parse(now: env["NEWSROOM_NOW"], speed: env["NEWSROOM_SPEED"]).makeClock()
        let opened = Date()
        var program = try ConsoleProgram(store: store, clock: clock, identity: identity, theme: ThemeCatalog.builtInDefault,
                                         themes: ThemeCatalog(userDirectory: nil), colorLevel: .trueColor, settingsFile: nil)
        _ = program.handle(.character("3"))
        _ = program.handle(.character("z"))
        let openSeconds = Date().timeIntervalSince(opened)
        let size = Size(width: 200, height: 60)
        let cpuStart = cpuSeconds()
        let wallStart = Date()
        var latency: [Double] = []
        var reload: [Double] = []
        var events: Int64 = 0
        var lastSeq = try store.lastSeq()
        while Date().timeIntervalSince(wallStart) < duration {
            usleep(100_000)
            var changed = false
            let cost = seconds { changed = program.tick() }
            guard changed else { continue }
            _ = EventLoop.frame(program, size: size)
            let shown = Date()
            let seq = program.state.snapshot.lastSeq
            guard seq > lastSeq else { continue }
            reload.append(cost * 1000)
            // The newest event the frame shows: its commit time from the store.
            if let committed = try store.events(after: seq - 1, limit: 1).first?.committedAt {
                latency.append(shown.timeIntervalSince(committed) * 1000)
            }
            events += seq - lastSeq
            lastSeq = seq
        }
        let wall = Date().timeIntervalSince(wallStart)
        let cpu = cpuSeconds() - cpuStart
        var pairs: [(String, String)] = [("phase", "live-kpi"), ("events", "\(try store.lastSeq())"), ("openSeconds", String(format: "%.2f", openSeconds)),
                                         ("seconds", String(format: "%.0f", wall)), ("eventsFollowed", "\(events)"),
                                         ("cpuPercent", String(format: "%.1f", cpu / wall * 100))]
        if !latency.isEmpty {
            pairs += [("commitToFrameP50ms", ConsoleBench.p(latency, 0.5)), ("commitToFrameP99ms", ConsoleBench.p(latency, 0.99)),
                      ("reloadP50ms", ConsoleBench.p(reload, 0.5)), ("reloadP99ms", ConsoleBench.p(reload, 0.99)),
                      ("reloadMicrosecondsPerEvent", String(format: "%.1f", reload.reduce(0, +) * 1000 / Double(max(1, events))))]
        }
        pairs.append(("peakMB", String(format: "%.0f", peakMegabytes())))
        report(pairs)
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
