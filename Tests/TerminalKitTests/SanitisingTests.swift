import Testing
@testable import TerminalKit

@Suite("Control characters and escape sequences are neutralised")
struct SanitisingTests {
    static let hostile = "A\u{1b}]0;pwned\u{07}B\u{1b}[2JC"

    @Test("an OSC retitle and a clear-screen sequence show as placeholders")
    func escapeSequencesBecomePlaceholders() {
        var canvas = Canvas(size: Size(width: 30, height: 1))
        canvas.write(Self.hostile, x: 0, y: 0, style: .plain)
        #expect(canvas.trimmed(0) == "A␛]0;pwned␇B␛[2JC")
    }

    @Test("no cell ever holds a C0 or C1 control or DEL")
    func noControlReachesACell() {
        var text = ""
        for value in UInt32(0)...0x9F { text.unicodeScalars.append(Unicode.Scalar(value)!) }
        var canvas = Canvas(size: Size(width: 200, height: 1))
        canvas.write(text + Self.hostile, x: 0, y: 0, style: .plain)
        for cell in canvas.cells {
            for scalar in cell.text.unicodeScalars {
                #expect(!(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)), "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test("C1 controls become the replacement character")
    func c1ControlsAreReplaced() {
        #expect(TerminalText.glyphs("a\u{9B}2Jb").map(\.text) == ["a", "\u{FFFD}", "2", "J", "b"])
    }

    @Test("bidi overrides and zero-width characters are dropped")
    func invisibleFormattingIsDropped() {
        #expect(TerminalText.glyphs("ab\u{202E}cd\u{200B}e").map(\.text).joined() == "abcde")
    }

    @Test("emoji sequences are reduced to one unambiguous glyph", arguments: [
        ("👍🏽", "👍"), ("👨‍👩‍👧", "👨"), ("❤️", "❤"), ("🏳️‍🌈", "🏳"),
    ])
    func emojiSequencesAreSimplified(sample: String, expected: String) {
        #expect(TerminalText.glyphs(sample).map(\.text).joined() == expected)
    }

    @Test("newline and tab are visible placeholders in a single line")
    func lineBreaksInOneLineAreVisible() {
        #expect(TerminalText.glyphs("a\nb\tc\r\nd").map(\.text).joined() == "a␊b␉c␍␊d")
    }
}
