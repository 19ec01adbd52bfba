import Testing
@testable import TerminalKit

@Suite("Canvas")
struct CanvasTests {
    @Test("a wide character never spills past the right edge")
    func wideCharacterAtTheRightEdge() {
        var canvas = Canvas(size: Size(width: 5, height: 2))
        let used = canvas.write("abcd漢", x: 0, y: 0, style: .plain)
        #expect(used == 5)
        #expect(canvas.text(row: 0) == "abcd…")
        canvas.write("ab漢", x: 2, y: 1, style: .plain)
        #expect(canvas.text(row: 1) == "  ab…")
        let glyph = TerminalText.glyphs("漢")[0]
        #expect(canvas.put(glyph, x: 4, y: 0, style: .plain) == 1)
        #expect(canvas[4, 0].text == " ")
        #expect(canvas[4, 0].width == 1)
        #expect(canvas.cells.allSatisfy { $0.width <= 2 })
    }

    @Test("a wide character that fits exactly ends at the edge")
    func wideCharacterFitsExactly() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.write("ab漢", x: 0, y: 0, style: .plain)
        #expect(canvas[2, 0].text == "漢")
        #expect(canvas[2, 0].width == 2)
        #expect(canvas[3, 0].isContinuation)
        #expect(canvas.text(row: 0) == "ab漢")
    }

    @Test("text that does not fit is cut with an ellipsis")
    func truncationUsesEllipsis() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        canvas.write("Kommentarspalte", x: 0, y: 0, style: .plain, maxWidth: 8)
        #expect(canvas.trimmed(0) == "Komment…")
        canvas.write("漢字漢字漢字", x: 0, y: 0, style: .plain, maxWidth: 6)
        #expect(canvas.trimmed(0).hasPrefix("漢字…"))
    }

    @Test("overwriting half of a wide glyph blanks the other half")
    func overwritingHalfAWideGlyphMendsIt() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.write("漢字", x: 0, y: 0, style: .plain)
        canvas.write("x", x: 1, y: 0, style: .plain)
        #expect(canvas.text(row: 0) == " x字")
        canvas.write("y", x: 2, y: 0, style: .plain)
        #expect(canvas.text(row: 0) == " xy ")
        #expect(canvas.cells.allSatisfy { $0.width == 1 })
    }

    @Test("writing outside the canvas is ignored")
    func outOfBoundsWritesAreClipped() {
        var canvas = Canvas(size: Size(width: 3, height: 1))
        #expect(canvas.write("abc", x: 5, y: 0, style: .plain) == 0)
        #expect(canvas.write("abc", x: 0, y: 3, style: .plain) == 0)
        #expect(canvas.write("abc", x: -1, y: 0, style: .plain) == 0)
        #expect(canvas.text(row: 0) == "   ")
    }

    @Test("aligned writes pad the row with the style")
    func alignedWrite() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        let style = Style(foreground: .indexed(1))
        canvas.write("äö", in: Rect(x: 0, y: 0, width: 6, height: 1), style: style, alignment: .trailing)
        #expect(canvas.text(row: 0) == "    äö")
        #expect(canvas.cells.allSatisfy { $0.style == style })
    }

    @Test("a zero-size canvas accepts drawing without crashing")
    func zeroSizeCanvas() {
        var canvas = Canvas(size: Size(width: 0, height: 0))
        canvas.write("x", x: 0, y: 0, style: .plain)
        canvas.fill(Rect(x: 0, y: 0, width: 5, height: 5), style: .plain)
        canvas.render(Box(title: "t"), in: canvas.bounds, theme: testTheme)
        #expect(canvas.cells.isEmpty)
    }
}
