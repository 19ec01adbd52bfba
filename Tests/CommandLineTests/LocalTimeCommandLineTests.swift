import Foundation
import Testing

/// Every time a person reads is in the newsroom's zone (here Europe/Berlin, UTC+1 in November),
/// with the zone named once; JSON keeps UTC (RFC 3339 with `Z`).
@Suite(.serialized) struct LocalTimeCommandLineTests {
    /// A fresh newsroom (`newsroom init`: Europe/Berlin) with one story under embargo until
    /// 20:22 UTC, which is 21:22 in Berlin, a retention sweep, a claim and an acknowledgement; the clock stands at 08:30 there.
    func newsroom(_ cli: NewsroomCLI) throws -> String {
        let store = cli.home.appendingPathComponent("berlin").path
        #expect(try cli.run(["init", store]).status == 0)
        let events = """
            {"id":"00000000-0000-4000-8000-000000000001","time":"2026-11-24T07:00:00.000Z","actor":"anna","account":"anna","type":"story.added","v":1,"body":{"content":{"headline":"Umspannwerk am Netz","language":"de","postTexts":[],"restriction":{"roles":[],"teams":[]},"source":"blog","summary":"","talkingPoints":[],"topics":[]},"storyID":"s1"}}
            {"id":"00000000-0000-4000-8000-000000000002","time":"2026-11-24T07:01:00.000Z","actor":"anna","account":"anna","type":"briefing.scheduled","v":1,"body":{"date":"2026-11-24","storyID":"s1"}}
            {"id":"00000000-0000-4000-8000-000000000003","time":"2026-11-24T07:02:00.000Z","actor":"anna","account":"anna","type":"briefing.decided","v":1,"body":{"date":"2026-11-24","decision":{"kind":"embargo","until":"2026-11-24T20:22:00.000Z"},"storyID":"s1"}}
            {"id":"00000000-0000-4000-8000-000000000004","time":"2026-11-24T07:03:00.000Z","actor":"anna","account":"anna","type":"privacy.swept","v":1,"body":{"cutoff":"2024-11-23T23:00:00.000Z","keptUnderLegalEscalation":0,"profilesRemoved":0,"textsRemoved":0}}
            {"id":"00000000-0000-4000-8000-000000000005","time":"2026-11-24T07:04:00.000Z","actor":"anna","account":"anna","type":"comment.claimed","v":1,"body":{"commentID":"c-1","holder":"anna","leaseUntil":"2026-11-24T07:19:00.000Z","takeOver":false}}
            {"id":"00000000-0000-4000-8000-000000000006","time":"2026-11-24T07:05:00.000Z","actor":"anna","account":"anna","type":"ambassador.acknowledged","v":1,"body":{"ambassadorID":"amb-1","at":"2026-11-23T23:30:00.000Z"}}

            """
        let file = cli.home.appendingPathComponent("events.jsonl")
        try Data(events.utf8).write(to: file)
        let ingested = try cli.run(["ingest", file.path, "--store", store])
        #expect(ingested.status == 0, "\(ingested.stdout) \(ingested.stderr)")
        return store
    }

    @Test func logShowsTheEmbargoInTheNewsroomsZone() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = try newsroom(cli)
        let log = try cli.run(["log", "--store", store])
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout.contains("→ embargo until 21:22"), "\(log.stdout)")
        #expect(log.stdout.contains("2026-11-24 08:02 (committed "), "the event's own time is local: \(log.stdout)")
        #expect(log.stdout.contains(")  anna  briefing.decided"), "\(log.stdout)")
        #expect(log.stdout.contains("before 2024-11-24 00:00"), "the sweep's cutoff is local: \(log.stdout)")
        #expect(log.stdout.contains("c-1 held by anna until 2026-11-24 08:19"), "a claim's lease is local: \(log.stdout)")
        #expect(log.stdout.contains("\"at\":\"2026-11-24 00:30\""), "times in bodies shown as JSON are local: \(log.stdout)")
        #expect(!log.stdout.contains("Z\"") && !log.stdout.contains(".000Z"), "no UTC time is left: \(log.stdout)")
        #expect(log.stdout.split(separator: "\n").first == "Times in Europe/Berlin.", "the zone is named once, first: \(log.stdout)")
    }

    @Test func logJSONKeepsUTC() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = try newsroom(cli)
        let log = try cli.run(["log", "--store", store, "--json", "--type", "briefing.decided"])
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout.contains("\"until\":\"2026-11-24T20:22:00.000Z\""), "\(log.stdout)")
        #expect(log.stdout.contains("\"time\":\"2026-11-24T07:02:00.000Z\""), "\(log.stdout)")
        #expect(!log.stdout.contains("Times in"), "JSON Lines stay JSON Lines: \(log.stdout)")
    }

    @Test func briefingAndKPIsNameTheZoneTheirTimesAreIn() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = try newsroom(cli)
        let briefing = try cli.run(["briefing", "--store", store])
        #expect(briefing.stdout.contains("as of 08:30 Europe/Berlin"), "\(briefing.stdout)")
        #expect(briefing.stdout.contains("embargo until 21:22"), "\(briefing.stdout)")
        let briefingJSON = try cli.run(["briefing", "--store", store, "--json"])
        #expect(briefingJSON.stdout.contains("\"until\" : \"2026-11-24T20:22:00.000Z\"") || briefingJSON.stdout.contains("\"until\":\"2026-11-24T20:22:00.000Z\""),
                "\(briefingJSON.stdout)")
        let kpi = try cli.run(["kpi", "--store", store])
        #expect(kpi.stdout.contains("2026-11-24 08:30 Europe/Berlin"), "\(kpi.stdout)")
        let ambassadors = try cli.run(["ambassadors", "--store", store])
        #expect(ambassadors.stdout.contains("dates in Europe/Berlin"), "\(ambassadors.stdout)")
    }

    @Test func theInboxReportIsInLocalTime() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = try newsroom(cli)
        let inbox = URL(fileURLWithPath: store).appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try Data("{\"not\": \"an event\"}\n".utf8).write(to: inbox.appendingPathComponent("bad.jsonl"))
        _ = try cli.run(["ingest", "--inbox", "--store", store])
        let report = try String(contentsOf: inbox.appendingPathComponent("rejected/bad.jsonl.report.txt"), encoding: .utf8)
        #expect(report.contains("at 2026-11-24 08:30 (Europe/Berlin)"), "\(report)")
        #expect(!report.contains("07:30:00.000Z"), "\(report)")
    }
}
