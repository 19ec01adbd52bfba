/// One key press as the app sees it, independent of how the terminal encoded it.
public enum Key: Hashable, Sendable {
    /// A printable character, including non-ASCII (`ä`, `漢`).
    case character(Character)
    /// Ctrl plus a letter (`ctrl("a")`); Ctrl-C arrives as a signal unless the terminal is raw.
    case ctrl(Character)
    /// Alt plus a character (terminals send Esc, then the character).
    case alt(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete, backspace
    case tab, backTab, enter, escape
    /// F1 … F12.
    case function(Int)
    /// The terminal changed size; the next frame is drawn at the new size.
    case resize
    /// A mouse event (only when mouse reporting is switched on).
    case mouse(MouseEvent)
    /// Text pasted in one piece (from bracketed paste or a test script).
    case paste(String)

    /// The space bar, as a character.
    public static let space = Key.character(" ")
}

/// A mouse event at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, release, click, scrollUp, scrollDown }
    public var kind: Kind
    public var position: Point

    public init(kind: Kind, position: Point) {
        self.kind = kind
        self.position = position
    }
}
