import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import NewsroomTUI
import TerminalKit

/// A small newsroom for console tests, with a fixed clock. The pure update's tests read it from
/// memory (`FoldedNewsroom`, no database); the edge's tests get a real store in a temporary folder,
/// made on first use with the same events.
final class ConsoleFixture {
    static let now = Timestamp.parse("2026-11-24T07:30:00Z")!
    static let today = LocalDate("2026-11-24")!
    let root: URL
    let identity = ActorIdentity(actor: "anna", account: "root")
    let config: NewsroomConfig
    private(set) var events: [NewEvent] = []

    private var made: FolderStore?

    /// The real store, created when a test first needs one, with the events so far.
    var store: FolderStore {
        if let made { return made }
        let store = try! FolderStore.create(at: StoreFolder(root), name: config.name)
        try! store.append(events)
        made = store
        return store
    }

    init(headlines: [String] = ["Umspannwerk Husum geht ans Netz", "Digital twin predicts bottlenecks", "Azubi-Tagebuch Woche 33",
                                "Volunteering day at the coast"],
         topics: [[String]] = [["energiewende"], ["digitalisierung"], ["ausbildung"], ["nachhaltigkeit"]],
         config: NewsroomConfig = NewsroomConfig(name: "Testnewsroom")) throws {
        self.config = config
        root = FileManager.default.temporaryDirectory.appendingPathComponent("nr-tui-\(UUID().uuidString.prefix(8))")
        for (i, headline) in headlines.enumerated() {
            let id = StoryID("s\(i + 1)")
            let content = StoryContent(headline: headline, summary: "Summary \(i + 1)", topics: topics[safe: i] ?? ["misc"],
                                       approvedWording: i == 1 ? nil : "So sagen wir es.",
                                       postTexts: [PostText(network: .x, text: String(repeating: "x", count: i == 0 ? 300 : 100))])
            events.append(NewEvent(Event(time: Self.now.addingTimeInterval(-3600), by: identity, payload: .storyAdded(StoryAdded(storyID: id, content: content)))))
            events.append(NewEvent(Event(time: Self.now.addingTimeInterval(-3600), by: identity,
                                         payload: .briefingScheduled(BriefingScheduled(date: Self.today, storyID: id)))))
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Records more events, in memory and (once made) in the store.
    func add(_ payloads: [EventPayload], actor: String = "anna") throws {
        let new = payloads.map { NewEvent(Event(time: Self.now, actor: actor, account: actor == "anna" ? "root" : actor, payload: $0)) }
        events += new
        try made?.append(new)
    }

    /// Records events made elsewhere (an import's, with personal data).
    func add(events new: [NewEvent]) {
        events += new
        if let made { try! made.append(new) }
    }

    /// Ada (1,000 LinkedIn followers) posts one share of her own on 2026-11-23 09:00 UTC with
    /// `text`; it is measured at 12:00 with `metrics`: what the KPI tests count from.
    func addMeasuredShare(text: String, metrics: ShareMetrics) {
        let at = Timestamp.parse("2026-11-23T09:00:00Z")!
        func e(_ time: Date, _ payload: EventPayload) -> NewEvent { NewEvent(Event(time: time, actor: "import:linkedin", account: "root", payload: payload)) }
        add(events: [
            e(at.addingTimeInterval(-86_400 * 30), .ambassadorJoined(AmbassadorJoined(
                ambassadorID: "a1", name: "Ada", team: "multipliers", role: "employee", timeZone: "Europe/Berlin", topics: [],
                accounts: [NetworkAccount(network: .linkedIn, handle: "ada", followers: 1_000)]))),
            e(at, .sharePosted(SharePosted(shareID: "sh1", ambassadorID: "a1", storyID: nil, network: .linkedIn, postedAt: at, text: text))),
            e(at.addingTimeInterval(3 * 3600), .shareMeasured(ShareMeasured(shareID: "sh1", metrics: metrics))),
        ])
    }

    /// The console's state read from memory, as the pure update's tests need it, with the KPI
    /// board of the last 7 days read as the console reads it at start.
    func state() throws -> ConsoleState {
        let source = FoldedNewsroom(config: config, events: events)
        var state = ConsoleState(snapshot: try ConsoleSnapshot.load(from: source, date: Self.today, now: Self.now), date: Self.today, now: Self.now,
                                 actor: "anna", calendar: config.calendar, themeName: "default")
        state.kpis.board = try board(.last7Days(now: Self.now, calendar: config.calendar))
        return state
    }

    /// The KPI board of a window, read from memory.
    func board(_ window: KPIWindow) throws -> KPIBoard {
        let source = FoldedNewsroom(config: config, events: events)
        return try KPIBoard.load(from: source, window: window, at: Self.now,
                                 excerpt: KPIBoard.readExcerpt(from: source, at: Self.now, calendar: config.calendar))
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
