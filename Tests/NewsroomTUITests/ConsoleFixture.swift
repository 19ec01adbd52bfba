import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import NewsroomTUI
import TerminalKit

/// A small newsroom in a temporary folder, with a fixed clock, for console tests.
final class ConsoleFixture {
    static let now = Timestamp.parse("2026-11-24T07:30:00Z")!
    static let today = LocalDate("2026-11-24")!
    let root: URL
    let store: FolderStore
    let identity = ActorIdentity(actor: "anna", account: "root")

    init(headlines: [String] = ["Umspannwerk Husum geht ans Netz", "Digital twin predicts bottlenecks", "Azubi-Tagebuch Woche 33",
                                "Volunteering day at the coast"],
         topics: [[String]] = [["energiewende"], ["digitalisierung"], ["ausbildung"], ["nachhaltigkeit"]]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("nr-tui-\(UUID().uuidString.prefix(8))")
        store = try FolderStore.create(at: StoreFolder(root), name: "Testnewsroom")
        var events: [NewEvent] = []
        for (i, headline) in headlines.enumerated() {
            let id = StoryID("s\(i + 1)")
            let content = StoryContent(headline: headline, summary: "Summary \(i + 1)", topics: topics[safe: i] ?? ["misc"],
                                       approvedWording: i == 1 ? nil : "So sagen wir es.",
                                       postTexts: [PostText(network: .x, text: String(repeating: "x", count: i == 0 ? 300 : 100))])
            events.append(NewEvent(Event(time: Self.now.addingTimeInterval(-3600), by: identity, payload: .storyAdded(StoryAdded(storyID: id, content: content)))))
            events.append(NewEvent(Event(time: Self.now.addingTimeInterval(-3600), by: identity,
                                         payload: .briefingScheduled(BriefingScheduled(date: Self.today, storyID: id)))))
        }
        try store.append(events)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func state() throws -> ConsoleState {
        ConsoleState(snapshot: try ConsoleSnapshot.load(from: store, date: Self.today, now: Self.now), date: Self.today, now: Self.now,
                     actor: "anna", calendar: store.config.calendar, themeName: "default")
    }

    func program(clock: any NewsroomClock = ScaledClock(start: ConsoleFixture.now)) throws -> ConsoleProgram {
        try ConsoleProgram(store: store, clock: clock, identity: identity, theme: ThemeCatalog.builtInDefault,
                           themes: ThemeCatalog(userDirectory: nil), colorLevel: .trueColor,
                           settingsFile: root.appendingPathComponent("settings.yaml"))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
