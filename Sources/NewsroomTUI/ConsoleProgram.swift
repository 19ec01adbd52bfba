import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import TerminalKit

/// The edge of the console: turns keys into actions, runs `update`, and carries out its effects
/// against the store (append, export) and the screen (theme, redraw). `tick` follows the store:
/// a change by another console or `newsroom ingest` shows within a tick, without a key press.
public struct ConsoleProgram: TerminalProgram {
    public private(set) var state: ConsoleState
    public private(set) var theme: Theme
    /// Stories already read, by id; dropped when an event changes them.
    var storyCache: [StoryID: Story] = [:]
    let store: FolderStore
    let clock: any NewsroomClock
    let identity: ActorIdentity
    let themes: ThemeCatalog
    let colorLevel: ColorLevel
    let keyMap: KeyMap<ConsoleAction>
    /// Where `:theme NAME --save` keeps the choice (`$XDG_CONFIG_HOME/newsroom/settings.yaml`).
    let settingsFile: URL?
    /// The clipboard and `$EDITOR`; nil where there is no terminal to hand over.
    let host: (any ConsoleHost)?

    public init(store: FolderStore, clock: any NewsroomClock, identity: ActorIdentity, theme: Theme, themes: ThemeCatalog,
                colorLevel: ColorLevel, settingsFile: URL?, host: (any ConsoleHost)? = nil, date: LocalDate? = nil,
                keyMap: KeyMap<ConsoleAction> = ConsoleKeyMap.standard) throws {
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
        self.keyMap = keyMap
        self.host = host
        state.themeNames = themes.entries().map(\.name)
        if store.isReadOnly { state.message = ConsoleMessage("read-only store: you can look, nothing can be recorded, and it does not update live", isError: true) }
    }

    public var minimumSize: Size { ConsoleView.minimumSize }

    public func render(into canvas: inout Canvas) {
        ConsoleView(state: state, theme: theme, keyMap: keyMap).render(into: &canvas)
    }

