import Foundation
import Testing

/// `newsroom comment` and `newsroom queue` as a script or a second moderator would use them: the
/// same rules, claims and version checks as the console, ids in the queue, priority order in
/// every selection, and no delete.
@Suite struct CommentCommandLineTests {
    static let now = "2026-11-24T07:30:00Z"

    /// A fresh newsroom with three comments: an old question, a fresh threat the model classified
    /// (still new), and a reply to the question.
    func newsroom(_ cli: NewsroomCLI) throws -> String {
        let store = cli.home.appendingPathComponent("store").path
        #expect(try cli.run(["init", store]).status == 0)
        let lines = [
            #"{"kind":"comment","network":"linkedin","id":"q1","author":"@frager","name":"Frieda Frager","followers":40,"text":"Warum ist das Werk ein Jahr verspätet?","time":"2026-11-24T06:00:00Z","on":{"kind":"companyPost","id":"p1"},"language":"de"}"#,
            #"{"kind":"comment","network":"linkedin","id":"t1","author":"@drohung","followers":12,"text":"Ich weiß wo du wohnst.","time":"2026-11-24T07:25:00Z","on":{"kind":"share","id":"sh-1"},"language":"de"}"#,
            #"{"id":"5d0c0f7e-0000-4000-8000-00000000c001","time":"2026-11-24T07:26:00.000Z","actor":"model:rules-v1","account":"test","type":"comment.classified","v":1,"body":{"category":"threat","commentID":"linkedin:t1","scores":{"threat":0.9},"source":"model:rules-v1"}}"#,
            #"{"kind":"comment","network":"linkedin","id":"q2","author":"@zweiter","followers":3,"text":"Das frage ich mich auch.","time":"2026-11-24T07:10:00Z","on":{"kind":"companyPost","id":"p1"},"parent":"q1","language":"de"}"#,
        ]
        let file = cli.home.appendingPathComponent("comments.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let ingest = try cli.run(["ingest", file.path, "--store", store])
        #expect(ingest.status == 0, "\(ingest.stdout) \(ingest.stderr)")
        return store
    }

    @Test func theQueueShowsIdsAndRanksByPriorityInEverySelection() throws {
        let cli = try NewsroomCLI(now: Self.now)
        defer { cli.remove() }
        let store = try newsroom(cli)
        for selection in [[String](), ["--state", "new"]] {
            let queue = try cli.run(["queue", "--store", store] + selection)
            #expect(queue.status == 0, "\(queue.stderr)")
            let rows = queue.stdout.split(separator: "\n").filter { $0.hasPrefix("linkedin:") }
            #expect(rows.first?.hasPrefix("linkedin:t1") == true, "the fresh threat comes first in \(selection): \(queue.stdout)")
            #expect(rows.count == 3, "\(queue.stdout)")
        }
        let json = try cli.run(["queue", "--store", store, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        let first = try #require(items.first)
        #expect(first["id"] as? String == "linkedin:t1")
        let priority = try #require(first["priority"] as? [String: Any])
        #expect(priority["band"] as? String == "P1", "\(priority)")
        #expect((priority["breakdown"] as? String)?.hasPrefix("threat +100") == true, "\(priority)")
        #expect(first["state"] as? String == "new" && first["hidden"] as? Bool == false)
        let scores = items.compactMap { ($0["priority"] as? [String: Any])?["score"] as? Int }
        #expect(scores == scores.sorted(by: >), "by score: \(scores)")
    }

    @Test func twoModeratorsAClaimAHideAndTheAuditTrail() throws {
        let cli = try NewsroomCLI(now: Self.now)
        defer { cli.remove() }
        let store = try newsroom(cli)
        #expect(try cli.run(["comment", "claim", "linkedin:t1", "--store", store, "--as", "anna"]).status == 0)
        let refused = try cli.run(["comment", "hide", "linkedin:t1", "--reason", "threat", "--note", "droht", "--store", store, "--as", "ben"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("is being handled by anna"), "\(refused.stderr)")
        let protected = try cli.run(["comment", "hide", "linkedin:q1", "--reason", "criticism", "--note", "nervt", "--store", store, "--as", "ben"])
        #expect(protected.status != 0 && protected.stderr.contains("protected speech"), "\(protected.stderr)")
        let hidden = try cli.run(["comment", "hide", "linkedin:t1", "--reason", "threat", "--note", "droht mit Hausbesuch", "--store", store, "--as", "anna"])
        #expect(hidden.status == 0, "\(hidden.stderr)")
        #expect(hidden.stdout.contains("linkedin:t1: hidden (threat)"), "\(hidden.stdout)")

        let show = try cli.run(["comment", "show", "linkedin:t1", "--store", store, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any], "\(show.stdout) \(show.stderr)")
        #expect(object["hidden"] as? Bool == true)
        let hide = try #require(object["hide"] as? [String: Any])
        #expect(hide["reason"] as? String == "threat" && hide["ground"] as? String == "StGB §241" && hide["by"] as? String == "anna")
        // The triage's first call at import, the model line of the file, then anna's claim and hide.
        #expect((object["audit"] as? [[String: Any]])?.compactMap { $0["type"] as? String } == ["comment.classified", "comment.classified", "comment.claimed", "comment.hidden"])

        let log = try cli.run(["log", "--store", store, "--type", "comment."])
        #expect(log.stdout.contains("anna (account root)  comment.claimed  linkedin:t1 held by anna"), "\(log.stdout)")
        #expect(log.stdout.contains("anna (account root)  comment.hidden  linkedin:t1: threat, StGB §241: droht mit Hausbesuch"), "\(log.stdout)")
    }

    @Test func deleteRefusesAndChangesNothing() throws {
        let cli = try NewsroomCLI(now: Self.now)
        defer { cli.remove() }
        let store = try newsroom(cli)
        let before = try cli.run(["log", "--store", store, "--json"]).stdout
        for arguments in [["comment", "delete", "linkedin:q1"], ["delete", "linkedin:q1"]] {
            let result = try cli.run(arguments + ["--store", store])
            #expect(result.status != 0)
            #expect(result.stderr.contains("deleting is no solution") && result.stderr.contains("newsroom comment reply"), "\(result.stderr)")
        }
        #expect(try cli.run(["log", "--store", store, "--json"]).stdout == before)
    }

    @Test func aReplyGoesToTheOutboxAndCannotBeUndoneWhileAHideCan() throws {
        let cli = try NewsroomCLI(now: Self.now)
        defer { cli.remove() }
        let store = try newsroom(cli)
        let reply = try cli.run(["comment", "reply", "linkedin:q1", "-m", "Der Netzanschluss kam später; Details im Bericht.", "--store", store, "--as", "anna"])
        #expect(reply.status == 0, "\(reply.stderr)")
        let outbox = try String(contentsOf: URL(fileURLWithPath: store).appendingPathComponent("outbox/replies.jsonl"), encoding: .utf8)
        let line = try #require(try JSONSerialization.jsonObject(with: Data(outbox.utf8)) as? [String: Any], "\(outbox)")
        #expect(line["commentID"] as? String == "linkedin:q1" && line["network"] as? String == "linkedin" && line["by"] as? String == "anna")
        #expect(line["text"] as? String == "Der Netzanschluss kam später; Details im Bericht.")
        let undoReply = try cli.run(["comment", "undo", "linkedin:q1", "--store", store, "--as", "anna"])
        #expect(undoReply.status != 0 && undoReply.stderr.contains("cannot be taken back"), "\(undoReply.stderr)")

        #expect(try cli.run(["comment", "hide", "linkedin:t1", "--reason", "threat", "--note", "droht", "--store", store, "--as", "ben"]).status == 0)
        let undo = try cli.run(["comment", "undo", "linkedin:t1", "--store", store, "--as", "ben"])
        #expect(undo.status == 0, "\(undo.stderr)")
        let show = try cli.run(["comment", "show", "linkedin:t1", "--store", store, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(object["hidden"] as? Bool == false && object["category"] as? String == "threat")
        let nothing = try cli.run(["comment", "undo", "linkedin:t1", "--store", store, "--as", "carla"])
        #expect(nothing.status != 0 && nothing.stderr.contains("nothing to undo"), "\(nothing.stderr)")
    }
}

extension CommentCommandLineTests {
    @Test func templatesAndSnippetsAreKeptAndUsedInAReply() throws {
        let cli = try NewsroomCLI(now: Self.now)
        defer { cli.remove() }
        let store = try newsroom(cli)
        #expect(try cli.run(["template", "add", "danke", "--name", "Danke mit Fakten", "--body", "Danke, {author}! Die Fakten:", "--category", "question",
                             "--store", store]).status == 0)
        #expect(try cli.run(["snippet", "add", "verzug", "--title", "Verzug", "--body", "Der Netzanschluss kam 14 Monate später.",
                             "--source", "Geschäftsbericht 2025", "--store", store]).status == 0)
        let list = try cli.run(["template", "list", "--store", store])
        #expect(list.stdout.contains("danke  Danke mit Fakten (de) for question: Danke, {author}! Die Fakten:"), "\(list.stdout)")
        #expect(try cli.run(["snippet", "list", "--store", store]).stdout.contains("[Geschäftsbericht 2025]"))
        let reply = try cli.run(["comment", "reply", "linkedin:q1", "--template", "danke", "--snippet", "verzug", "--store", store, "--as", "anna"])
        #expect(reply.status == 0, "\(reply.stderr)")
        let show = try cli.run(["comment", "show", "linkedin:q1", "--store", store, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let replies = try #require(object["replies"] as? [[String: Any]])
        #expect(replies.first?["text"] as? String == "Danke, Frieda Frager! Die Fakten:\n\nDer Netzanschluss kam 14 Monate später.")
        #expect(try cli.run(["template", "retire", "danke", "--store", store]).status == 0)
        #expect(try cli.run(["template", "list", "--store", store]).stdout.contains("[retired]"))
        let missing = try cli.run(["comment", "reply", "linkedin:q1", "--template", "nope", "--store", store])
        #expect(missing.status != 0 && missing.stderr.contains("there is no reply template 'nope'"), "\(missing.stderr)")
    }
}
