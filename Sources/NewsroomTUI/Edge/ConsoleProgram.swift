import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import TerminalKit

/// The edge of the console: turns keys into events for `update`, carries out the effects it
/// returns against the store (append, read, export) and the terminal (theme, clipboard, editor),
/// and hands each result back to `update`. It decides nothing. `tick` follows the store: a change
/// by another console or `newsroom ingest` shows within a tick, without a key press.
public struct ConsoleProgram: TerminalProgram {
    public private(set) var state: ConsoleState
    public private(set) var theme: Theme
    /// Stories already read, by id; dropped when an event changes them.
    var storyCache: [StoryID: Story] = [:]
    /// The last 60 days of counters the KPI board is computed from, refreshed at its newest end.
    var excerpt: CounterExcerpt?
    /// The earliest moment new events changed counters at since the board was last read
    /// (`distantPast` after a large import: the excerpt is then read anew).
    var countersTouchedSince: Date?
    let store: FolderStore
    let clock: any NewsroomClock
    let identity: ActorIdentity
    let themes: ThemeCatalog
    let colorLevel: ColorLevel
    let keys: KeyContexts<ConsoleAction>
    /// Where `:theme NAME --save` keeps the choice (`$XDG_CONFIG_HOME/newsroom/settings.yaml`).
    let settingsFile: URL?
    /// The clipboard and `$EDITOR`; nil where there is no terminal to hand over.
    let host: (any ConsoleHost)?

    public init(store: FolderStore, clock: any NewsroomClock, identity: ActorIdentity, theme: Theme, themes: ThemeCatalog,
                colorLevel: ColorLevel, settingsFile: URL?, host: (any ConsoleHost)? = nil, date: LocalDate? = nil,
                keys: KeyContexts<ConsoleAction> = ConsoleKeys.standard, wall: Bool = false) throws {
        let now = clock.now()
        let calendar = store.config.calendar
        let day = date ?? calendar.localDate(of: now)
        var cache: [StoryID: Story] = [:]
        let snapshot = try ConsoleSnapshot.load(from: store, date: day, now: now, previous: nil, areas: Set(ConsoleSnapshot.Area.allCases),
                                                knownStories: &cache)
        state = ConsoleState(snapshot: snapshot, date: day, now: now, actor: identity.actor, calendar: calendar, themeName: theme.name)
        storyCache = cache
        self.theme = theme
        self.store = store
        self.clock = clock
        self.identity = identity
        self.themes = themes
        self.colorLevel = colorLevel
        self.settingsFile = settingsFile
        self.keys = keys
        self.host = host
        state.themeNames = themes.entries().map(\.name)
        if store.isReadOnly { state.say("read-only store: you can look, nothing can be recorded, and it does not update live", isError: true) }
        if wall {
            state.wall = true
            state.focus = .kpis
        }
        _ = run([.loadBoard(state.kpis.window)])
    }

    public var minimumSize: Size { ConsoleView.minimumSize }

    public func render(into canvas: inout Canvas) {
        ConsoleView(state: state, theme: theme, keys: keys).render(into: &canvas)
    }

    public mutating func handle(_ key: Key) -> ProgramStep {
        state.now = clock.now()
        if key == .resize { return .continue }
        return run(ConsoleUpdate.key(key, &state, keys: keys))
    }

    public mutating func tick() -> Bool {
        let before = Int(state.now.timeIntervalSince1970)
        state.now = clock.now()
        let after = Int(state.now.timeIntervalSince1970)
        // Reload on another writer's change, when an embargo lifts (the status is computed, never
        // written), and once a minute for the ages, SLA breaches and KPI windows.
        let embargoLifted = state.snapshot.briefing.embargoed.contains {
            if case .embargoed(let until) = $0.status { return until <= state.now } else { return false }
        }
        if embargoLifted || after / 60 != before / 60 {
            // Every area again, but the moderation queue keeps its rows: ranking it anew is `=`'s
            // (a second or more at a million comments), and the SLA countdowns follow the clock anyway.
            for result in [reload(everything: true, rankQueue: false)] { _ = run(ConsoleUpdate.update(.result(result), &state)) }
            return true
        }
        let renewal = ModerationUpdate.renewClaim(&state)
        if !renewal.isEmpty {
            _ = run(renewal)
            return true
        }
        // Work the store could not take yet: try the oldest again, briefly, so the loop stays live.
        if let head = state.waiting.first {
            _ = run([.record(head)])
            return true
        }
        if (try? store.hasChanges()) == true {
            _ = run([.reload(everything: false)])
            return true
        }
        return after != before
    }

