import Foundation
import Testing

/// `newsroom kpi` prints a Moderation section and its JSON: numbers worked out by hand from a
/// few ingested decisions. The clock stands at 2026-11-24 07:30 UTC (08:30 in Berlin); `today`
/// started at 23:00 UTC, 8.5 hours ago.
@Suite(.serialized) struct KPIModerationCommandLineTests {
    /// c1: replied by mia after 10 min, resolved after 40; c2: classified and replied by ben after
    /// 30 min, closed without action after 120; c3: new, hidden as spam by mia, 3 hours old.
    func newsroom(_ cli: NewsroomCLI) throws -> String {
        let store = cli.home.appendingPathComponent("mod").path
        #expect(try cli.run(["init", store]).status == 0)
        var serial = 0
        func line(_ time: String, _ actor: String, _ type: String, _ body: String) -> String {
            serial += 1
            return #"{"id":"00000000-0000-4000-8000-\#(String(format: "%012d", serial))","time":"\#(time)","actor":"\#(actor)","account":"root","type":"\#(type)","v":1,"body":\#(body)}"#
        }
        func received(_ id: String, _ time: String) -> String {
            line(time, "import:linkedin", "comment.received",
                 #"{"authorFollowers":10,"authorRef":"p-\#(id)","commentID":"\#(id)","network":"linkedin","postedAt":"\#(time)","target":{"id":"post-1","kind":"companyPost"}}"#)
        }
        let events = [
            received("c1", "2026-11-24T06:00:00.000Z"),
            line("2026-11-24T06:10:00.000Z", "mia", "comment.replied", #"{"commentID":"c1","language":"de","replyID":"r1","text":"Danke"}"#),
            line("2026-11-24T06:40:00.000Z", "mia", "comment.moved", #"{"commentID":"c1","state":"resolved"}"#),
            received("c2", "2026-11-24T05:00:00.000Z"),
            line("2026-11-24T05:05:00.000Z", "ben", "comment.classified", #"{"category":"criticism","commentID":"c2","source":"ben"}"#),
            line("2026-11-24T05:30:00.000Z", "ben", "comment.replied", #"{"commentID":"c2","language":"de","replyID":"r2","text":"Danke"}"#),
            line("2026-11-24T07:00:00.000Z", "ben", "comment.moved", #"{"commentID":"c2","state":"noAction"}"#),
            received("c3", "2026-11-24T04:30:00.000Z"),
            line("2026-11-24T07:00:00.000Z", "mia", "comment.hidden", #"{"commentID":"c3","ground":"platform rules","note":"Werbung","reason":"spam"}"#),
        ]
        let file = cli.home.appendingPathComponent("moderation.jsonl")
        try Data((events.joined(separator: "\n") + "\n").utf8).write(to: file)
        let ingested = try cli.run(["ingest", file.path, "--store", store])
        #expect(ingested.status == 0, "\(ingested.stdout) \(ingested.stderr)")
        return store
    }

    @Test func theTextHasAModerationSection() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = try newsroom(cli)
        let kpi = try cli.run(["kpi", "--store", store, "--window", "today"])
        #expect(kpi.status == 0, "\(kpi.stderr)")
        let lines = kpi.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "Moderation"), "\(kpi.stdout)")
        // First reply: [10,15) and [30,60) → median 15, p90 30 + 0.8 × 30 = 54.
        // Resolution: [30,60) and [120,240) → median 60, p90 120 + 0.8 × 120 = 216 min = 3.6 h.
        // Actions: mia reply, resolve, hide; ben classify, reply, close = 6 in 8.5 h.
        #expect(Array(lines[start..<start + 11]) == [
            "Moderation",
            "  open            1: new 1, triaged 0, assigned 0, waiting 0, escalated 0",
            "  oldest new      3.0 h waiting",
            "  first reply     median 15 min, p90 54 min (2 first replies)",
            "  resolution      median 60 min, p90 3.6 h (2 resolved)",
            "  SLA breaches    0 now",
            "  hidden          1 (spam 1)",
            "  actions         6 in 8.5 h (0.71/h)",
            "                  ben                  0.35/h (3)",
            "                  mia                  0.35/h (3)",
            "",
        ], "\(kpi.stdout)")
    }

    @Test func theJSONCarriesEveryModerationMetric() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = try newsroom(cli)
        let result = try cli.run(["kpi", "--store", store, "--window", "today", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(result.json as? [String: Any])
        let m = try #require(json["moderation"] as? [String: Any])
        let first = try #require(m["firstResponse"] as? [String: Any])
        #expect(first["medianMinutes"] as? Double == 15 && first["p90Minutes"] as? Double == 54 && first["count"] as? Int == 2)
        let resolution = try #require(m["resolution"] as? [String: Any])
        #expect(resolution["medianMinutes"] as? Double == 60 && resolution["p90Minutes"] as? Double == 216)
        #expect((resolution["bins"] as? [Any])?.count == 2)
        let oldest = try #require(m["oldestNew"] as? [String: Any])
        #expect(oldest["ageMinutes"] as? Double == 180 && oldest["postedAt"] as? String == "2026-11-24T04:30:00.000Z")
        let actions = try #require(m["actionsPerModerator"] as? [String: Any])
        #expect(actions["elapsedHours"] as? Double == 8.5 && actions["total"] as? Int == 6)
        let moderators = try #require(actions["moderators"] as? [[String: Any]])
        #expect(moderators.map { $0["moderator"] as? String } == ["ben", "mia"])
        #expect(moderators.map { $0["actions"] as? Int } == [3, 3])
        #expect(((m["slaBreaches"] as? [String: Any])?["count"] as? Int) == 0)
        #expect(((m["backlog"] as? [String: Any])?["total"] as? Int) == 1)
        #expect(((m["hidesByReason"] as? [String: Any])?["hidden"] as? [String: Int]) == ["spam": 1])
    }
}
