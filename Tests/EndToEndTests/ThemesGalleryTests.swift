import Foundation
import Testing

extension EndToEndTests {
    /// `newsroom themes default` in a real terminal: what a person sees, resizing, quitting,
    /// and the terminal being given back on every way out.
    @Suite("newsroom themes")
    final class ThemesGalleryTests {
        let binary: String?
        /// This test's own `XDG_CONFIG_HOME` (and `HOME`), removed afterwards.
        let config: URL

        init() throws {
            binary = NewsroomBinary.path
            config = FileManager.default.temporaryDirectory.appendingPathComponent("nr-e2e-config-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: config.appendingPathComponent("newsroom/themes"), withIntermediateDirectories: true)
        }

        deinit {
            try? FileManager.default.removeItem(at: config)
        }

        var environment: [String: String] {
            ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": config.path, "HOME": config.path, "PATH": "/usr/bin:/bin"]
        }

        func requireBinary() throws -> String {
            try #require(binary, "newsroom binary not found; build it first (swift build --product newsroom) or set NEWSROOM_BIN. Looked in: \(NewsroomBinary.candidates)")
        }

        /// Starts the gallery under `sh`, which records `stty -a` before and after and the exit status.
        func startGallery(_ binary: String, theme: String = "default", trapInterrupt: Bool = false,
                          extraEnvironment: [String: String] = [:]) throws -> TmuxSession {
            try TmuxSession(width: 120, height: 40, environment: environment.merging(extraEnvironment) { $1 }) { dir in
                let script = (trapInterrupt ? "trap true INT; " : "")
                    + "stty -a > \(shellQuoted(dir + "/before")); "
                    + "\(shellQuoted(binary)) themes \(theme); echo $? > \(shellQuoted(dir + "/status")); "
                    + "stty -a > \(shellQuoted(dir + "/after")); sleep 60"
                return "sh -c \(shellQuoted(script))"
            }
        }

        func expectTerminalRestored(_ session: TmuxSession, status expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let status = session.waitForFile("status", sourceLocation: sourceLocation)
            #expect(status == expected + "\n", sourceLocation: sourceLocation)
            let after = session.waitForFile("after", sourceLocation: sourceLocation)
            let before = try? String(contentsOf: session.folder.appendingPathComponent("before"), encoding: .utf8)
            #expect(before != nil && before == after, "stty -a changed:\nbefore: \(before ?? "-")\nafter: \(after ?? "-")", sourceLocation: sourceLocation)
            let screen = session.screen()
            #expect(!screen.contains("List: 1 of"), "the gallery is still on screen:\n\(screen)", sourceLocation: sourceLocation)
        }

        @Test("the gallery shows every widget at 120×40, says too small at 20×5, and q quits cleanly")
        func galleryResizeAndQuit() throws {
            let session = try startGallery(try requireBinary())
            let screen = session.waitForScreen("the gallery") { $0.contains("List: 1 of 1,000,000") && $0.contains("q Quit") }
            for text in ["theme: default", "Gauges", "37.5%", "120%", "Table", "Shares ▼", "Müller, Jürgen", "␛]0;pwned␇", "␛[2J"] {
                #expect(screen.contains(text), "missing \(text):\n\(screen)")
            }
            #expect(!screen.contains("\u{1b}"))
            session.resize(width: 20, height: 5)
            let small = session.waitFor("terminal too small:")
            #expect(small.contains("need 80×24"))
            session.resize(width: 120, height: 40)
            session.waitFor("List: 1 of 1,000,000")
            session.sendKeys("j", "j")
            session.waitFor("List: 3 of 1,000,000")
            session.sendKeys("q")
            expectTerminalRestored(session, status: "0")
        }

        @Test("under LANG=C the locale falls back to C.UTF-8 and umlauts, CJK and emoji still draw")
        func localeFallback() throws {
            let session = try startGallery(try requireBinary(), extraEnvironment: ["LANG": "C", "LC_ALL": "", "LC_CTYPE": ""])
            let screen = session.waitFor("Müller, Jürgen")
            #expect(screen.contains("東京 Büro"))
            #expect(screen.contains("Zoë 👍"))
            session.sendKeys("q")
            expectTerminalRestored(session, status: "0")
        }

        @Test("a bracketed paste reaches the prompt in one piece")
        func bracketedPaste() throws {
            let session = try startGallery(try requireBinary())
            session.waitFor("List: 1 of 1,000,000")
            session.sendKeys(":")
            session.setBuffer("Grüße aus\nKöln")
            session.pasteBuffer(bracketed: true)
            session.waitFor(":Grüße aus Köln")
            session.sendKeys("Enter")
            session.waitFor("You typed: Grüße aus Köln")
            session.sendKeys("q")
            expectTerminalRestored(session, status: "0")
        }

        @Test("after SIGHUP the terminal is back to normal")
        func hangup() throws {
            try signalEndsCleanly(signal: SIGHUP, status: "129")
        }

        @Test("after SIGTERM the terminal is back to normal")
        func terminate() throws {
            try signalEndsCleanly(signal: SIGTERM, status: "143")
        }

        /// Sends `signal` to the gallery and checks the terminal comes back, with no crash report over it.
        func signalEndsCleanly(signal: Int32, status: String) throws {
            let session = try startGallery(try requireBinary())
            session.waitFor("List: 1 of 1,000,000")
            let pid = try #require(session.childPID(named: "newsroom"), "newsroom process not found under the pane's shell")
            #expect(kill(pid, signal) == 0)
            expectTerminalRestored(session, status: status)
            #expect(!session.screen().contains("Program crashed"), "no backtrace over the screen")
        }

        @Test("after SIGQUIT, SIGUSR1, SIGALRM and SIGPIPE the terminal is back to normal, with no crash report over it",
              arguments: [(SIGQUIT, "131"), (SIGUSR1, "138"), (SIGALRM, "142"), (SIGPIPE, "141")])
        func otherSignals(signal: Int32, status: String) throws {
            try signalEndsCleanly(signal: signal, status: status)
        }

        @Test("after Ctrl-C the terminal is back to normal")
        func interrupt() throws {
            let session = try startGallery(try requireBinary(), trapInterrupt: true)
            session.waitFor("List: 1 of 1,000,000")
            session.sendKeys("C-c")
            expectTerminalRestored(session, status: "130")
        }

        @Test("a broken user theme shows its file, line and key, and the default theme is used")
        func brokenTheme() throws {
            let file = config.appendingPathComponent("newsroom/themes/wall.yaml")
            try "name: wall\nstyles:\n  title: { fg: purpel }\n".write(to: file, atomically: true, encoding: .utf8)
            let session = try startGallery(try requireBinary(), theme: "wall")
            // The error shows before the gallery draws: wait for the whole final screen, not its first part.
            let screen = session.waitForScreen("the theme error and the gallery in the default theme") {
                $0.contains("styles.title.fg") && $0.contains("wall.yaml:3") && $0.contains("theme: default")
            }
            #expect(screen.contains("wall.yaml:3"))
            #expect(screen.contains("theme: default"))
            session.sendKeys("Enter")
            session.sendKeys("q")
            expectTerminalRestored(session, status: "0")
        }

        @Test("newsroom themes lists built-in and user themes, and marks broken ones")
        func listing() throws {
            let binary = try requireBinary()
            try "name: wall\nsummary: For the wall screen\nstyles:\n  text: { fg: white }\n".write(
                to: config.appendingPathComponent("newsroom/themes/wall.yaml"), atomically: true, encoding: .utf8)
            try "styles:\n  text: { fg: 300 }\n".write(
                to: config.appendingPathComponent("newsroom/themes/bad.yaml"), atomically: true, encoding: .utf8)
            let result = runNewsroom(binary, ["themes"], environment: environment)
            #expect(result.status == 0)
            for name in ["default", "light", "high-contrast", "monochrome", "For the wall screen"] {
                #expect(result.output.contains(name), "\(result.output)")
            }
            #expect(result.output.contains("broken"))
            #expect(result.output.contains("bad.yaml:2"))
            #expect(result.output.contains("styles.text.fg"))
        }

        @Test("without a terminal the gallery refuses with an explanation")
        func noTerminal() throws {
            let result = runNewsroom(try requireBinary(), ["themes", "default"], environment: environment)
            #expect(result.status != 0)
            #expect(result.output.contains("must be a terminal"))
        }
    }
}
