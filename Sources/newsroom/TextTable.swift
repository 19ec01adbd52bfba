import TerminalKit

/// A plain-text table for command output: columns aligned by display width (umlauts, emoji, CJK),
/// cells made safe for a terminal (control characters shown, never sent) and cut with `…`.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var alignment: Alignment = .left
        var maxWidth: Int = 60
    }

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) { self.columns = columns }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let cells = ([columns.map(\.title)] + rows).map { row in
            columns.indices.map { i in TerminalText.truncated(i < row.count ? row[i] : "", toWidth: columns[i].maxWidth) }
        }
        let widths = columns.indices.map { i in cells.map { $0[i].reduce(0) { $0 + $1.width } }.max() ?? 0 }
        return cells.map { row in
            columns.indices.map { i -> String in
                let glyphs = row[i]
                let text = glyphs.map(\.text).joined()
                let pad = String(repeating: " ", count: widths[i] - glyphs.reduce(0) { $0 + $1.width })
                if i == columns.count - 1, columns[i].alignment == .left { return text }
                return columns[i].alignment == .left ? text + pad : pad + text
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

/// One line of untrusted text for a terminal: controls neutralised, line breaks as spaces, cut to `width`.
func terminalLine(_ text: String, width: Int) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return TerminalText.truncated(flat, toWidth: width).map(\.text).joined()
}
