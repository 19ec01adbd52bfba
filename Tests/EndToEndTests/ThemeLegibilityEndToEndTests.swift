import Foundation
import Testing

extension EndToEndTests {
    /// The default theme in the gallery at eight colours (`TERM=xterm`), on a dark and on a light
    /// terminal, read back with its colours (`capture-pane -e`): badges must not be drawn in one
    /// colour on the same colour, and titles must not be white on a white background.
    @Suite("theme legibility at eight colours")
    final class ThemeLegibilityEndToEndTests {
        let config: URL

        init() throws {
            config = FileManager.default.temporaryDirectory.appendingPathComponent("nr-e2e-legibility-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: config) }

        /// Starts the gallery at `TERM=xterm` with `background` settings; with `whenReady`, only
        /// once the file `go` exists, so tmux can be set up first.
        func startGallery(background: [String: String], whenReady: Bool = false) throws -> TmuxSession {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found; looked in: \(NewsroomBinary.candidates)")
            let environment = ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": config.path, "HOME": config.path, "PATH": "/usr/bin:/bin"]
            let settings = background.sorted { $0.key < $1.key }.map { "\($0.key)=\(shellQuoted($0.value))" }.joined(separator: " ")
            // tmux sets TERM in the pane itself, so it is passed through `env`; the tmux server
            // inherits this process's environment, so what would decide colours for it is removed.
            return try TmuxSession(width: 120, height: 40, environment: environment) { dir in
                let gallery = "env -u NO_COLOR -u COLORFGBG -u NEWSROOM_BACKGROUND TERM=xterm \(settings) \(shellQuoted(binary)) themes default"
                guard whenReady else { return gallery }
                let script = "until [ -e \(shellQuoted(dir + "/go")) ]; do sleep 0.05; done; \(gallery)"
                return "sh -c \(shellQuoted(script))"
            }
        }

        @Test("on a dark terminal the badges are not drawn in one colour on the same colour, and the selection shows")
        func badgesOnDark() throws {
            let session = try startGallery(background: ["NEWSROOM_BACKGROUND": "dark"])
            let badges = [" ok ", " warn ", " alert ", " held ", " new", " hidden"]
            session.waitForColours("badges in two colours") { screen in
                screen.problems(with: badges) { $0.foreground == $0.background }
            }
            // The selected row must not be black on a black terminal.
            session.waitForColours("the selected row on its own background") { screen in
                screen.problems(with: ["#1 Müller"]) { [.terminalDefault, .indexed(0)].contains($0.background) }
            }
        }

        @Test("on a light terminal (COLORFGBG=0;15) titles and text are not white or light grey")
        func textOnLight() throws {
            let session = try startGallery(background: ["COLORFGBG": "0;15"])
            let texts = ["List: 1 of 1,000,000", "theme: default", "Themes map semantic", " held "]
            session.waitForColours("dark text on the light background") { screen in
                screen.problems(with: texts) { cell in
                    cell.foreground == cell.background || (cell.background == .terminalDefault && cell.foreground.isLight)
                }
            }
        }

        @Test("without settings the terminal is asked (OSC 11): a white pane in tmux gets dark titles")
        func askedBackground() throws {
            let session = try startGallery(background: [:], whenReady: true)
            for option in ["window-style", "window-active-style"] {
                _ = Spawn.run(["tmux", "-L", session.server, "set-option", "-g", option, "bg=#ffffff"])
            }
            #expect(FileManager.default.createFile(atPath: session.folder.appendingPathComponent("go").path, contents: Data()))
            session.waitForColours("dark titles after tmux answered white") { screen in
                screen.problems(with: ["List: 1 of 1,000,000", "theme: default"]) { cell in
                    cell.foreground == cell.background || cell.foreground.isLight || cell.foreground == .terminalDefaultForeground
                }
            }
        }
    }
}

/// One colour as tmux reports it in SGR: the terminal's default, or a palette index.
enum ScreenColour: Hashable, CustomStringConvertible {
    case terminalDefault
    case terminalDefaultForeground
    case indexed(Int)
    case rgb(Int, Int, Int)

    /// White, bright white or light grey (palette 7, 15, 231, 250–255), or the default text
    /// colour drawn as a background (reverse video on a light terminal).
    var isLight: Bool {
        switch self {
        case .indexed(let index): return [7, 15, 231].contains(index) || (250...255).contains(index)
        case .rgb(let r, let g, let b): return r + g + b > 600
        default: return false
        }
    }

    var description: String {
        switch self {
        case .terminalDefault: return "default"
        case .terminalDefaultForeground: return "default-fg"
        case .indexed(let index): return "\(index)"
        case .rgb(let r, let g, let b): return "rgb(\(r),\(g),\(b))"
        }
    }
}

/// A cell as seen: its character and the colours it is shown in (reverse video applied).
struct ScreenCell: CustomStringConvertible {
    var character: Character
    var foreground: ScreenColour
    var background: ScreenColour
    var description: String { "'\(character)' \(foreground) on \(background)" }
}

/// The pane read with `capture-pane -e`: rows of cells with their colours.
struct ColouredScreen {
    var rows: [[ScreenCell]]
    var raw: String

