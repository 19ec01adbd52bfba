import TerminalKit

/// The console's key bindings as data: the same table dispatches keys, fills the bottom bar and
/// generates the help overlay, and a user file can remap it (DESIGN, "Keys").
public enum ConsoleKeyMap {
    public static let globalGroup = "Global"
    public static let movementGroup = "Move"
    public static let briefingGroup = "Briefing"

    public static let standard = KeyMap<ConsoleAction>([
        KeyBinding([.tab], .focusNext, "next pane", group: globalGroup),
        KeyBinding([.backTab], .focusPrevious, "previous pane", group: globalGroup),
        KeyBinding([.character("1")], .focusBriefing, "briefing", group: globalGroup),
        KeyBinding([.character("2")], .focusModeration, "moderation", group: globalGroup),
        KeyBinding([.character("3")], .focusKPIs, "KPIs", group: globalGroup),
        KeyBinding([.character("4")], .focusAmbassadors, "ambassadors", group: globalGroup),
        KeyBinding([.character("z")], .toggleZoom, "zoom", group: globalGroup, showsInBar: true),
        KeyBinding([.character("?")], .help, "help", group: globalGroup, showsInBar: true),
        KeyBinding([.character(":")], .commandLine, "command", group: globalGroup, showsInBar: true),
        KeyBinding([.character("/")], .filter, "filter", group: globalGroup),
        KeyBinding([.escape], .back, "back", group: globalGroup),
        KeyBinding([.character("q")], .quit, "quit", group: globalGroup, showsInBar: true),
        KeyBinding([.ctrl("l")], .redraw, "redraw", group: globalGroup),
        KeyBinding([.character("j"), .down], .moveDown, "down", group: movementGroup),
        KeyBinding([.character("k"), .up], .moveUp, "up", group: movementGroup),
        KeyBinding([.character("g"), .home], .moveTop, "first", group: movementGroup),
        KeyBinding([.character("G"), .end], .moveBottom, "last", group: movementGroup),
        KeyBinding([.pageDown], .pageDown, "page down", group: movementGroup),
        KeyBinding([.pageUp], .pageUp, "page up", group: movementGroup),
        KeyBinding([.enter], .open, "open story", group: movementGroup),
        KeyBinding([.character("s")], .share, "share", group: briefingGroup, showsInBar: true),
        KeyBinding([.character("h")], .hold, "hold", group: briefingGroup, showsInBar: true),
        KeyBinding([.character("e")], .embargo, "embargo", group: briefingGroup, showsInBar: true),
        KeyBinding([.character("p")], .pending, "pending", group: briefingGroup),
        KeyBinding([.character("u")], .undo, "undo", group: briefingGroup, showsInBar: true),
        KeyBinding([.character("J")], .moveStoryDown, "move story down", group: briefingGroup),
        KeyBinding([.character("K")], .moveStoryUp, "move story up", group: briefingGroup),
        KeyBinding([.character("[")], .previousDate, "previous day", group: briefingGroup),
        KeyBinding([.character("]")], .nextDate, "next day", group: briefingGroup),
        KeyBinding([.character("y")], .copyPostText, "copy post text", group: briefingGroup),
        KeyBinding([.character("t")], .teams, "teams that may share", group: briefingGroup),
        KeyBinding([.character("n")], .newStory, "new story", group: briefingGroup),
        KeyBinding([.character("E")], .editStory, "edit in $EDITOR", group: briefingGroup),
    ])

    /// The bindings that work in a pane: the global and movement ones, plus the pane's own.
    public static func forPane(_ pane: Pane, in map: KeyMap<ConsoleAction> = standard) -> KeyMap<ConsoleAction> {
        KeyMap(map.bindings.filter { $0.group == globalGroup || $0.group == movementGroup || (pane == .briefing && $0.group == briefingGroup) })
    }
}
