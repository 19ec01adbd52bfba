/// Paragraphs wrapped at word boundaries to the area's width (long words are broken), with a
/// scroll offset in lines. Tabs become spaces, line breaks start new lines, other control
/// characters are shown as placeholders like everywhere else.
public struct TextBlock: Widget {
    public var text: String
    public var role: StyleRole
    public var scroll: Int

    public init(_ text: String, role: StyleRole = .text, scroll: Int = 0) {
        self.text = text
        self.role = role
        self.scroll = scroll
    }

    /// `text` wrapped to `width` columns, one string per line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        let normalized = text.replacingTabs()
        for paragraph in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            var line: [Glyph] = []
            var lineWidth = 0
            var word: [Glyph] = []
            var wordWidth = 0
            func flushLine() {
                while line.last == .space { line.removeLast() }
                lines.append(line.map(\.text).joined())
                line = []
                lineWidth = 0
            }
            func placeWord() {
                if lineWidth > 0 && lineWidth + wordWidth > width { flushLine() }
                for glyph in word {
                    if lineWidth + glyph.width > width { flushLine() }
                    line.append(glyph)
                    lineWidth += glyph.width
                }
                word = []
                wordWidth = 0
            }
            TerminalText.forEachGlyph(in: String(paragraph)) { glyph in
                if glyph == .space {
                    placeWord()
                    if lineWidth > 0 && lineWidth < width {
                        line.append(glyph)
                        lineWidth += 1
                    }
                } else {
                    word.append(glyph)
                    wordWidth += glyph.width
                }
                return true
            }
            placeWord()
            flushLine()
        }
        return lines
    }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        let style = theme[role]
        canvas.fill(area, style: style)
        let lines = TextBlock.wrap(text, width: area.width)
        let start = Swift.max(0, Swift.min(scroll, lines.count - 1))
        for (offset, line) in lines.dropFirst(start).prefix(area.height).enumerated() {
            canvas.write(line, x: area.x, y: area.y + offset, style: style, maxWidth: area.width)
        }
    }
}

extension String {
    func replacingTabs() -> String {
        guard contains("\t") || contains("\r") else { return self }
        var result = ""
        for character in self {
            switch character {
            case "\t": result += "    "
            case "\r\n": result += "\n"
            case "\r": result += "\n"
            default: result.append(character)
            }
        }
        return result
    }
}
