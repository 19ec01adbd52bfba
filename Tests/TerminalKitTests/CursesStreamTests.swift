import CNcursesw
import Testing
@testable import TerminalKit

/// Runs the real curses backend against an in-memory stream (no terminal needed).
@Suite("Curses backend on a captured stream", .serialized)
struct CursesStreamTests {
    static let size = Size(width: 60, height: 8)

    static func frame(_ text: String) -> Canvas {
        var canvas = Canvas(size: size)
        canvas.fill(canvas.bounds, style: Style(foreground: .indexed(2)))
        canvas.render(Box(title: "Zoë 👍🏽 東京", focused: true), in: canvas.bounds, theme: ThemeCatalog.builtInDefault.adapted(to: .palette256))
        canvas.write(text, x: 1, y: 2, style: Style(foreground: .indexed(208), attributes: .bold))
        return canvas
    }

    @Test("only the changed cell is written on the next frame")
    func onlyChangedCellsAreWritten() throws {
        let capture = try #require(CapturedOutput())
        let backend = try CursesBackend(output: .stream(term: "xterm-256color", size: Self.size, output: capture.output, input: capture.input), environment: [:])
        defer { backend.shutdown() }
        #expect(backend.size == Self.size)
        backend.present(Self.frame("Grüße aus 東京 und Köln"))
        let cellsAfterFirst = backend.cellsWritten
        let bytesAfterFirst = capture.byteCount
        #expect(cellsAfterFirst >= Self.size.width * Self.size.height - 10)
        backend.present(Self.frame("Grüße aus 東京 und Kiln"))
        #expect(backend.cellsWritten - cellsAfterFirst == 1)
        let bytes = capture.byteCount - bytesAfterFirst
        #expect(bytes > 0 && bytes < 40, "\(bytes) bytes for one cell")
        backend.present(Self.frame("Grüße aus 東京 und Kiln"))
        #expect(backend.cellsWritten - cellsAfterFirst == 1)
    }

    @Test("after handing the terminal to another program, the next frame is drawn in full")
    func suspendedRedrawsEverything() throws {
        let capture = try #require(CapturedOutput())
        let backend = try CursesBackend(output: .stream(term: "xterm-256color", size: Self.size, output: capture.output, input: capture.input), environment: [:])
        defer { backend.shutdown() }
        let frame = Self.frame("Editor")
        backend.present(frame)
        let before = backend.cellsWritten
        let result = backend.suspended { 42 }
        #expect(result == 42)
        backend.present(frame)
        #expect(backend.cellsWritten - before >= Self.size.width * Self.size.height - 10)
    }

    @Test("curses puts every glyph where the Canvas put it, and no control character is sent")
    func cursesAgreesWithTheCanvas() throws {
        let capture = try #require(CapturedOutput())
        let backend = try CursesBackend(output: .stream(term: "xterm-256color", size: Self.size, output: capture.output, input: capture.input), environment: [:])
        defer { backend.shutdown() }
        let sample = "äöüß 漢字 😀 👍🏽 👨‍👩‍👧 🇩🇪 e\u{301} ❤️ 🫠 Ａ x\u{1b}]0;pwned\u{07}"
        let canvas = Self.frame(sample)
        backend.present(canvas)
        let y: Int32 = 2
        var buffer = [wchar_t](repeating: 0, count: 8)
        for x in 0..<Self.size.width where !canvas[x, Int(y)].isContinuation {
            let count = cn_read_cell(y, Int32(x), &buffer, 8)
            let text = String(String.UnicodeScalarView(buffer.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
            #expect(text == canvas[x, Int(y)].text, "column \(x)")
        }
        let output = capture.text
        #expect(!output.contains("\u{1b}]0;"))
        #expect(!output.unicodeScalars.contains("\u{07}"))
        #expect(output.contains("␛]0;pwned␇"))
    }

    @Test("the colour level comes from the terminal's capabilities and NO_COLOR", arguments: [
        ("xterm-256color", [String: String](), ColorLevel.palette256),
        ("xterm", [:], .ansi8),
        ("vt100", [:], .monochrome),
        ("xterm-256color", ["NO_COLOR": "1"], .monochrome),
    ])
    func colourLevel(term: String, environment: [String: String], level: ColorLevel) throws {
        let capture = try #require(CapturedOutput())
        let backend = try CursesBackend(output: .stream(term: term, size: Self.size, output: capture.output, input: capture.input), environment: environment)
        defer { backend.shutdown() }
        #expect(backend.colorLevel == level)
        backend.present(Self.frame("Farbe"))
        if level == .monochrome {
            #expect(!capture.text.contains("\u{1b}[38;5;"))
        }
    }

    @Test("on a light terminal at eight colours, white text is drawn dark")
    func lightBackgroundAtEightColours() throws {
        let capture = try #require(CapturedOutput())
        let backend = try CursesBackend(output: .stream(term: "xterm", size: Self.size, output: capture.output, input: capture.input),
                                        environment: ["NEWSROOM_BACKGROUND": "light"])
        defer { backend.shutdown() }
        #expect(backend.background == .light)
        var canvas = Canvas(size: Self.size)
        canvas.write("Titel", x: 1, y: 1, style: Style(foreground: .rgb(255, 255, 255), attributes: .bold))
        backend.present(canvas)
        #expect(!capture.text.contains("\u{1b}[37m"))
        #expect(capture.text.contains("\u{1b}[30m"))
    }
}