    /// Carries out effects and feeds each result back into `update`, until nothing is left to do.
    mutating func run(_ effects: [ConsoleEffect]) -> ProgramStep {
        var step = ProgramStep.continue
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .quit: return .quit
            case .redrawAll: step = .redrawAll
            case .edit: step = .redrawAll
            default: break
            }
            for result in perform(effect) {
                queue += ConsoleUpdate.update(.result(result), &state)
            }
        }
        return step
    }

    /// One effect's I/O, and what came of it.
    mutating func perform(_ effect: ConsoleEffect) -> [EffectResult] {
        switch effect {
        case .record(let recording):
            return record(recording)
        case .reload(let everything):
            return [reload(everything: everything)]
        case .exportBriefing(let date):
            do { return [.exported(path: try exportBriefing(date).path)] } catch { return [.problem("export failed: \(error)")] }
        case .setTheme(let name, let save):
            do { return [try applyTheme(name, save: save)] } catch { return [.problem("\(error)")] }
        case .copy(let text, let label):
            guard let host else { return [.problem("there is no terminal to copy through")] }
            return [.copied(label: label, note: host.copyToClipboard(text))]
        case .edit(let request):
            return [.edited(request, edit(request))]
        case .discardFile(let path):
            try? FileManager.default.removeItem(atPath: path)
            return []
        case .loadBoard(let choice):
            return [loadBoard(choice)]
        case .loadDrillDown(let kind, let choice):
            guard let window = choice.window(now: state.now, config: store.config) else { return [.drillDownLoaded(nil)] }
            do { return [.drillDownLoaded(try KPIDrillDown.load(kind, window: window, from: store))] } catch { return [.readFailed("\(error)")] }
        case .loadThread(let id):
            do {
                return try store.commentThread(id).map { [.threadLoaded($0)] } ?? [.problem("comment \(id) is not in the store")]
            } catch {
                return [.readFailed("\(error)")]
            }
        case .readQueueRows(let ids, let request):
            do {
                return [.queueRowsRead(try QueueRow.read(ids, request: request, from: store, at: state.now), asked: ids)]
            } catch {
                return [.queueRowsRead([], asked: []), .readFailed("\(error)")]
            }
        case .redrawAll, .quit:
            return []
        }
    }

    /// Appends a recording's events, checked against the version it was decided on; then reads
    /// what changed, so the result meets a snapshot that already shows it.
    mutating func record(_ recording: Recording) -> [EffectResult] {
        // Decisions are recorded in the order they were made: behind one that waits, wait too.
        if let head = state.waiting.first, head.id != recording.id { return [.waiting(recording)] }
        let events = recording.payloads.map { NewEvent(Event(time: state.now, by: identity, payload: $0)) }
        let result: EffectResult
        do {
            let stored = try store.append(events, expecting: recording.expecting, patience: Self.patience)
            result = .recorded(recording, lastSeq: stored.last?.seq ?? 0, firstEventID: stored.first?.event.id)
        } catch StoreError.busy {
            return [.waiting(recording)]
        } catch StoreError.conflict(let conflict) {
            result = .refused(recording, conflict)
        } catch {
            result = .failed(recording, "\(error)")
        }
        return recording.reloads ? [reload(everything: false), result] : [result]
    }

    /// How long one try to write waits for another writer before the loop goes on (and tries
    /// again on the next tick): short enough that the clock and the keys never stall.
    static let patience = Duration.milliseconds(150)

    /// Reads what changed since the snapshot: only the areas and stories the new events touch, so
    /// following the store stays cheap. `everything` reads every area again (a new day, a new
    /// minute); stories are read again only when an event changed them, or after a large import.
    mutating func reload(everything: Bool, rankQueue: Bool = true) -> EffectResult {
        do {
            var areas = Set(ConsoleSnapshot.Area.allCases)
            var events: [StoredEvent] = []
            var comments: Set<CommentID>?
            if !everything || !rankQueue {
                events = try store.events(after: state.snapshot.lastSeq, limit: 2000)
                let oldest = events.count < 2000 ? KPIBoard.oldestTouched(by: events, calendar: store.config.calendar) : .distantPast
                countersTouchedSince = [countersTouchedSince, oldest].compactMap { $0 }.min()
                if events.count < 2000 {
                    let touched = ConsoleSnapshot.touched(by: events)
                    if !everything { areas = touched.areas }
                    comments = touched.comments
                    for id in touched.stories { storyCache[id] = nil }
                } else {
                    // A large import: everything is read again, the queue ranked in full.
                    storyCache.removeAll()
                }
            }
            // A thread's new reply or an author's hide changes others' priority context too; their
            // rows catch up with the full ranking each minute and on `=`.
            var snapshot = try ConsoleSnapshot.load(from: store, date: state.briefing.date, now: state.now, previous: state.snapshot,
                                                    areas: areas, knownStories: &storyCache, changedComments: comments,
                                                    queue: state.moderation.request(actor: state.actor))
            snapshot.moderation.changes = ModerationChanges.by(events)
            return .reloaded(snapshot)
        } catch {
            return .readFailed("\(error)")
        }
    }

    /// The KPI board for a window, from the counter excerpt brought up to now (only its newest
    /// buckets are read again), so a live event shows without recomputing from the log.
    mutating func loadBoard(_ choice: KPIWindowChoice) -> EffectResult {
        do {
            let calendar = store.config.calendar
            excerpt = try excerpt.map { try KPIBoard.refreshed($0, from: store, at: state.now, calendar: calendar, oldestTouched: countersTouchedSince) }
                ?? KPIBoard.readExcerpt(from: store, at: state.now, calendar: calendar)
            countersTouchedSince = nil
            guard let window = choice.window(now: state.now, config: store.config) else { return .boardLoaded(choice, nil) }
            return .boardLoaded(choice, try KPIBoard.load(from: store, window: window, at: state.now, excerpt: excerpt!))
        } catch {
            return .readFailed("\(error)")
        }
    }

    /// Writes the text to a private file, hands the terminal to the editor, and reads back what
    /// the user saved. The file stays until its content is recorded, so no work is lost.
    func edit(_ request: EditRequest) -> EditOutcome {
        guard let host else { return .couldNotStart("there is no terminal to run an editor in") }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("newsroom-\(request.name.prefix(24))-\(UUID().uuidString.prefix(6)).txt")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(request.text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return .couldNotStart("cannot write \(file.path) for the editor")
        }
        do {
            let status = try host.edit(file)
            guard status == 0 else { return .editorFailed(status: status, file: file.path) }
            return .saved(text: (try? String(contentsOf: file, encoding: .utf8)) ?? "", file: file.path)
        } catch {
            // Nothing was edited: the file holds only what the console wrote.
            try? FileManager.default.removeItem(at: file)
            return .couldNotStart("\(error)")
        }
    }

    /// Writes the day's briefing as Markdown to `exports/briefing-YYYY-MM-DD.md`.
    func exportBriefing(_ date: LocalDate) throws -> URL {
        let report = try BriefingReport.load(from: store, date: date, at: state.now)
        let markdown = BriefingMarkdown(report: report, config: store.config).render()
        let url = store.folder.exports.appendingPathComponent("briefing-\(date).md")
        guard !store.isReadOnly else {
            throw PrivateFileError(path: url.path, reason: "the newsroom is read-only, so is its exports/ folder; `newsroom briefing --date \(date) --format markdown > FILE` writes the briefing elsewhere")
        }
        try PrivateFile.write(Data(markdown.utf8), intoStoreFolder: url)
        return url
    }

    mutating func applyTheme(_ name: String, save: Bool) throws -> EffectResult {
        let loaded = try themes.loadStrictly(name)
        theme = loaded.adapted(to: colorLevel)
        guard save, let settingsFile else { return .themeApplied(name, savedTo: nil) }
        var settings = ConsoleSettings.read(from: settingsFile)
        settings.theme = name
        try settings.write(to: settingsFile)
        return .themeApplied(name, savedTo: settingsFile.path)
    }
}
