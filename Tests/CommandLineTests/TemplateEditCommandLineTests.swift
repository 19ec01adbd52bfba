import Foundation
import Testing

/// `newsroom template|snippet edit` and `add` without `--body`, with a scripted `$EDITOR` (a shell
/// script that rewrites the file): what is saved, what a broken edit says and keeps, an untouched
/// file, and an edit refused because someone else saved the template meanwhile.
@Suite struct TemplateEditCommandLineTests {
    /// A fresh newsroom with template t-1, and the environment for an editor script: TMPDIR inside
    /// the test's home, so kept files can be found and go with it.
    func newsroom(_ cli: NewsroomCLI) throws -> (store: String, tmp: URL) {
        let store = cli.home.appendingPathComponent("store").path
        #expect(try cli.run(["init", store]).status == 0)
        let added = try cli.run(["template", "add", "t-1", "--name", "Danke", "--body", "Hallo {author},\ndanke.", "--store", store])
        #expect(added.status == 0, "\(added.stderr)")
        let tmp = cli.home.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        return (store, tmp)
    }

    /// An executable script used as `$EDITOR`; it gets the file as `$1`.
    func editor(_ cli: NewsroomCLI, _ name: String, _ body: String) throws -> String {
        let url = cli.home.appendingPathComponent(name)
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
        return url.path
    }

