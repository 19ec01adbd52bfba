import CNcursesw
import Testing
@testable import TerminalKit

@Suite("Display width counted like ncurses and tmux")
struct DisplayWidthTests {
    @Test("width of single scalars equals glibc wcwidth")
    func singleScalarsMatchWcwidth() {
        _ = TerminalLocale.prepared
        var checked = 0
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FFF, 0x3000...0x33FF, 0x4E00...0x4FFF, 0xAC00...0xAD00, 0xFF00...0xFFEF, 0x1F000...0x1FAFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(DisplayWidth.of(scalar) == Int(wcwidth(wchar_t(bitPattern: value))), "U+\(String(value, radix: 16))")
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }

    @Test("strings measure as the terminal draws them", arguments: [
        ("äöüß", 4), ("漢字", 4), ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇩🇪", 2),
        ("e\u{301}", 1), ("❤️", 1), ("🫠", 2), ("Ａ", 2), ("abc", 3), ("\u{200B}", 0),
    ])
    func stringWidths(sample: String, width: Int) {
        #expect(DisplayWidth.of(sample) == width)
    }

    @Test("every glyph has width 1 or 2 and its width is the wcwidth sum of its scalars")
    func glyphWidthsAreWcwidthSums() {
        let sample = "Müller 東京 👍🏽 👨‍👩‍👧 🇩🇪 e\u{301} ❤️ Z\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307} \u{1b}[2J"
        for glyph in TerminalText.glyphs(sample) {
            #expect(glyph.width == 1 || glyph.width == 2)
            let sum = glyph.text.unicodeScalars.reduce(0) { $0 + Int(wcwidth(wchar_t(bitPattern: $1.value))) }
            #expect(sum == glyph.width, "\(glyph.text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("a cell keeps at most five scalars (Zalgo text stays bounded)")
    func combiningMarksAreBounded() {
        let zalgo = "Z" + String(repeating: "\u{301}", count: 50)
        let glyphs = TerminalText.glyphs(zalgo)
        #expect(glyphs.count == 1)
        #expect(glyphs[0].text.unicodeScalars.count == 5)
    }
}
