import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import NewsroomTUI
import TerminalKit

/// The moderation pane on a large store (the demo plus N comments, built as `scale` builds it):
/// opening the pane, key → frame for moving and for a decision (recorded, read back, drawn), and
/// ranking the queue again after an import of 10,000 comments.
enum ModerationBench {
    static func run(dir: String, comments: Int) throws {
        let folder = StoreFolder(path: dir)
        let marker = folder.root.appendingPathComponent("scale-\(comments).done")
        if !FileManager.default.fileExists(atPath: marker.path) {
            try ScaleBench.build(folder, comments: comments)
            _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
        }
        try ScaleBench.settle(folder)
        let now = ScaleBench.now
        let identity = ActorIdentity(actor: "bench", account: "bench")
        let size = Size(width: 200, height: 60)
        var program: ConsoleProgram?
        let open = try seconds {
            let store = try FolderStore.open(folder)
            var p = try ConsoleProgram(store: store, clock: ScaledClock(start: now), identity: identity, theme: ThemeCatalog.builtInDefault,
                                       themes: ThemeCatalog(userDirectory: nil), colorLevel: .trueColor, settingsFile: nil)
            _ = p.handle(.character("2"))
            _ = p.handle(.character("z"))
            _ = EventLoop.frame(p, size: size)
            program = p
        } * 1000
        guard var program else { return }
        func frame() { _ = EventLoop.frame(program, size: size) }
        var move: [Double] = []
        for i in 0..<300 {
            move.append(seconds { _ = program.handle(.character(i % 50 < 40 ? "j" : "k")); frame() } * 1000)
        }
        var decide: [Double] = []
        for i in 0..<30 {
            decide.append(seconds { _ = program.handle(.character(i % 2 == 0 ? "w" : "u")); frame() } * 1000)
        }
        // `v` through every view and back to open: each asks the store for its queue and ranks it.
        var views: [String: Double] = [:]
        for view in QueueView.allCases.dropFirst() + [QueueView.open] {
            views[view.rawValue] = seconds { _ = program.handle(.character("v")); frame() } * 1000
        }
        let store = try FolderStore.open(folder)
        var flood = CommentFlood(total: 10_000, now: now.addingTimeInterval(600), prefix: "burst-\(Int(Date().timeIntervalSince1970))")
        try store.append(flood.next(10_000))
        let rerank = try seconds {
            _ = try ModerationQueue.load(from: store, at: now.addingTimeInterval(600))
        } * 1000
        let queue = try ModerationQueue.load(from: store, at: now)
        report([("phase", "moderation"), ("comments", "\(comments)"), ("open", "\(queue.items.count)"),
                ("openPaneMs", String(format: "%.1f", open)),
                ("moveP50ms", ConsoleBench.p(move, 0.5)), ("moveP99ms", ConsoleBench.p(move, 0.99)),
                ("decideP50ms", ConsoleBench.p(decide, 0.5)), ("decideP99ms", ConsoleBench.p(decide, 0.99)),
                ("rerankAfter10kMs", String(format: "%.1f", rerank)),
                ("viewMs", QueueView.allCases.map { "\($0.rawValue)=\(String(format: "%.0f", views[$0.rawValue] ?? 0))" }.joined(separator: ",")), ("peakMB", String(format: "%.0f", peakMegabytes()))])
    }
}
