import Foundation
import Testing

extension EndToEndTests {
    /// Two moderators in two consoles on one store, as the moderation issue describes: a claim seen
    /// live, a refused hide that names who holds the item, a hide with reason and note seen by the
    /// other, the audit trail, no delete, and a spam burst cleared with `*` and one hide.
    @Suite("two moderators in two consoles")
    final class ModerationEndToEndTests {
        let newsroom: OneStoryNewsroom

        init() throws { newsroom = try OneStoryNewsroom("moderation") }

        func ingest(_ binary: String, _ lines: [String], name: String) throws {
            let file = newsroom.home.appendingPathComponent(name)
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
            let result = runNewsroom(binary, ["ingest", file.path, "--store", newsroom.store.path, "--quiet"], environment: newsroom.environment)
            #expect(result.status == 0, "\(result.output)")
        }

        static func comment(_ id: String, author: String, text: String, minute: Int, followers: Int = 40) -> String {
            #"{"kind":"comment","network":"linkedin","id":"\#(id)","author":"@\#(author)","followers":\#(followers),"text":"\#(text)","time":"2026-11-24T07:\#(String(format: "%02d", minute)):00Z","on":{"kind":"companyPost","id":"p1"},"language":"de"}"#
        }

        func console(_ binary: String, as actor: String) throws -> TmuxSession {
            let store = shellQuoted(newsroom.store.path)
            let session = try TmuxSession(width: 160, height: 40, environment: newsroom.environment) { _ in
                "\(shellQuoted(binary)) --store \(store) --as \(actor); sleep 60"
            }
            session.waitFor("Moderation")
            session.sendKeys("2", "z")
            return session
        }

        /// `x`, the reason picked by typing it, then the note, as a moderator types them.
        func hide(in console: TmuxSession, reason: String, prompt: String, note: String) {
            console.sendKeys("x")
            console.waitFor("Hide: what is unlawful?")
            console.sendKeys(reason, "Enter")
            console.waitFor(prompt)
            console.sendKeys(note, "Enter")
        }

        @Test("claim, refused hide, hide with reason insult, audit, no delete, a spam burst cleared with * and one hide")
        func twoModerators() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found; build it first. Looked in: \(NewsroomBinary.candidates)")
            try newsroom.make(binary)
            try ingest(binary, [
                Self.comment("t1", author: "pöbler", text: "Ihr seid alle Idioten und Versager, ihr Vollpfosten.", minute: 20, followers: 900),
                Self.comment("q1", author: "frager", text: "Warum ist das Werk ein Jahr verspätet?", minute: 10),
            ], name: "comments.jsonl")
            let a = try console(binary, as: "anna")
            let b = try console(binary, as: "ben")
            a.waitForScreen("the insult first in anna's queue") { $0.contains("Vollpfosten") }

            a.sendKeys("Enter")
            b.waitForScreen("anna's claim in ben's console, without a key") { $0.contains("⚑anna") }

            hide(in: b, reason: "insult", prompt: "hide linkedin:t1 as insult", note: "beleidigt")
            b.waitForScreen("ben told who holds it") { $0.contains("being handled by anna") }

            hide(in: a, reason: "insult", prompt: "hide linkedin:t1 as insult", note: "Schmähung der Mitarbeitenden")
            b.waitForScreen("the hide in ben's console, with its reason") { $0.contains("⊘ insult") }
            let shown = runNewsroom(binary, ["comment", "show", "linkedin:t1", "--json", "--store", newsroom.store.path], environment: newsroom.environment).output
            #expect(shown.contains(#""category" : "insult""#) || shown.contains(#""category":"insult""#), "the hide set the category: \(shown)")

            let log = runNewsroom(binary, ["log", "--store", newsroom.store.path, "--type", "comment."], environment: newsroom.environment).output
            #expect(log.contains("anna") && log.contains("comment.claimed") && log.contains("comment.hidden"), "\(log)")
            #expect(log.contains("insult, StGB §185: Schmähung der Mitarbeitenden"), "\(log)")
            #expect(!log.contains("ben (account"), "ben's refused hide wrote nothing: \(log)")

            let delete = runNewsroom(binary, ["comment", "delete", "linkedin:t1", "--store", newsroom.store.path], environment: newsroom.environment)
            #expect(delete.status != 0 && delete.output.contains("deleting is no solution"), "\(delete.output)")