    public mutating func handle(_ key: Key) -> ProgramStep {
        state.now = clock.now()
        if key == .resize { return .continue }
        let effects: [ConsoleEffect]
        if state.overlay != .none {
            effects = ConsoleUpdate.overlayKey(key, to: &state)
        } else if let action = keyMap.action(for: key) {
            effects = ConsoleUpdate.apply(action, to: &state)
        } else {
            state.message = ConsoleMessage("\(key) does nothing here; ? shows the keys")
            effects = []
        }
        return run(effects)
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
            reload(everything: true)
            return true
        }
        if (try? store.hasChanges()) == true {
            reload()
            return true
        }
        return after != before
    }

    // MARK: Effects

    mutating func run(_ effects: [ConsoleEffect]) -> ProgramStep {
        var step = ProgramStep.continue
        for effect in effects {
            do {
                switch effect {
                case .record(let payloads, let done, let undoable):
                    let events = payloads.map { NewEvent(Event(time: state.now, by: identity, payload: $0)) }
                    let stored = try store.append(events)
                    if let story = undoable, let first = stored.first {
                        state.undoStack.append(UndoEntry(date: state.date, story: story, eventID: first.event.id))
                    }
                    reload()
                    state.message = ConsoleMessage(done)
                case .undo(let entry):
                    guard let briefing = try store.briefing(on: entry.date) else { continue }
                    let payload = try BriefingRules.undo(story: entry.story, on: briefing, lastEventID: entry.eventID)
                    try store.append([NewEvent(Event(time: state.now, by: identity, payload: payload))])
                    reload()
                    state.message = ConsoleMessage("undone: the decision before it is back")
                case .reload:
                    reload(everything: true)
                case .exportBriefing:
                    let url = try exportBriefing()
                    state.message = ConsoleMessage("briefing exported to \(url.path)")
                case .setTheme(let name, let save):
                    try applyTheme(name, save: save)
                case .copy(let text, let label):
                    guard let host else { throw ConsoleProblem("there is no terminal to copy through") }
                    state.message = ConsoleMessage("\(label): \(host.copyToClipboard(text))")
                case .editStory(let id):
                    try editStory(id)
                    step = .redrawAll
                case .redrawAll:
                    step = .redrawAll
                case .quit:
                    return .quit
                }
            } catch {
                state.message = ConsoleMessage("\(error)", isError: true)
                reload()
            }
        }
        return step
    }

    /// Reads what changed since the snapshot: only the areas and stories the new events touch, so
    /// following the store stays cheap. `everything` reads every area again (a new day, a new
    /// minute); stories are read again only when an event changed them, or after a large import.
    mutating func reload(everything: Bool = false) {
        let index = state.selectedIndex
        do {
            var areas = Set(ConsoleSnapshot.Area.allCases)
            if !everything {
                let events = try store.events(after: state.snapshot.lastSeq, limit: 2000)
                if events.count < 2000 {
                    let touched = ConsoleSnapshot.touched(by: events)
                    areas = touched.areas
                    for id in touched.stories { storyCache[id] = nil }
                } else {
                    storyCache.removeAll()
                }
            }
            state.snapshot = try ConsoleSnapshot.load(from: store, date: state.date, now: state.now, previous: state.snapshot,
                                                      areas: areas, knownStories: &storyCache)
        } catch {
            state.message = ConsoleMessage("could not read the newsroom: \(error)", isError: true)
        }
        state.repairSelection(near: index)
    }

    /// Opens the story in `$EDITOR` and records what changed. A broken edit changes nothing and
    /// keeps the text in its file, so no work is lost; a change by someone else meanwhile is a conflict.
    mutating func editStory(_ id: StoryID) throws {
        guard let host else { throw ConsoleProblem("there is no terminal to run an editor in") }
        guard let story = try store.story(id) else { throw ConsoleProblem("story \(id) is gone") }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("newsroom-story-\(id.rawValue.prefix(40))-\(UUID().uuidString.prefix(8)).txt")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(StoryText.render(story.content).utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ConsoleProblem("cannot write \(file.path) for the editor")
        }
        let status = try host.edit(file)
        guard status == 0 else {
            state.message = ConsoleMessage("the editor ended with status \(status): story unchanged; your text is kept in \(file.path)", isError: true)
            return
        }
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        let content: StoryContent
        do {
            content = try StoryText.parse(text)
        } catch {
            state.message = ConsoleMessage("story unchanged: \(error); your edit is kept in \(file.path)", isError: true)
            return
        }
        guard content != story.content else {
            try? FileManager.default.removeItem(at: file)
            state.message = ConsoleMessage("no changes")
            return
        }
        do {
            try store.append([NewEvent(Event(time: state.now, by: identity, payload: .storyEdited(StoryEdited(storyID: id, content: content))))],
                             expecting: ExpectedVersion(.story(id), version: story.version))
        } catch {
            state.message = ConsoleMessage("story unchanged: \(error); your edit is kept in \(file.path)", isError: true)
            return
        }
        try? FileManager.default.removeItem(at: file)
        reload()
        state.message = ConsoleMessage("story edited: \(String(content.headline.prefix(50)))")
    }

    /// Writes the day's briefing as Markdown to `exports/briefing-YYYY-MM-DD.md`.
    func exportBriefing() throws -> URL {
        let report = try BriefingReport.load(from: store, date: state.date, at: state.now)
        let markdown = BriefingMarkdown(report: report, config: store.config).render()
        try FileManager.default.createDirectory(at: store.folder.exports, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let url = store.folder.exports.appendingPathComponent("briefing-\(state.date).md")
        try Data(markdown.utf8).write(to: url, options: .atomic)
        return url
    }

    mutating func applyTheme(_ name: String, save: Bool) throws {
        let loaded = try themes.loadStrictly(name)
        theme = loaded.adapted(to: colorLevel)
        state.themeName = name
        var message = "theme \(name)"
        if save, let settingsFile {
            var settings = ConsoleSettings.read(from: settingsFile)
            settings.theme = name
            try settings.write(to: settingsFile)
            message += " saved to \(settingsFile.path)"
        }
        state.message = ConsoleMessage(message)
    }
}

/// Something the console could not do, said plainly.
struct ConsoleProblem: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
