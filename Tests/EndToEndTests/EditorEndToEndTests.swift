import Foundation
import Testing

extension EndToEndTests {
    /// `E` with a real editor: the console hands the terminal to `vi` (typed at like a person
    /// would, in tmux), takes it back when vi quits, and records the edited story; an editor that
    /// cannot start says so and changes nothing.
    @Suite("E in a real editor")
    final class EditorEndToEndTests {
        let home: URL
        let store: URL
        static let now = "2026-11-24T07:30:00Z"

        /// Where the suite's demo newsroom is made, removed when the test process ends.
        static let demoFolder = FileManager.default.temporaryDirectory.appendingPathComponent("nr-e2e-editor-demo-\(getpid())")

        /// One demo newsroom for the whole suite (making one takes a while); each test works on a copy.
        static let demo: Result<URL, TmuxFailure> = {
            let folder = demoFolder
            guard let binary = NewsroomBinary.path else { return .failure(TmuxFailure(message: "newsroom binary not found in \(NewsroomBinary.candidates)")) }
            try? FileManager.default.removeItem(at: folder)
            atexit { try? FileManager.default.removeItem(at: EditorEndToEndTests.demoFolder) }
            let made = runNewsroom(binary, ["demo", folder.path], environment: ["LANG": "C.UTF-8", "NEWSROOM_NOW": now, "HOME": folder.path])
            return made.status == 0 ? .success(folder) : .failure(TmuxFailure(message: "newsroom demo failed: \(made.output)"))
        }()

        init() throws {
            home = FileManager.default.temporaryDirectory.appendingPathComponent("nr-e2e-editor-\(UUID().uuidString.prefix(8))")
            store = home.appendingPathComponent("store")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: try Self.demo.get(), to: store)
        }

        deinit { try? FileManager.default.removeItem(at: home) }

        /// A clean environment: `HOME` is a fresh folder, so no personal vimrc applies.
        func environment(editor: String?, path: String = "/usr/bin:/bin") -> [String: String] {
            var variables = ["LANG": "C.UTF-8", "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                             "XDG_DATA_HOME": home.appendingPathComponent("data").path, "NEWSROOM_NOW": Self.now, "PATH": path]
            variables["EDITOR"] = editor
            return variables
        }

        /// The console in tmux. The pane's shell unsets what `environment` does not set, since a tmux
        /// server passes on the environment of whoever started it (a developer's own $VISUAL).
        func console(_ binary: String, environment: [String: String]) throws -> TmuxSession {
            let unset = ["VISUAL", "EDITOR"].filter { environment[$0] == nil }.joined(separator: " ")
            return try TmuxSession(width: 120, height: 40, environment: environment) { _ in
                "unset \(unset); \(shellQuoted(binary)) --store \(shellQuoted(store.path)) --as anna; sleep 60"
            }
        }

        /// Where `vi` is on this machine (`.ci/run` installs one when there is none).
        static var vi: String? {
            ["/usr/bin/vi", "/bin/vi"].first { FileManager.default.isExecutableFile(atPath: $0) }
        }

        /// Presses `E`, waits for vi to show the story file, changes the headline with an ex
        /// command, writes and quits, and waits for the console to show the new headline.
        func editHeadlineInVi(_ console: TmuxSession, to headline: String) {
            console.waitFor("1 Briefing")
            console.sendKeys("E")
            console.waitFor("# Edit the story, save and quit")
            console.sendKeys("Escape")
            console.sendKeys("-l", ":%s/^headline: .*/headline: \(headline)/")
            console.sendKeys("Enter")
            console.waitFor("headline: \(headline)")
            console.sendKeys("-l", ":wq")
            console.sendKeys("Enter")
            let back = console.waitForScreen("the console back with the edited headline") {
                $0.contains("1 Briefing") && $0.contains(String(headline.prefix(30)))
            }
            #expect(!back.contains("# Edit the story"), "vi's screen is gone: \(back)")
        }

        /// The story.edited events anna recorded, as `newsroom log` prints them.
        func recordedEdits(_ binary: String) -> [Substring] {
            let log = runNewsroom(binary, ["log", "--store", store.path, "--type", "story.edited"], environment: environment(editor: nil))
            return log.output.split(separator: "\n").filter { $0.contains("anna") }
        }

        @Test("EDITOR=vi: vi gets the terminal, the edit is recorded, the console comes back")
        func viGetsTheTerminal() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found in \(NewsroomBinary.candidates)")
            _ = try #require(Self.vi, "no vi on this machine (.ci/run installs vim-tiny)")
            let console = try console(binary, environment: environment(editor: "vi"))
            editHeadlineInVi(console, to: "Neue Zeile aus vi")
            console.waitFor("story edited: Neue Zeile aus vi")
            #expect(recordedEdits(binary).count == 1)

            // The console reads keys again after vi.
            console.sendKeys("?")
            console.waitFor("Keys · Briefing")
        }

        @Test("without VISUAL and EDITOR, and no `editor` on PATH, E falls back to vi")
        func fallsBackToVi() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found in \(NewsroomBinary.candidates)")
            let vi = try #require(Self.vi, "no vi on this machine (.ci/run installs vim-tiny)")
            // A PATH with vi and sleep only, so neither a machine's `editor` nor anything else is found.
            let bin = home.appendingPathComponent("bin")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent("vi").path, withDestinationPath: vi)
            try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent("sleep").path, withDestinationPath: "/bin/sleep")
            let console = try console(binary, environment: environment(editor: nil, path: bin.path))
            editHeadlineInVi(console, to: "Ohne EDITOR in vi")
            console.waitFor("story edited: Ohne EDITOR in vi")
            #expect(recordedEdits(binary).count == 1)
        }

        @Test("an editor that cannot start says so, and the story stays as it was")
        func missingEditorSaysSo() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found in \(NewsroomBinary.candidates)")
            let console = try console(binary, environment: environment(editor: "nosuch-editor"))
            let before = console.waitFor("1 Briefing")
            console.sendKeys("E")
            let after = console.waitFor("the editor 'nosuch-editor' could not start (not found); set $EDITOR")
            #expect(after.contains("1 Briefing"), "the console is drawn again: \(after)")
            #expect(before.split(separator: "\n").dropFirst().prefix(8) == after.split(separator: "\n").dropFirst().prefix(8),
                    "the briefing is unchanged")
            #expect(recordedEdits(binary).isEmpty)
        }
    }
}
