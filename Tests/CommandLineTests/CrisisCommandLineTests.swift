import Foundation
import Testing

/// `newsroom crisis` and the crisis section of `newsroom kpi`, on the storm morning of docs/kpi.md's
/// worked example (ingested as a JSON Lines file): level 2 from the counts; 5 and 6 only by hand,
/// by a person, with a note; clearing goes back to the counts.
@Suite(.serialized) struct CrisisCommandLineTests {
    static let now = "2026-11-24T07:37:30Z"   // Tuesday 08:37:30 in Berlin

    /// Four past Tuesdays with 3 critical comments a quarter hour from 06:15 to 08:45 Berlin; this
    /// morning 3 a quarter hour, then 9, 13 and (half-way through the current quarter hour) 5.
    func newsroom(_ cli: NewsroomCLI) throws -> String {
        let store = cli.home.appendingPathComponent("storm").path
        #expect(try cli.run(["init", store]).status == 0)
        var lines: [String] = [], serial = 0
        let current = Int(ISO8601DateFormatter().date(from: Self.now)!.timeIntervalSince1970) / 900 * 900
        func iso(_ seconds: Int) -> String {
            let f = ISO8601DateFormatter()
            f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return f.string(from: Date(timeIntervalSince1970: Double(seconds)))
        }
        func critical(_ at: Int, _ target: String) {
            serial += 1
            let id = String(format: "%012d", serial)
            lines.append(#"{"id":"00000000-0000-4000-8000-\#(id)","time":"\#(iso(at))","actor":"import:linkedin","account":"root","type":"comment.received","v":1,"body":{"authorFollowers":10,"authorRef":"p\#(serial)","commentID":"c\#(serial)","network":"linkedin","postedAt":"\#(iso(at))","target":\#(target)}}"#)
            lines.append(#"{"id":"00000000-0000-4000-9000-\#(id)","time":"\#(iso(at + 1))","actor":"model:rules-v1","account":"root","type":"comment.classified","v":1,"body":{"category":"criticism","commentID":"c\#(serial)","source":"model:rules-v1"}}"#)
        }
        let company = #"{"id":"cp","kind":"companyPost"}"#, share = #"{"id":"sh1","kind":"share"}"#
        for week in 1...4 {
            for b in -9...1 { for i in 0..<3 { critical(current + b * 900 + i * 60 - week * 7 * 86_400, company) } }
        }
        for b in -8 ... -1 { for i in 0..<3 { critical(current + b * 900 + i * 60, company) } }
        for (b, extra) in [(-2, 6), (-1, 10), (0, 5)] { for i in 0..<extra { critical(current + b * 900 + 30 + i * 40, share) } }
        let file = cli.home.appendingPathComponent("storm.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let ingested = try cli.run(["ingest", file.path, "--store", store])
        #expect(ingested.status == 0, "\(ingested.stdout) \(ingested.stderr)")
        return store
    }

    @Test func theLevelFromTheCountsAsTextAndJSON() throws {
        let cli = try NewsroomCLI(now: Self.now)
        defer { cli.remove() }
        let store = try newsroom(cli)
        let text = try cli.run(["crisis", "--store", store])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(Array(text.stdout.split(separator: "\n").prefix(4)) == [
            "Crisis level      2 (storm), from the counts",
            "  storm (smoothed z 2.2 for 2 quarter hours): 18 critical comments in the last 30 min, usually 6; most on post share:sh1 (15)",
            "  quarter hour    08:30–08:45, 50 % passed; baseline of 4 past weeks",
            "  program         level 2: 5 now (projected 10), usually 3 (MAD 0, spread 2); z 2.47, smoothed 2.23, at or above 2 for 2 quarter hours; critical share 100 %, usually 100 %",
        ], "\(text.stdout)")
        #expect(text.stdout.contains("  post            share:sh1: 15 critical in the last 30 min, usually 0"))

        let json = try #require(try cli.run(["crisis", "--json", "--store", store]).json as? [String: Any])
        #expect(json["level"] as? Int == 2 && json["automatic"] as? Int == 2 && json["label"] as? String == "storm")
        #expect(json["manual"] is NSNull && json["isAlert"] as? Bool == true)
        let program = try #require(json["program"] as? [String: Any])
        #expect(program["count"] as? Int == 5 && program["projected"] as? Double == 10 && program["baselineMedian"] as? Double == 3)
        #expect(abs((program["smoothedZ"] as? Double ?? 0) - 2.233462) < 1e-6)
        let post = try #require(json["post"] as? [String: Any])
        #expect(post["name"] as? String == "share:sh1" && (post["post"] as? [String: Any])?["kind"] as? String == "share")
        #expect((json["formula"] as? String)?.hasPrefix("z = √f × (count/f − median)") == true)
        #expect((json["settings"] as? [String: Any])?["smoothing"] as? Double == 0.3)

        // `newsroom kpi` carries the same.
        let kpi = try cli.run(["kpi", "--store", store])
        #expect(kpi.stdout.contains("\nCrisis level      2 (storm), from the counts\n  storm (smoothed z 2.2"), "\(kpi.stdout)")
        let kpiJSON = try #require(try cli.run(["kpi", "--json", "--store", store]).json as? [String: Any])
        let crisis = try #require(kpiJSON["crisis"] as? [String: Any])
        #expect(crisis["level"] as? Int == 2 && (crisis["program"] as? [String: Any])?["recentCount"] as? Int == 18)
    }

    @Test func setByHandAndClearedByAPerson() throws {
        let cli = try NewsroomCLI(now: Self.now)
        defer { cli.remove() }
        let store = try newsroom(cli)
        let set = try cli.run(["crisis", "set", "6", "--note", "Tagesschau berichtet", "--as", "anna", "--json", "--store", store])
        #expect(set.status == 0, "\(set.stderr)")
        let json = try #require(set.json as? [String: Any])
        #expect(json["level"] as? Int == 6 && json["automatic"] as? Int == 2 && json["recorded"] is Int)
        let manual = try #require(json["manual"] as? [String: Any])
        #expect(manual["by"] as? String == "anna" && manual["note"] as? String == "Tagesschau berichtet" && manual["level"] as? Int == 6)
        #expect(manual["at"] as? String == "2026-11-24T07:37:30.000Z")
        #expect(try cli.run(["crisis", "--store", store]).stdout.hasPrefix("Crisis level      6 (storm in all media), set by hand\n"
            + "  set by hand to 6 (storm in all media) by anna at 2026-11-24 08:37: Tagesschau berichtet (from the counts: 2 (storm))"))
        #expect(try cli.run(["log", "--store", store]).stdout.contains("crisis.declared  level 6 (storm in all media): Tagesschau berichtet"))

        let cleared = try cli.run(["crisis", "clear", "--note", "ruhiger", "--as", "anna", "--store", store])
        #expect(cleared.status == 0 && cleared.stdout.hasPrefix("Crisis level      2 (storm), from the counts"), "\(cleared.stdout) \(cleared.stderr)")
        #expect(cleared.stdout.contains("Recorded as event"))
        #expect(try cli.run(["log", "--store", store]).stdout.contains("crisis.cleared  back to the automatic level: ruhiger"))
    }

    @Test func refusals() throws {
        let cli = try NewsroomCLI(now: Self.now)
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("quiet").path
        #expect(try cli.run(["init", store]).status == 0)
        for level in ["4", "0", "7", "five"] {
            let r = try cli.run(["crisis", "set", level, "--note", "n", "--store", store])
            #expect(r.status != 0 && r.stderr.contains("'\(level)' cannot be set by hand: only 5 (campaign) or 6 (in all media) are; 0 to 4 come from the counts"),
                    "\(level): \(r.stderr)")
        }
        let noNote = try cli.run(["crisis", "set", "5", "--store", store])
        #expect(noNote.status != 0 && noNote.stderr.contains("say why with --note"))
        let blank = try cli.run(["crisis", "set", "5", "--note", "  ", "--store", store])
        #expect(blank.status != 0 && blank.stderr.contains("say why with --note"))
        let importer = try cli.run(["crisis", "set", "5", "--note", "n", "--as", "import:x", "--store", store])
        #expect(importer.status != 0 && importer.stderr.contains("'import:x' is not a person"))
        let nothing = try cli.run(["crisis", "clear", "--store", store])
        #expect(nothing.status != 0 && nothing.stderr.contains("no crisis level is set by hand, so there is nothing to clear: the level is 0 (calm), from the counts"))
        #expect(try cli.run(["log", "--store", store]).stdout.contains("crisis.") == false, "nothing recorded")
        let quiet = try #require(try cli.run(["crisis", "--json", "--store", store]).json as? [String: Any])
        #expect(quiet["level"] as? Int == 0 && quiet["post"] is NSNull && quiet["baselineWeeks"] as? Int == 0)
    }
}