            // A storm of 200 identical spam comments while both consoles are open.
            try ingest(binary, (0..<200).map { Self.comment("s\($0)", author: "bot\($0)", text: "Krypto-Gewinnspiel! Nur heute 1 BTC, Link im Profil", minute: 25, followers: 0) },
                       name: "spam.jsonl")
            a.waitForScreen("the new items behind the counter") { $0.contains("200 new (=)") }
            a.sendKeys("=", "G", "*")
            a.waitForScreen("the wave marked") { $0.contains("200 marked") }
            hide(in: a, reason: "spam", prompt: "hide 200 comments as spam", note: "identische Werbung von 200 Konten")
            a.waitForScreen("the wave hidden", within: .seconds(30)) { $0.contains("200 comments hidden (spam)") }
            let hidden = runNewsroom(binary, ["log", "--store", newsroom.store.path, "--type", "comment.hidden"], environment: newsroom.environment).output
            #expect(hidden.components(separatedBy: "comment.hidden").count - 1 == 201, "one hide per item, and the insult's")
            a.sendKeys("q")
            b.sendKeys("q")
        }

        @Test("F narrows the queue; :template writes a template in $EDITOR that r then offers, filled in")
        func filtersAndTemplates() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found; build it first. Looked in: \(NewsroomBinary.candidates)")
            try newsroom.make(binary)
            try ingest(binary, [
                Self.comment("t1", author: "drohung", text: "Ich werde dich finden und umbringen.", minute: 20, followers: 900),
                Self.comment("q1", author: "frager", text: "Warum ist das Werk ein Jahr verspätet?", minute: 10),
            ] + (0..<3).map { Self.comment("s\($0)", author: "bot\($0)", text: "Krypto-Gewinnspiel! Nur heute 1 BTC, Link im Profil", minute: 25, followers: 0) },
                       name: "comments.jsonl")
            // A scripted editor, as a moderator would fill the fresh template: a name, and the reply
            // on the empty line below the header.
            let script = newsroom.home.appendingPathComponent("edit.sh")
            try Data("""
                #!/bin/sh
                sed -i -e 's/^name: $/name: Danke für die Frage/' -e '$ s/^$/Danke, {author}! Wir melden uns heute./' "$1"

                """.utf8).write(to: script)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
            var environment = newsroom.environment
            environment["EDITOR"] = script.path
            let store = shellQuoted(newsroom.store.path)
            let a = try TmuxSession(width: 160, height: 40, environment: environment) { _ in
                "\(shellQuoted(binary)) --store \(store) --as anna; sleep 60"
            }
            a.waitFor("Moderation")
            a.sendKeys("2", "z")
            a.waitForScreen("the queue") { $0.contains("umbringen") && $0.contains("Krypto") }

            a.sendKeys("F")
            a.waitFor("Filter the queue by")
            a.sendKeys("category", "Enter")
            a.waitFor("Only category")
            a.sendKeys("question", "Enter")
            a.waitForScreen("only the question, and the title says so") {
                $0.contains("view open · category question") && $0.contains("Warum ist das Werk") && !$0.contains("Krypto") && !$0.contains("umbringen")
            }

            a.sendKeys(":")
            a.sendKeys("template", "Enter")
            a.waitFor("Reply templates: edit")
            a.sendKeys("new", "Enter")
            a.waitFor("id of the new template")
            a.sendKeys("danke-frage", "Enter")
            a.waitFor("template danke-frage saved")

            a.sendKeys("r")
            a.waitForScreen("the new template in the reply menu") { $0.contains("Reply with") && $0.contains("Danke für die Frage (de)") }
            a.sendKeys("Enter")
            a.waitForScreen("its text, filled in, in the reply prompt") { $0.contains("Danke, @frager! Wir melden uns heute.") }
            a.sendKeys("Enter")
            a.waitFor("copied")
            let log = runNewsroom(binary, ["log", "--store", newsroom.store.path, "--type", "comment.replied"], environment: newsroom.environment).output
            #expect(log.contains("Danke, @frager! Wir melden uns heute."), "\(log)")
            a.sendKeys("q")
        }
    }
}
