import TerminalKit

/// The console's key contexts as data: global, movement, one per pane (from the pane's folder),
/// and one per overlay. The same tables dispatch keys, fill the bottom bar and make the help, and
/// settings.yaml remaps them per context (DESIGN, "Keys").
public enum ConsoleKeys {
    public static let global = "global"
    public static let movement = "movement"
    public static let help = "help"
    public static let messages = "messages"
    public static let confirm = "confirm"
    public static let prompt = "prompt"
    public static let menu = "menu"

    static func shell(_ keys: [Key], _ action: ShellAction, _ text: String, bar: Bool = false) -> KeyBinding<ConsoleAction> {
        KeyBinding(keys, .shell(action), text, group: "Global", showsInBar: bar)
    }

    static func move(_ keys: [Key], _ action: Movement, _ text: String) -> KeyBinding<ConsoleAction> {
        KeyBinding(keys, .move(action), text, group: "Move")
    }

    static func overlay(_ keys: [Key], _ action: OverlayAction, _ text: String, group: String, bar: Bool = true) -> KeyBinding<ConsoleAction> {
        KeyBinding(keys, .overlay(action), text, group: group, showsInBar: bar)
    }

    static let globalContext = KeyContext<ConsoleAction>(global, title: "Global", [
        shell([.tab], .focusNext, "next pane"),
        shell([.backTab], .focusPrevious, "previous pane"),
        shell([.character("1")], .focusBriefing, "briefing"),
        shell([.character("2")], .focusModeration, "moderation"),
        shell([.character("3")], .focusKPIs, "KPIs"),
        shell([.character("4")], .focusAmbassadors, "ambassadors"),
        shell([.character("z")], .toggleZoom, "zoom", bar: true),
        shell([.character("W")], .toggleWall, "wall mode: the KPIs large and alone"),
        shell([.character("?")], .help, "help", bar: true),
        shell([.character(":")], .commandLine, "command", bar: true),
        shell([.character("/")], .filter, "filter"),
        shell([.character("M")], .messages, "messages in full"),
        shell([.character("!")], .jumpToUrgent, "to the new P1 item the top bar raises"),
        shell([.character("C")], .jumpToCrisis, "from the storm alert to the comments on the post behind it"),
        shell([.escape], .back, "back"),
        shell([.character("q")], .quit, "quit", bar: true),
        shell([.ctrl("l")], .redraw, "redraw"),
    ])

    static let movementContext = KeyContext<ConsoleAction>(movement, title: "Move", [
        move([.character("j"), .down], .moveDown, "down"),
        move([.character("k"), .up], .moveUp, "up"),
        move([.character("g"), .home], .moveTop, "first"),
        move([.character("G"), .end], .moveBottom, "last"),
        move([.pageDown], .pageDown, "page down"),
        move([.pageUp], .pageUp, "page up"),
        move([.enter], .open, "open"),
    ])

    static func scrolling(_ group: String) -> [KeyBinding<ConsoleAction>] {
        [
            overlay([.character("j"), .down], .scrollDown, "scroll down", group: group, bar: false),
            overlay([.character("k"), .up], .scrollUp, "scroll up", group: group, bar: false),
            overlay([.pageDown, .space], .scrollPageDown, "page down", group: group, bar: false),
            overlay([.pageUp], .scrollPageUp, "page up", group: group, bar: false),
            overlay([.character("g"), .home], .scrollTop, "top", group: group, bar: false),
            overlay([.character("G"), .end], .scrollBottom, "end", group: group, bar: false),
        ]
    }

    static let helpContext = KeyContext<ConsoleAction>(help, title: "Help", [
        overlay([.escape, .character("q"), .character("?"), .enter], .close, "close", group: "Help"),
    ] + scrolling("Help"))

    static let messagesContext = KeyContext<ConsoleAction>(messages, title: "Messages", [
        overlay([.escape, .character("q"), .character("M"), .enter], .close, "close", group: "Messages"),
    ] + scrolling("Messages"))

    static let confirmContext = KeyContext<ConsoleAction>(confirm, title: "Question", [
        overlay([.character("y")], .yes, "yes", group: "Question"),
        overlay([.character("n"), .escape], .no, "no", group: "Question"),
    ])

    static let promptContext = KeyContext<ConsoleAction>(prompt, title: "Prompt", [
        overlay([.enter], .submit, "done", group: "Prompt"),
        overlay([.escape, .ctrl("c")], .cancel, "cancel", group: "Prompt"),
        overlay([.tab], .complete, "complete", group: "Prompt", bar: false),
        overlay([.up], .historyPrevious, "earlier", group: "Prompt", bar: false),
        overlay([.down], .historyNext, "later", group: "Prompt", bar: false),
    ])

    /// A menu takes every key itself (arrows, Enter, Esc, letters to filter); only help is bound.
    static let menuContext = KeyContext<ConsoleAction>(menu, title: "Menu", [])

    /// Every context and the chains in force together.
    public static let standard = KeyContexts<ConsoleAction>(
        [globalContext, movementContext, BriefingKeys.context, ModerationKeys.context, KPIKeys.context, AmbassadorKeys.context,
         helpContext, messagesContext, confirmContext, promptContext, menuContext],
        chains: Pane.allCases.map { [$0.keyContext, movement, global] } + [[help], [messages], [confirm], [prompt], [menu]])

    /// The bindings the help shows for a pane: the pane's first, then movement, then global.
    public static func helpSections(for pane: Pane, in contexts: KeyContexts<ConsoleAction>) -> [KeyContext<ConsoleAction>] {
        [pane.keyContext, movement, global].compactMap { contexts[$0] }
    }
}
