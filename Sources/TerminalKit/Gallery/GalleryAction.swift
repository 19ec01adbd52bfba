/// What a key does in the widget gallery.
public enum GalleryAction: String, Hashable, Sendable, CaseIterable {
    case quit, help, redraw
    case nextFocus, previousFocus, nextTab, previousTab
    case up, down, pageUp, pageDown, top, bottom, mark
    case prompt, menu, message, confirm

    /// The gallery's key table: it dispatches keys, fills the bottom bar and the help overlay.
    public static let keyMap = KeyMap<GalleryAction>([
        KeyBinding([.character("q")], .quit, "Quit", group: "Global", showsInBar: true),
        KeyBinding([.character("?")], .help, "Help", group: "Global", showsInBar: true),
        KeyBinding([.ctrl("l")], .redraw, "Redraw the screen", group: "Global"),
        KeyBinding([.tab], .nextFocus, "Next box", group: "Global", showsInBar: true),
        KeyBinding([.backTab], .previousFocus, "Focus previous box", group: "Global"),
        KeyBinding([.character("]")], .nextTab, "Next tab", group: "Global"),
        KeyBinding([.character("[")], .previousTab, "Previous tab", group: "Global"),
        KeyBinding([.character("k"), .up], .up, "Up", group: "Movement"),
        KeyBinding([.character("j"), .down], .down, "Down", group: "Movement", showsInBar: true),
        KeyBinding([.pageUp], .pageUp, "Page up", group: "Movement"),
        KeyBinding([.pageDown], .pageDown, "Page down", group: "Movement"),
        KeyBinding([.character("g"), .home], .top, "First row", group: "Movement"),
        KeyBinding([.character("G"), .end], .bottom, "Last row", group: "Movement"),
        KeyBinding([.space], .mark, "Mark row", group: "Movement"),
        KeyBinding([.character(":")], .prompt, "Prompt editor", group: "Widgets", showsInBar: true),
        KeyBinding([.character("m")], .menu, "Selection menu", group: "Widgets", showsInBar: true),
        KeyBinding([.character("t")], .message, "Message toast", group: "Widgets"),
        KeyBinding([.character("c")], .confirm, "Confirm toast", group: "Widgets"),
    ])
}
