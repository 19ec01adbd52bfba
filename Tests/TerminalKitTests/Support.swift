@testable import TerminalKit

/// A theme where every toolkit role has its own colour, so tests can tell roles apart by style.
let testTheme: Theme = {
    var styles: [StyleRole: Style] = [:]
    for (index, role) in StyleRole.toolkitRoles.enumerated() {
        styles[role] = Style(foreground: .indexed(UInt8(16 + index)))
    }
    styles[.selectedRow] = Style(foreground: .indexed(15), background: .indexed(4))
    return Theme(name: "test", summary: "one colour per role", styles: styles)
}()

/// Renders `widget` into a fresh canvas of `width`×`height`.
func draw(_ widget: some Widget, width: Int, height: Int, theme: Theme = testTheme) -> Canvas {
    var canvas = Canvas(size: Size(width: width, height: height))
    canvas.render(widget, in: canvas.bounds, theme: theme)
    return canvas
}

extension Canvas {
    /// The text of row `y` without trailing spaces.
    func trimmed(_ y: Int) -> String {
        var line = Substring(text(row: y))
        while line.last == " " { line.removeLast() }
        return String(line)
    }

    /// The column where `needle` starts in row `y`, counted in cells (wide glyphs count two).
    func column(of needle: String, row y: Int) -> Int? {
        let glyphs = TerminalText.glyphs(needle)
        guard let first = glyphs.first else { return nil }
        for x in 0..<size.width where self[x, y].text == first.text {
            var column = x
            var matches = true
            for glyph in glyphs {
                guard column < size.width, self[column, y].text == glyph.text else { matches = false; break }
                column += glyph.width
            }
            if matches { return x }
        }
        return nil
    }
}
