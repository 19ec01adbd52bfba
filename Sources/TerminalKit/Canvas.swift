/// The grid of styled cells that every widget draws into and every backend shows.
///
/// Drawing is clipped to the canvas (and to an optional `limit` rectangle), wide glyphs never
/// spill past the right edge or half over another glyph, and text goes through `TerminalText`,
/// so nothing written here can contain a control character.
public struct Canvas: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
    }

    // MARK: Writing cells

    /// Puts one glyph at (x, y), mending any wide glyph it overlaps. Returns the columns used
    /// (0 when it does not fit before `limitX`, in which case a wide glyph leaves a space).
    @discardableResult
    public mutating func put(_ glyph: Glyph, x: Int, y: Int, style: Style, limitX: Int? = nil) -> Int {
        let right = min(limitX ?? size.width, size.width)
        guard y >= 0, y < size.height, x >= 0, x < right else { return 0 }
        if glyph.width == 2 && x + 1 >= right {
            setCell(Cell(text: " ", style: style, width: 1), x: x, y: y)
            return 1
        }
        setCell(Cell(text: glyph.text, style: style, width: UInt8(glyph.width)), x: x, y: y)
        if glyph.width == 2 {
            setCell(Cell(text: "", style: style, width: 0), x: x + 1, y: y)
        }
        return glyph.width
    }

    private mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        let index = y * size.width + x
        let old = cells[index]
        if old.width == 0 && x > 0 && cell.width != 0 {
            cells[index - 1] = Cell(text: " ", style: cells[index - 1].style, width: 1)
        }
        if old.width == 2 && x + 1 < size.width && cell.width != 2 {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style, width: 1)
        }
        cells[index] = cell
    }

    /// Writes `text` from (x, y) rightwards, at most `maxWidth` columns, cut with `…` when it
    /// does not fit. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        let available = min(maxWidth ?? (size.width - x), size.width - x)
        guard available > 0, y >= 0, y < size.height else { return 0 }
        var column = x
        for glyph in TerminalText.truncated(text, toWidth: available) {
            column += put(glyph, x: column, y: y, style: style, limitX: x + available)
        }
        return column - x
    }

    /// Writes `text` inside one row of `rect`, aligned, padding the rest of the row with `style`.
    public mutating func write(_ text: String, in rect: Rect, style: Style, alignment: Alignment = .leading) {
        guard !rect.isEmpty else { return }
        fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        let glyphs = TerminalText.truncated(text, toWidth: rect.width)
        let width = glyphs.reduce(0) { $0 + $1.width }
        var column = rect.x + alignment.offset(content: width, in: rect.width)
        for glyph in glyphs {
            column += put(glyph, x: column, y: rect.y, style: style, limitX: rect.maxX)
        }
    }

    /// Fills `rect` with `character` (one narrow glyph) in `style`.
    public mutating func fill(_ rect: Rect, style: Style, with character: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let cell = Cell(text: String(character), style: style, width: 1)
        for y in area.y..<area.maxY {
            if area.x > 0 && self[area.x, y].isContinuation {
                cells[y * size.width + area.x - 1] = Cell(text: " ", style: self[area.x - 1, y].style)
            }
            if area.maxX < size.width && self[area.maxX, y].isContinuation {
                cells[y * size.width + area.maxX] = Cell(text: " ", style: self[area.maxX, y].style)
            }
            let start = y * size.width + area.x
            for index in start..<(start + area.width) { cells[index] = cell }
        }
    }

    // MARK: Reading (tests, backends)

    /// The text of row `y` as a person sees it (continuation cells add nothing).
    public func text(row y: Int) -> String {
        var line = ""
        for x in 0..<size.width { line += self[x, y].text }
        return line
    }

    /// Every row's text.
    public var lines: [String] { (0..<size.height).map { text(row: $0) } }

    /// The rows as text without trailing spaces, joined by newlines (for readable test failures).
    public var dump: String {
        lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }
}

/// Where content sits in a wider space.
public enum Alignment: Sendable, Hashable {
    case leading, center, trailing

    func offset(content: Int, in width: Int) -> Int {
        switch self {
        case .leading: return 0
        case .center: return max(0, (width - content) / 2)
        case .trailing: return max(0, width - content)
        }
    }
}