    init(_ text: String) {
        raw = text
        var pen = Pen()
        rows = text.split(separator: "\n", omittingEmptySubsequences: false).map { Self.cells($0, pen: &pen) }
    }

    /// The colours in effect; tmux carries them from one line to the next.
    struct Pen {
        var foreground = ScreenColour.terminalDefaultForeground
        var background = ScreenColour.terminalDefault
        var reverse = false
    }

    /// The cells of the first place `text` appears, or nil.
    func cells(of text: String) -> [ScreenCell]? {
        let wanted = Array(text)
        for row in rows where row.count >= wanted.count {
            for start in 0...(row.count - wanted.count) where row[start..<start + wanted.count].map(\.character) == wanted {
                return Array(row[start..<start + wanted.count])
            }
        }
        return nil
    }

    /// What is wrong with the places `texts` appear: a text not on screen, or its cells for which
    /// `isIllegible` holds; nil when nothing is.
    func problems(with texts: [String], _ isIllegible: (ScreenCell) -> Bool) -> String? {
        let found = texts.map { text in
            guard let cells = cells(of: text) else { return "'\(text)' is not on screen" }
            let bad = cells.filter(isIllegible)
            return bad.isEmpty ? nil : "'\(text)': \(bad.map(\.description).joined(separator: ", "))"
        }.compactMap { $0 }
        return found.isEmpty ? nil : found.joined(separator: "\n")
    }

    /// Interprets SGR sequences (`ESC [ … m`) the way a terminal does.
    private static func cells(_ line: Substring, pen: inout Pen) -> [ScreenCell] {
        var result: [ScreenCell] = []
        var (foreground, background, reverse) = (pen.foreground, pen.background, pen.reverse)
        defer { pen = Pen(foreground: foreground, background: background, reverse: reverse) }
        var scalars = Array(line.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\u{1b}", scalars.first == "[" {
                scalars.removeFirst()
                var parameters = ""
                while let next = scalars.popFirst(), next != "m" { parameters.unicodeScalars.append(next) }
                var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
                while let code = codes.popFirst() {
                    switch code {
                    case 0: (foreground, background, reverse) = (.terminalDefaultForeground, .terminalDefault, false)
                    case 7: reverse = true
                    case 27: reverse = false
                    case 30...37: foreground = .indexed(code - 30)
                    case 39: foreground = .terminalDefaultForeground
                    case 40...47: background = .indexed(code - 40)
                    case 49: background = .terminalDefault
                    case 90...97: foreground = .indexed(code - 90 + 8)
                    case 100...107: background = .indexed(code - 100 + 8)
                    case 38, 48:
                        let colour: ScreenColour
                        if codes.first == 5, codes.count >= 2 {
                            colour = .indexed(codes.dropFirst().first ?? 0)
                            codes.removeFirst(2)
                        } else if codes.first == 2, codes.count >= 4 {
                            let values = Array(codes.dropFirst().prefix(3))
                            colour = .rgb(values[0], values[1], values[2])
                            codes.removeFirst(4)
                        } else {
                            continue
                        }
                        if code == 38 { foreground = colour } else { background = colour }
                    default: break
                    }
                }
                continue
            }
            let shown = reverse ? (background == .terminalDefault ? .terminalDefaultForeground : background, foreground == .terminalDefaultForeground ? .terminalDefault : foreground) : (foreground, background)
            result.append(ScreenCell(character: Character(scalar), foreground: shown.0, background: shown.1))
        }
        return result
    }
}

extension TmuxSession {
    /// The pane with its colours (`capture-pane -e -p`).
    func colouredScreen() -> ColouredScreen {
        ColouredScreen(Spawn.run(["tmux", "-L", server, "capture-pane", "-e", "-p", "-t", "main"]).output)
    }

    /// Polls the coloured pane until `problems` finds none or the deadline passes; then records
    /// a failure with the last problems and the screen (escape sequences made visible).
    func waitForColours(_ what: String, sourceLocation: SourceLocation = #_sourceLocation, _ problems: (ColouredScreen) -> String?) {
        let start = ContinuousClock.now
        var last = colouredScreen()
        while let problem = problems(last) {
            if ContinuousClock.now - start > Self.deadline {
                let visible = last.raw.replacingOccurrences(of: "\u{1b}", with: "␛")
                Issue.record("waited \(Self.deadline) for \(what):\n\(problem)\nthe screen showed:\n\(visible)", sourceLocation: sourceLocation)
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
            last = colouredScreen()
        }
    }
}
