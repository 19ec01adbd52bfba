import Foundation
import Testing

extension EndToEndTests {
    /// The console as a new user meets it: the demo newsroom in a 120×40 terminal, decisions by
    /// key, the audit trail, a second console following live, and the Markdown export.
    @Suite("newsroom console")
    final class ConsoleEndToEndTests {
        let home: URL
        let store: URL
        static let now = "2026-11-24T07:30:00Z"

        init() throws {
            home = FileManager.default.temporaryDirectory.appendingPathComponent("nr-e2e-console-\(UUID().uuidString.prefix(8))")
            // Where `newsroom --demo` keeps the demo ($XDG_DATA_HOME/newsroom/demo).
            store = home.appendingPathComponent("data/newsroom/demo")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: home) }

        var environment: [String: String] {
            ["LANG": "C.UTF-8", "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
             "XDG_DATA_HOME": home.appendingPathComponent("data").path, "NEWSROOM_NOW": Self.now, "PATH": "/usr/bin:/bin",
             "EDITOR": home.appendingPathComponent("edit.sh").path]
        }

        /// A scripted editor: changes the headline, or (once `break` exists) writes a field the story format does not know.
        func writeEditorScript() throws {
            let script = """
                #!/bin/sh
                if [ -e "\(home.path)/break" ]; then sed -i 's/^language:/sprache:/' "$1"
                else sed -i 's/^headline: .*/headline: Geändert im Editor/' "$1"; fi

                """
            let url = home.appendingPathComponent("edit.sh")
            try Data(script.utf8).write(to: url)
            chmod(url.path, 0o755)
        }

        func console(_ binary: String, as actor: String) throws -> TmuxSession {
            try TmuxSession(width: 120, height: 40, environment: environment) { _ in
                "\(shellQuoted(binary)) --demo --as \(actor); sleep 60"
            }
        }

        @Test("decide in one console; the log and a second console show it; :export writes it")
        func decideFollowAndExport() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found in \(NewsroomBinary.candidates)")
            try writeEditorScript()
            // The demo is made before tmux starts (TESTING.md), so the deadline measures the console;
            // `newsroom --demo` then opens it, as the README's first command does.
            let made = runNewsroom(binary, ["demo", store.path], environment: environment)
            #expect(made.status == 0, "\(made.output)")

            let watcher = try console(binary, as: "ben")
            watcher.waitFor("1 Briefing")
            let editor = try console(binary, as: "anna")
            let overview = editor.waitFor("4 Ambassadors")
            for text in ["1 Briefing", "2 Moderation", "3 KPIs", "Engagement", "Active", "● live"] {
                #expect(overview.contains(text), "the overview shows \(text)")
            }

            editor.sendKeys("j", "j")
            editor.sendKeys("s")
            editor.waitFor("share recorded")
            editor.sendKeys("j", "h")
            editor.waitFor("hold, reason:")
            editor.sendKeys("-l", "Legal prüft noch")
            editor.sendKeys("Enter")
            let afterHold = editor.waitForScreen("the hold or the question about its topic") { $0.contains("hold recorded") || $0.contains("today too") }
            if afterHold.contains("today too") {
                editor.sendKeys("n")
                editor.waitFor("stays open")
            }
            editor.sendKeys("j", "e")
            editor.waitFor("embargo until (HH:MM)")
            editor.sendKeys("-l", "23:30")
            editor.sendKeys("Enter")
            editor.waitFor("embargo until 23:30 recorded")

            let log = runNewsroom(binary, ["log", "--store", store.path, "--type", "briefing.decided", "--limit", "3"], environment: environment)
            let lines = log.output.split(separator: "\n").filter { $0.contains("briefing.decided") }
            #expect(lines.count == 3, "\(log.output)")
            #expect(log.output.contains("→ embargo until 23:30"), "the embargo in the newsroom's time, as typed: \(log.output)")
            #expect(lines.allSatisfy { $0.contains("anna") && $0.contains("2026-11-24 08:30") }, "actor and time: \(log.output)")
            #expect(log.output.contains("→ share") && log.output.contains("→ hold: Legal prüft noch") && log.output.contains("→ embargo"))

            // The second console follows without a key press.
            watcher.waitForScreen("the embargo in the second console") { $0.contains("◷ 23:30") }

            editor.sendKeys(":")
            editor.sendKeys("-l", "export")
            editor.sendKeys("Enter")
            editor.waitFor("briefing exported to")
            let markdown = try String(contentsOf: store.appendingPathComponent("exports/briefing-2026-11-24.md"), encoding: .utf8)
            #expect(!markdown.contains("Legal prüft noch"), "a hold reason is internal unless marked for the ambassadors")
            #expect(markdown.contains("heute zurückgehalten"))
            #expect(markdown.contains("Sperrfrist bis 23:30 Uhr; ab 23:30 Uhr teilen"))

            // y: the selected story's post text through OSC 52 into tmux's buffer.
            _ = Spawn.run(["tmux", "-L", editor.server, "set", "-s", "set-clipboard", "on"])
            editor.sendKeys("y")
            editor.waitFor("set-clipboard on")
            let story = try #require(runNewsroom(binary, ["briefing", "--store", store.path, "--json"], environment: environment).output.data(using: .utf8))
            let stories = try #require((try JSONSerialization.jsonObject(with: story) as? [String: Any])?["stories"] as? [[String: Any]])
            let selected = try #require(stories.first { ($0["status"] as? [String: Any])?["kind"] as? String == "embargo" })
            let firstPost = try #require((selected["postTexts"] as? [[String: Any]])?.first?["text"] as? String)
            let buffer = Spawn.run(["tmux", "-L", editor.server, "show-buffer"])
            #expect(buffer.output == firstPost, "tmux's buffer holds the post text")

            // E: a scripted $EDITOR changes the headline; a broken edit changes nothing.
            editor.sendKeys("E")
            editor.waitFor("story edited")
            editor.waitFor("Geändert im Editor")
            try Data().write(to: home.appendingPathComponent("break"))
            editor.sendKeys("E")
            editor.waitFor("story unchanged")
            #expect(editor.screen().contains("Geändert im Editor"), "the broken edit left the story as it was")
            let edits = runNewsroom(binary, ["log", "--store", store.path, "--type", "story.edited"], environment: environment)
            #expect(edits.output.split(separator: "\n").filter { $0.contains("anna") }.count == 1, "\(edits.output)")

            editor.sendKeys("q")
            editor.waitForScreen("the console to quit") { !$0.contains("1 Briefing") }

            // A console whose terminal goes away (window closed, ssh dropped) ends instead of spinning
            // (closing its store may checkpoint the WAL first, hence the longer wait).
            let serverPID = Spawn.run(["tmux", "-L", watcher.server, "display-message", "-p", "#{pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            _ = Spawn.run(["kill", "-KILL", serverPID])
            let start = ContinuousClock.now
            while Spawn.run(["pgrep", "-f", "newsroom --demo --as ben"]).status == 0, ContinuousClock.now - start < .seconds(20) {
                Thread.sleep(forTimeInterval: 0.1)
            }
            let left = Spawn.run(["pgrep", "-af", "newsroom --demo --as ben"])
            #expect(left.status != 0, "the second console ended when its terminal went away; still running: \(left.output) \(Spawn.run(["ps", "-o", "pid,stat,pcpu,args", "-p", left.output.split(separator: " ").first.map(String.init) ?? "1"]).output)")
        }
    }
}
