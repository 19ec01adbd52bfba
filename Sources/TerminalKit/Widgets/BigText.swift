/// Figures five rows tall in block characters, readable from the back of a room on a projector
/// at 80×24: digits, `. , : / % + -` and the `k M G` of shortened numbers. Other characters are
/// drawn as a gap; the text's width is 4 columns per character (3 and a space).
public struct BigText: Widget {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, role: StyleRole = .text) {
        self.text = text
        self.role = role
    }

    public static let height = 5

    /// Columns the text takes.
    public static func width(of text: String) -> Int { max(0, text.count * 4 - 1) }

    static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"], "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"], "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"], "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"], "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"], "9": ["███", "█ █", "███", "  █", "███"],
        ".": ["   ", "   ", "   ", "   ", " █ "], ",": ["   ", "   ", "   ", " █ ", "█  "],
        ":": ["   ", " █ ", "   ", " █ ", "   "], "/": ["  █", "  █", " █ ", "█  ", "█  "],
        "%": ["█ █", "  █", " █ ", "█  ", "█ █"], "+": ["   ", " █ ", "███", " █ ", "   "],
        "-": ["   ", "   ", "███", "   ", "   "], "k": ["█  ", "█ █", "██ ", "█ █", "█ █"],
        "M": ["█ █", "███", "███", "█ █", "█ █"], "G": ["███", "█  ", "█ █", "█ █", "███"],
        " ": ["   ", "   ", "   ", "   ", "   "],
    ]

    /// The five lines of the text.
    public static func lines(_ text: String) -> [String] {
        (0..<height).map { row in text.map { glyphs[$0]?[row] ?? "   " }.joined(separator: " ") }
    }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        for (i, line) in BigText.lines(text).prefix(area.height).enumerated() {
            canvas.write(line, x: area.x, y: area.y + i, style: theme[role], maxWidth: area.width)
        }
    }
}
