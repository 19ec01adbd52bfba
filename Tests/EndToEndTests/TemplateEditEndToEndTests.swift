import Foundation
import Testing

extension EndToEndTests {
    /// `newsroom template edit` with a real `vi` typed at in tmux: vi gets the terminal, a broken
    /// save names its line and offers to edit again, and the fixed template is recorded.
    @Suite("template edit in a real vi")
    final class TemplateEditEndToEndTests {
        let home: URL
        let store: URL
        static let now = "2026-11-24T07:30:00Z"

        init() throws {
            home = FileManager.default.temporaryDirectory.appendingPathComponent("nr-e2e-template-\(UUID().uuidString.prefix(8))")
            store = home.appendingPathComponent("store")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: home) }

        /// A clean environment: `HOME` is a fresh folder, so no personal vimrc applies.
        var environment: [String: String] {
            ["LANG": "C.UTF-8", "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "TMPDIR": home.path,
             "XDG_DATA_HOME": home.appendingPathComponent("data").path, "NEWSROOM_NOW": Self.now, "PATH": "/usr/bin:/bin", "EDITOR": "vi"]
        }

        /// Types an ex command into vi, from normal mode.
        func ex(_ console: TmuxSession, _ command: String) {
            console.sendKeys("Escape")
            console.sendKeys("-l", command)
            console.sendKeys("Enter")
        }

        @Test("vi edits the template; a broken save offers to edit again; the fixed one is recorded")
        func viEditsTheTemplate() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found in \(NewsroomBinary.candidates)")
            _ = try #require(["/usr/bin/vi", "/bin/vi"].first { FileManager.default.isExecutableFile(atPath: $0) }, "no vi on this machine (.ci/run installs vim-tiny)")
            #expect(runNewsroom(binary, ["init", store.path], environment: environment).status == 0)
            let added = runNewsroom(binary, ["template", "add", "t-1", "--name", "Danke", "--body", "Hallo {author},\ndanke.", "--store", store.path], environment: environment)
            #expect(added.status == 0, "\(added.output)")

            let console = try TmuxSession(width: 120, height: 40, environment: environment) { _ in
                "unset VISUAL; \(shellQuoted(binary)) template edit t-1 --store \(shellQuoted(store.path)) --as anna; echo \"exit=$?\"; sleep 60"
            }
            console.waitFor("# Reply template t-1.")
            ex(console, ":%s/^language: de/language: fr/")
            console.waitFor("language: fr")
            ex(console, ":wq")
            console.waitFor("unknown language 'fr'; write de or en")
            console.waitFor("Edit again? [Y/n]")
            console.sendKeys("Enter")
            let reopened = console.waitForScreen("vi again on the kept text") { $0.contains("language: fr") && $0.contains("# Reply template t-1.") }
            #expect(!reopened.contains("Edit again?"), "vi has the screen: \(reopened)")
            ex(console, ":%s/^language: fr/language: en/")
            ex(console, ":%s/^danke\\./vielen Dank!/")
            console.waitFor("vielen Dank!")
            ex(console, ":wq")
            console.waitFor("template t-1 saved: recorded as event 2.")
            console.waitFor("exit=0")

            let list = runNewsroom(binary, ["template", "list", "--store", store.path], environment: environment)
            #expect(list.output.contains("t-1  Danke (en): Hallo {author},␊vielen Dank!"), "\(list.output)")
            let kept = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.hasPrefix("newsroom-") }
            #expect(kept.isEmpty, "the edit file is gone once recorded: \(kept)")
        }
    }
}
