import Foundation
import Testing

/// `--now` and `NEWSROOM_NOW` set the newsroom's clock, and so the time an event states; the
/// store adds when it really committed the event, and `newsroom log` shows both where they differ.
@Suite struct AuditTimeCommandLineTests {
    /// Today's date in Berlin (the zone `newsroom init` gives a newsroom) by the machine's clock.
    var machineDate: String {
        let f = DateFormatter()
        f.timeZone = TimeZone(identifier: "Europe/Berlin")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: Date())
    }

    @Test func aMadeUpTimeIsShownBesideTheRealCommitTime() throws {
        let cli = try NewsroomCLI(now: "2020-03-01T09:00:00Z")
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("audit").path
        #expect(try cli.run(["init", store]).status == 0)
        let swept = try cli.run(["privacy", "sweep", "--store", store])
        #expect(swept.status == 0, "\(swept.stderr)")
        let dateBefore = machineDate
        let log = try cli.run(["log", "--store", store, "--type", "privacy."])
        let line = try #require(log.stdout.split(separator: "\n").first { $0.contains("privacy.swept") }, "\(log.stdout)")
        #expect(line.contains("2020-03-01 10:00 (committed \(dateBefore) ") || line.contains("2020-03-01 10:00 (committed \(machineDate) "),
                "the stated time and the machine's: \(line)")

        let json = try cli.run(["log", "--store", store, "--json", "--type", "privacy."])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "\(json.stdout)")
        #expect(object["time"] as? String == "2020-03-01T09:00:00.000Z")
        let committed = try #require(object["committed"] as? String, "\(json.stdout)")
        let at = try #require(ISO8601DateFormatter.withFractions.date(from: committed), "\(committed)")
        #expect(abs(at.timeIntervalSinceNow) < 600, "committed \(committed) is the machine's time, not the simulated one")
    }

    @Test func aTimeFromTheMachinesClockShowsOnce() throws {
        let cli = try NewsroomCLI(now: "")
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("audit").path
        #expect(try cli.run(["init", store]).status == 0)
        #expect(try cli.run(["privacy", "sweep", "--store", store]).status == 0)
        let log = try cli.run(["log", "--store", store])
        #expect(log.stdout.contains("privacy.swept"), "\(log.stdout)")
        #expect(!log.stdout.contains("committed"), "the two times agree, so one is shown: \(log.stdout)")
    }

    @Test func theLogsJSONGoesBackInThroughIngest() throws {
        let cli = try NewsroomCLI(now: "2020-03-01T09:00:00Z")
        defer { cli.remove() }
        let first = cli.home.appendingPathComponent("first").path, second = cli.home.appendingPathComponent("second").path
        #expect(try cli.run(["init", first]).status == 0)
        #expect(try cli.run(["init", second]).status == 0)
        #expect(try cli.run(["privacy", "sweep", "--store", first]).status == 0)
        let json = try cli.run(["log", "--store", first, "--json"])
        let file = cli.home.appendingPathComponent("log.jsonl")
        try Data(json.stdout.utf8).write(to: file)
        let ingested = try cli.run(["ingest", file.path, "--store", second])
        #expect(ingested.status == 0, "\(ingested.stdout) \(ingested.stderr)")
        let log = try cli.run(["log", "--store", second, "--type", "privacy."])
        #expect(log.stdout.contains("privacy.swept"), "\(log.stdout)")
    }
}

extension ISO8601DateFormatter {
    nonisolated(unsafe) static let withFractions: ISO8601DateFormatter = {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }()
}