    func keptFiles(_ tmp: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: tmp, includingPropertiesForKeys: nil).filter { $0.lastPathComponent.hasPrefix("newsroom-") }
    }

    func templates(_ cli: NewsroomCLI, _ store: String) throws -> [[String: Any]] {
        try #require(try cli.run(["template", "list", "--json", "--store", store]).json as? [[String: Any]])
    }

    @Test("an edit in $EDITOR is saved, from an owner-only file that is gone afterwards")
    func scriptedEdit() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let (store, tmp) = try newsroom(cli)
        let script = try editor(cli, "edit.sh", """
            stat -c %a "$1" > "$(dirname "$0")/mode"
            sed -i -e 's/^danke\\.$/vielen Dank für Ihre Frage!\\n{moderator}/' -e 's/^categories:.*/categories: question, off-topic/' -e 's/^language: de/language: en/' "$1"
            """)
        let edited = try cli.run(["template", "edit", "t-1", "--store", store], environment: ["EDITOR": script, "VISUAL": "", "TMPDIR": tmp.path])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(edited.stdout.contains("template t-1 saved: recorded as event 2"), "\(edited.stdout)")
        let template = try #require(try templates(cli, store).first)
        #expect(template["text"] as? String == "Hallo {author},\nvielen Dank für Ihre Frage!\n{moderator}")
        #expect(template["categories"] as? [String] == ["question", "offTopic"])
        #expect(template["language"] as? String == "en")
        let mode = try String(contentsOf: cli.home.appendingPathComponent("mode"), encoding: .utf8)
        #expect(mode.trimmingCharacters(in: .whitespacesAndNewlines) == "600")
        #expect(try keptFiles(tmp).isEmpty)
    }

    @Test("VISUAL comes before EDITOR")
    func visualFirst() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let (store, tmp) = try newsroom(cli)
        let visual = try editor(cli, "visual.sh", "sed -i 's/^name: Danke/name: Visual/' \"$1\"")
        let result = try cli.run(["template", "edit", "t-1", "--store", store], environment: ["VISUAL": visual, "EDITOR": "false", "TMPDIR": tmp.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try templates(cli, store).first?["name"] as? String == "Visual")
    }

    @Test("a broken edit says file:line and what to fix, keeps the text, and --file starts from it")
    func brokenEdit() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let (store, tmp) = try newsroom(cli)
        let broken = try editor(cli, "broken.sh", "sed -i -e 's/^danke\\./danke sehr./' -e 's/^categories:.*/categories: question, rant/' \"$1\"")
        let result = try cli.run(["template", "edit", "t-1", "--store", store], environment: ["EDITOR": broken, "TMPDIR": tmp.path])
        #expect(result.status == 1)
        let kept = try #require(try keptFiles(tmp).first)
        #expect(result.stderr.contains("\(kept.path):12: unknown category 'rant'; the categories are criticism, question, fact-claim"), "\(result.stderr)")
        #expect(result.stderr.contains("Your text is kept in \(kept.path)"), "\(result.stderr)")
        #expect(result.stderr.contains("newsroom template edit t-1 --file \(kept.path)"), "\(result.stderr)")
        #expect(try String(contentsOf: kept, encoding: .utf8).contains("danke sehr."))
        #expect(try templates(cli, store).first?["text"] as? String == "Hallo {author},\ndanke.", "nothing was saved")

        let fix = try editor(cli, "fix.sh", "sed -i 's/, rant$//' \"$1\"")
        let resumed = try cli.run(["template", "edit", "t-1", "--file", kept.path, "--store", store], environment: ["EDITOR": fix, "TMPDIR": tmp.path])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let template = try #require(try templates(cli, store).first)
        #expect(template["text"] as? String == "Hallo {author},\ndanke sehr.")
        #expect(template["categories"] as? [String] == ["question"])
    }

    @Test("an untouched file, or a change only to comments, saves nothing and says so")
    func noChange() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let (store, tmp) = try newsroom(cli)
        let untouched = try cli.run(["template", "edit", "t-1", "--store", store], environment: ["EDITOR": "true", "TMPDIR": tmp.path])
        #expect(untouched.status == 0 && untouched.stdout.contains("template t-1: the text is unchanged; nothing saved."), "\(untouched.stdout) \(untouched.stderr)")
        let comments = try editor(cli, "comments.sh", "sed -i 's/^# /#/' \"$1\"")
        let same = try cli.run(["template", "edit", "t-1", "--store", store], environment: ["EDITOR": comments, "TMPDIR": tmp.path])
        #expect(same.status == 0 && same.stdout.contains("template t-1: no change; nothing saved."), "\(same.stdout) \(same.stderr)")
        let fresh = try cli.run(["template", "add", "t-2", "--store", store], environment: ["EDITOR": "true", "TMPDIR": tmp.path])
        #expect(fresh.status == 0 && fresh.stdout.contains("template t-2: the text is unchanged; nothing saved."), "\(fresh.stdout) \(fresh.stderr)")
        #expect(try templates(cli, store).count == 1)
        #expect(try cli.run(["log", "--json", "--store", store]).stdout.components(separatedBy: "template.saved").count == 2, "one event, from the add")
        #expect(try keptFiles(tmp).isEmpty)
    }

    @Test("a template someone saved while you edited is not overwritten; your edit is kept in a file")
    func concurrentChangeRefused() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let (store, tmp) = try newsroom(cli)
        let other = try editor(cli, "other.sh", """
            "\(NewsroomCLI.binary.path)" template add t-1 --name Anders --body 'Von Ben' --store "\(store)" --as ben > /dev/null
            sed -i 's/^danke\\./meine Änderung/' "$1"
            """)
        let result = try cli.run(["template", "edit", "t-1", "--store", store, "--as", "anna"], environment: ["EDITOR": other, "TMPDIR": tmp.path])
        #expect(result.status == 1)
        let kept = try #require(try keptFiles(tmp).first)
        #expect(result.stderr.contains("template t-1 changed in the store while you edited it"), "\(result.stderr)")
        #expect(result.stderr.contains("Your text is kept in \(kept.path)"), "\(result.stderr)")
        #expect(try String(contentsOf: kept, encoding: .utf8).contains("meine Änderung"))
        let template = try #require(try templates(cli, store).first)
        #expect(template["text"] as? String == "Von Ben", "Ben's change stays")
    }

    @Test("a new template from add without --body, with its options filled in")
    func addInEditor() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let (store, tmp) = try newsroom(cli)
        // Types on the empty line below the blank one, as in vi: the last line goes, the text comes.
        let write = try editor(cli, "write.sh", "sed -i '$d' \"$1\" && printf 'Dear {author},\\r\\nthanks.  \\n' >> \"$1\"")
        let result = try cli.run(["template", "add", "t-en", "--name", "Thanks", "--language", "en", "--category", "praise", "--store", store],
                                 environment: ["EDITOR": write, "TMPDIR": tmp.path])
        #expect(result.status == 0, "\(result.stderr)")
        let template = try #require(try templates(cli, store).first { $0["id"] as? String == "t-en" })
        #expect(template["text"] as? String == "Dear {author},\r\nthanks.  ")
        #expect(template["name"] as? String == "Thanks" && template["language"] as? String == "en" && template["categories"] as? [String] == ["praise"])
        let missing = try cli.run(["template", "add", "t-x", "--body", "x", "--store", store])
        #expect(missing.status != 0 && missing.stderr.contains("--name is needed with --body"), "\(missing.stderr)")
        let french = try cli.run(["template", "add", "t-fr", "--name", "N", "--body", "x", "--language", "fr", "--store", store])
        #expect(french.status != 0 && french.stderr.contains("Please provide one of 'de' and 'en'"), "\(french.stderr)")
    }

    @Test("snippets: edit, a broken edit, add in the editor, retire")
    func snippets() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let (store, tmp) = try newsroom(cli)
        #expect(try cli.run(["snippet", "add", "f-1", "--title", "Stellen", "--body", "300 neue Stellen.", "--source", "PM 2026-11", "--store", store]).status == 0)
        let edit = try editor(cli, "snippet.sh", "sed -i -e 's/^300/320/' -e 's/^topics:.*/topics: werk, stellen/' \"$1\"")
        let edited = try cli.run(["snippet", "edit", "f-1", "--store", store], environment: ["EDITOR": edit, "TMPDIR": tmp.path])
        #expect(edited.status == 0 && edited.stdout.contains("snippet f-1 saved"), "\(edited.stdout) \(edited.stderr)")
        var snippet = try #require((try cli.run(["snippet", "list", "--json", "--store", store]).json as? [[String: Any]])?.first)
        #expect(snippet["text"] as? String == "320 neue Stellen." && snippet["topics"] as? [String] == ["werk", "stellen"] && snippet["source"] as? String == "PM 2026-11")

        let broken = try editor(cli, "empty.sh", "sed -i '/^320/d' \"$1\"")
        let refused = try cli.run(["snippet", "edit", "f-1", "--store", store], environment: ["EDITOR": broken, "TMPDIR": tmp.path])
        #expect(refused.status == 1)
        let kept = try #require(try keptFiles(tmp).first)
        #expect(refused.stderr.contains("\(kept.path):"), "\(refused.stderr)")
        #expect(refused.stderr.contains("the fact is empty; write it below the first blank line after the header"), "\(refused.stderr)")

        let retired = try cli.run(["snippet", "retire", "f-1", "--store", store])
        #expect(retired.status == 0 && retired.stdout.contains("snippet f-1 retired"), "\(retired.stderr)")
        snippet = try #require((try cli.run(["snippet", "list", "--json", "--store", store]).json as? [[String: Any]])?.first)
        #expect(snippet["retired"] as? Bool == true)
        #expect(try cli.run(["snippet", "edit", "nope", "--store", store]).stderr.contains("there is no snippet 'nope'"))
    }

    @Test("an editor that cannot start says so, and nothing is left behind")
    func missingEditor() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let (store, tmp) = try newsroom(cli)
        let result = try cli.run(["template", "edit", "t-1", "--store", store], environment: ["EDITOR": "no-such-editor-here", "TMPDIR": tmp.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the editor 'no-such-editor-here' could not start (not found); set $EDITOR; nothing saved"), "\(result.stderr)")
        #expect(try keptFiles(tmp).isEmpty)
    }
}
