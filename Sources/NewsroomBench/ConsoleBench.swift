import Foundation
import NewsroomCore
import NewsroomStore
import NewsroomTUI
import TerminalKit

/// The console under load: key → frame on an agenda of many stories, and how fast a change by
/// another writer reaches the screen (the loop adds at most one tick, 100 ms, of waiting).
enum ConsoleBench {
    static func run(stories: Int, dir: String) throws {
        let now = Timestamp.parse("2026-11-24T07:30:00Z")!
        let day = LocalDate("2026-11-24")!
        let store = try FolderStore.create(at: StoreFolder(path: dir), name: "Bench")
        let identity = ActorIdentity(actor: "bench", account: "bench")
        var events: [NewEvent] = []
        for i in 0..<stories {
            let id = StoryID("s\(i)")
            events.append(NewEvent(Event(time: now, by: identity, payload: .storyAdded(StoryAdded(storyID: id, content: StoryContent(
                headline: "Geschichte \(i): Umspannwerk, Wasserstoff und ein sehr langer Titel 😀", topics: ["thema\(i % 12)"]))))))
            events.append(NewEvent(Event(time: now, by: identity, payload: .briefingScheduled(BriefingScheduled(date: day, storyID: id)))))
        }
        for chunk in stride(from: 0, to: events.count, by: 20_000) {
            try store.append(Array(events[chunk..<min(chunk + 20_000, events.count)]))
        }
        var program = try ConsoleProgram(store: store, clock: ScaledClock(start: now), identity: identity, theme: ThemeCatalog.builtInDefault,
                                         themes: ThemeCatalog(userDirectory: nil), colorLevel: .trueColor, settingsFile: nil)
        let size = Size(width: 200, height: 60)
        func frame() { _ = EventLoop.frame(program, size: size) }

        var move: [Double] = []
        for _ in 0..<200 {
            move.append(seconds { _ = program.handle(.character("j")); frame() } * 1000)
        }
        var decide: [Double] = []
        for i in 0..<20 {
            decide.append(seconds { _ = program.handle(.character(i % 2 == 0 ? "s" : "p")); frame() } * 1000)
        }
        let other = try FolderStore.open(StoreFolder(path: dir))
        var live: [Double] = []
        _ = program.tick()
        for i in 0..<20 {
            try other.append([NewEvent(Event(time: now, actor: "other", account: "other", payload: .briefingDecided(BriefingDecided(
                date: day, storyID: StoryID("s\(i)"), decision: .hold(reason: "bench \(i)")))))])
            live.append(seconds {
                while !program.tick() {}
                frame()
            } * 1000)
        }
        report([("phase", "console"), ("stories", "\(stories)"),
                ("moveP50ms", p(move, 0.5)), ("moveP99ms", p(move, 0.99)),
                ("decideP50ms", p(decide, 0.5)), ("decideP99ms", p(decide, 0.99)),
                ("liveP50ms", p(live, 0.5)), ("liveP99ms", p(live, 0.99)), ("peakMB", String(format: "%.0f", peakMegabytes()))])
    }

    static func p(_ values: [Double], _ q: Double) -> String {
        let sorted = values.sorted()
        return String(format: "%.2f", sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))])
    }
}
