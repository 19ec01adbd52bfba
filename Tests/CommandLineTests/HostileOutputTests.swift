import Foundation
import Testing

/// Text someone outside controls never reaches a terminal as control bytes: every command and
/// export over a store seeded with hostile strings in every field a person outside can set.
@Suite(.serialized) struct HostileOutputTests {
    /// An OSC title change, an OSC 52 clipboard write, BEL, BS, C1 NEL and a bidi override.
    static let hostile = "x\u{1b}]2;pwned\u{07}\u{1b}]52;c;ZXZpbA==\u{07}\u{08}\u{85}\u{202e}evil"

    /// JSON text for a string, with every escape JSON has.
    static func json(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes]), as: UTF8.self).dropFirst().dropLast().description
    }

    /// The bytes a terminal would act on: C0 other than tab and newline, DEL, C1, bidi controls.
    static func unsafe(_ output: String) -> [String] {
        var found: [String] = []
        for scalar in output.unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && v != 0x0A && v != 0x09) || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                found.append(String(format: "U+%04X", v))
            }
        }
        return found
    }

    static func lines() -> String {
        let h = json(hostile)
        let t = "2026-11-24T06:00:00.000Z"
        func envelope(_ n: Int, _ type: String, _ body: String, personal: String? = nil) -> String {
            let id = String(format: "6a1f0f7e-0000-4000-8000-%012d", n)
            return #"{"id":"\#(id)","time":"\#(t)","actor":\#(h),"account":\#(h),"type":\#(type),"v":1,"body":\#(body)\#(personal.map { ",\"personal\":\($0)" } ?? "")}"#
        }
        let content = #"{"headline":\#(h),"language":"de","link":"https://example.com/x","postTexts":[{"network":"x","text":\#(h)}],"restriction":{"roles":[],"teams":[]},"source":"blog","summary":\#(h),"talkingPoints":[\#(h)],"topics":[\#(h)],"approvedWording":\#(h)}"#
        return [
            envelope(1, #""story.added""#, #"{"storyID":"st-h","content":\#(content)}"#),
            envelope(2, #""briefing.scheduled""#, #"{"date":"2026-11-24","storyID":"st-h"}"#),
            envelope(3, #""story.added""#, #"{"storyID":"st-e","content":\#(content)}"#),
            envelope(4, #""briefing.scheduled""#, #"{"date":"2026-11-24","storyID":"st-e"}"#),
            envelope(5, #""briefing.decided""#, #"{"date":"2026-11-24","storyID":"st-h","decision":{"kind":"hold","reason":\#(h)},"reasonForAmbassadors":true}"#),
            envelope(6, #""briefing.decided""#, #"{"date":"2026-11-24","storyID":"st-e","decision":{"kind":"embargo","until":"2026-11-24T09:00:00.000Z"}}"#),
            envelope(7, #""topic.held""#, #"{"date":"2026-11-24","topic":\#(h),"reason":\#(h)}"#),
            envelope(8, #""briefing.noted""#, #"{"date":"2026-11-24","note":\#(h)}"#),
            envelope(9, h, #"{"anything":\#(h)}"#),
            envelope(10, #""ambassador.joined""#, #"{"ambassadorID":"amb-h","name":\#(h),"team":\#(h),"role":\#(h),"timeZone":"Europe/Berlin","topics":[\#(h)],"avoidedTopics":[],"accounts":[{"network":"x","handle":\#(h),"followers":10}]}"#),
            envelope(11, #""share.posted""#, #"{"ambassadorID":"amb-h","network":"x","postedAt":"2026-11-24T06:00:00.000Z","shareID":"sh-h","storyID":"st-h","text":\#(h)}"#),
            envelope(12, #""comment.received""#,
                     #"{"authorFollowers":5,"authorRef":"p-hostile","commentID":"c-h","language":"de","network":"x","postedAt":"2026-11-24T05:50:00.000Z","target":{"id":"post-1","kind":"companyPost"}}"#,
                     personal: #"{"profiles":[{"displayName":\#(h),"handle":"hostile","network":"x","profileURL":"https://example.com/\#(h.dropFirst().dropLast())","ref":"p-hostile"}],"texts":[{"ref":"p-hostile","subject":"c-h","text":\#(h),"writtenAt":"2026-11-24T05:50:00.000Z"}]}"#),
            envelope(13, #""template.saved""#, #"{"template":{"id":"t-h","name":\#(h),"language":"de","text":\#(h),"categories":[],"retired":false}}"#),
            envelope(14, #""snippet.saved""#, #"{"snippet":{"id":"f-h","title":\#(h),"language":"de","text":\#(h),"source":\#(h),"topics":[\#(h)],"retired":false}}"#),
            envelope(15, #""crisis.declared""#, #"{"level":5,"note":\#(h)}"#),
        ].joined(separator: "\n") + "\n"
    }

    @Test("every command and export keeps control bytes from outside off the terminal")
    func everyOutputIsSafe() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("store").path
        #expect(try cli.run(["init", store, "--name", "Redaktion\(Self.hostile)"]).status == 0)
        let file = cli.home.appendingPathComponent("hostile.jsonl")
        try Data(Self.lines().utf8).write(to: file)
        var outputs: [(String, CLIResultText)] = []
        func run(_ arguments: [String]) throws {
            let result = try cli.run(arguments + ["--store", store])
            outputs.append((arguments.joined(separator: " "), CLIResultText(stdout: result.stdout, stderr: result.stderr, status: result.status)))
        }
        try run(["ingest", file.path])
        let exported = cli.home.appendingPathComponent("all.jsonl").path
        for arguments in [["log"], ["log", "--json"], ["briefing"], ["briefing", "--text"], ["briefing", "--format", "markdown"], ["briefing", "--json"],
                          ["queue"], ["queue", "--json"], ["kpi"], ["kpi", "--json"], ["crisis"], ["crisis", "--json"], ["ambassadors"], ["ambassadors", "--json"],
                          ["privacy", "export", "hostile"], ["export", "--jsonl"], ["export", "--jsonl", "--pseudonymous"], ["export", "--jsonl", exported],
                          ["comment", "show", "c-h"], ["comment", "show", "c-h", "--json"], ["template", "list"], ["template", "list", "--json"],
                          ["snippet", "list"], ["snippet", "list", "--json"], ["comment", "claim", "c-h"],
                          ["comment", "reply", "c-h", "--template", "t-h", "--snippet", "f-h"], ["comment", "show", "c-h"], ["log"]] {
            try run(arguments)
        }
        // The editor commands, with a temporary folder whose name is hostile too: an untouched
        // edit, a saved one, and broken ones whose errors quote the hostile line.
        let tmp = cli.home.appendingPathComponent("tmp\(Self.hostile)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        func script(_ name: String, _ body: String) throws -> String {
            let url = cli.home.appendingPathComponent(name)
            try Data("#!/bin/sh\nE=$(printf '\\033'); B=$(printf '\\007')\n\(body)\n".utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
            return url.path
        }
        let rename = try script("rename.sh", "sed -i \"s/^name: .*/name: x${E}]2;pwned${B}/\" \"$1\"")
        let badCategory = try script("category.sh", "sed -i \"s/^categories:.*/categories: x${E}]2;pwned${B}/\" \"$1\"")
        let badKey = try script("key.sh", "sed -i \"1i x${E}]2;pwned${B}: y\" \"$1\"")
        for (arguments, editor) in [(["template", "edit", "t-h"], "true"), (["template", "edit", "t-h"], rename), (["template", "edit", "t-h"], badCategory),
                                    (["snippet", "edit", "f-h"], "true"), (["snippet", "edit", "f-h"], badKey), (["template", "add", "t-new"], badKey),
                                    (["template", "edit", "t-h"], "no-such-editor")] {
            // A missing editor: /bin/sh itself names the file (its `$0`), so there the folder is plain.
            let folder = editor == "no-such-editor" ? cli.home.path : tmp.path
            let result = try cli.run(arguments + ["--store", store], environment: ["EDITOR": editor, "TMPDIR": folder])
            outputs.append(("\(arguments.joined(separator: " ")) with EDITOR=\(editor)", CLIResultText(stdout: result.stdout, stderr: result.stderr, status: result.status)))
        }
        #expect(outputs.filter { $0.0.contains("edit") && $0.1.stderr.contains("pwned") }.count >= 2, "the broken edits quote the hostile line: \(outputs.map(\.1.stderr))")
        let ingest = try #require(outputs.first?.1)
        #expect(ingest.status == 0 && ingest.stdout.contains("0 rejected"), "every hostile line was imported: \(ingest.stdout) \(ingest.stderr)")
        #expect(try cli.run(["log", "--store", store]).stdout.contains("pwned"), "the hostile text is there, made visible")
        for (command, result) in outputs {
            #expect(Self.unsafe(result.stdout).isEmpty, "newsroom \(command) printed \(Self.unsafe(result.stdout)) on stdout")
            #expect(Self.unsafe(result.stderr).isEmpty, "newsroom \(command) printed \(Self.unsafe(result.stderr)) on stderr")
        }
        #expect(Self.unsafe(try String(contentsOfFile: exported, encoding: .utf8)).isEmpty, "the export file")
        let outbox = URL(fileURLWithPath: store).appendingPathComponent("outbox/replies.jsonl")
        #expect(Self.unsafe(try String(contentsOf: outbox, encoding: .utf8)).isEmpty, "the outbox's reply, escaped as JSON")
        #expect(outputs.contains { $0.0.hasPrefix("comment reply") && $0.1.status == 0 }, "the hostile template made a reply")
    }
}

/// What a command printed, as text.
struct CLIResultText {
    let stdout: String
    let stderr: String
    let status: Int32
}
