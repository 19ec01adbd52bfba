/// A full-screen gallery of every TerminalKit widget in one theme (`newsroom themes NAME`):
/// for choosing a theme for the wall screen, and as a living test of the toolkit.
public struct WidgetGallery: TerminalProgram {
    public var theme: Theme
    /// Shown in the status bar (for example why the requested theme could not be loaded).
    public var notice: String
    public let minimumSize = Size(width: 80, height: 24)
    public private(set) var focus = 0
    public private(set) var tab = 0
    public private(set) var list = ListState()
    public private(set) var table = ListState()
    public private(set) var showsHelp = false
    public private(set) var prompt: PromptEditor?
    public private(set) var menu: SelectionMenu?
    public private(set) var toast: Toast?
    private var history: [String] = []
    private var visibleRows = 10

    static let boxTitles = ["List", "Table", "Gauges", "Text"]
    static let tabTitles = ["Overview", "Briefing", "Moderation", "KPIs", "Ambassadors"]

    /// `warning`, when given, opens as a toast (for example why the theme fell back to the default).
    public init(theme: Theme, notice: String = "", warning: String? = nil) {
        self.theme = theme
        self.notice = notice
        self.toast = warning.map { Toast($0, role: .overlay) }
    }

    // MARK: Keys

    public mutating func handle(_ key: Key) -> ProgramStep {
        if key == .resize { return .continue }
        if case .mouse(let event) = key {
            if event.kind == .scrollUp { moveSelection(by: -1) }
            if event.kind == .scrollDown { moveSelection(by: 1) }
            return .continue
        }
        if prompt != nil { handlePrompt(key); return .continue }
        if menu != nil { handleMenu(key); return .continue }
        if let current = toast {
            if current.kind == .message || current.answer(to: key) != nil {
                if let answer = current.answer(to: key) { notice = answer ? "Confirmed." : "Not confirmed." }
                toast = nil
                return .continue
            }
            return .continue
        }
        if showsHelp {
            showsHelp = false
            return key == .character("q") ? .quit : .continue
        }
        guard let action = GalleryAction.keyMap.action(for: key) else { return .continue }
        return perform(action)
    }

    mutating func perform(_ action: GalleryAction) -> ProgramStep {
        switch action {
        case .quit: return .quit
        case .help: showsHelp = true
        case .redraw: return .redrawAll
        case .nextFocus: focus = (focus + 1) % Self.boxTitles.count
        case .previousFocus: focus = (focus + Self.boxTitles.count - 1) % Self.boxTitles.count
        case .nextTab: tab = (tab + 1) % Self.tabTitles.count
        case .previousTab: tab = (tab + Self.tabTitles.count - 1) % Self.tabTitles.count
        case .up: moveSelection(by: -1)
        case .down: moveSelection(by: 1)
        case .pageUp: moveSelection(by: -visibleRows)
        case .pageDown: moveSelection(by: visibleRows)
        case .top: moveSelection(by: -GallerySamples.listCount)
        case .bottom: moveSelection(by: GallerySamples.listCount)
        case .mark:
            if focus == 1 { table.toggleMark() } else { list.toggleMark() }
        case .prompt: prompt = PromptEditor(history: history)
        case .menu: menu = SelectionMenu(title: "Pick one", items: GallerySamples.menuItems)
        case .message: toast = Toast("Saved. This is a message toast; any key closes it.")
        case .confirm: toast = Toast("Hide 3 marked comments as spam?", kind: .confirm)
        }
        return .continue
    }

    private mutating func moveSelection(by delta: Int) {
        if focus == 1 {
            table.move(by: delta, count: GallerySamples.tableRows.count, visibleRows: visibleRows)
        } else {
            list.move(by: delta, count: GallerySamples.listCount, visibleRows: visibleRows)
        }
    }

    private mutating func handlePrompt(_ key: Key) {
        guard var editor = prompt else { return }
        switch editor.handle(key) {
        case .submitted(let text):
            history = editor.history
            notice = "You typed: \(text)"
            prompt = nil
        case .cancelled:
            prompt = nil
        case .edited, .ignored:
            prompt = editor
        }
    }

    private mutating func handleMenu(_ key: Key) {
        guard var current = menu else { return }
        switch current.handle(key) {
        case .picked(let index):
            notice = "Picked: \(current.items[index])"
            menu = nil
        case .cancelled:
            menu = nil
        case .none:
            menu = current
        }
    }
}
