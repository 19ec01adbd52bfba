import Foundation
import Testing

/// Moving a newsroom: export it, ingest the export elsewhere, and see the same figures.
@Suite(.serialized) struct ExchangeCommandLineTests {
    @Test func exportThenIngestGivesTheSameKPIs() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let source = cli.home.appendingPathComponent("source").path
        let target = cli.home.appendingPathComponent("target").path
        let export = cli.home.appendingPathComponent("all.jsonl").path
        #expect(try cli.run(["demo", source, "--seed", "3"]).status == 0)
        let exported = try cli.run(["export", "--jsonl", export, "--store", source])
        #expect(exported.status == 0, "\(exported.stderr)")

        #expect(try cli.run(["init", target]).status == 0)
        try FileManager.default.removeItem(atPath: target + "/newsroom.yaml")
        try FileManager.default.copyItem(atPath: source + "/newsroom.yaml", toPath: target + "/newsroom.yaml")
        let ingested = try cli.run(["ingest", export, "--store", target, "--json"])
        #expect(ingested.status == 0, "\(ingested.stderr)")

        for window in ["7d", "30d", "today"] {
            let before = try cli.run(["kpi", "--store", source, "--json", "--window", window]).stdout
            let after = try cli.run(["kpi", "--store", target, "--json", "--window", window]).stdout
            #expect(!before.isEmpty)
            #expect(before == after, "kpi --json --window \(window) differs after export and ingest")
        }
        let again = try #require(try cli.run(["ingest", export, "--store", target, "--json"]).json as? [[String: Any]])
        #expect(again.first?["imported"] as? Int == 0, "importing the same file twice adds nothing")
        #expect(try cli.run(["queue", "--store", target, "--json"]).stdout == (try cli.run(["queue", "--store", source, "--json"]).stdout))
    }

    @Test func privacyCommandsAnswerAccessAndErasure() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("demo").path
        #expect(try cli.run(["demo", store]).status == 0)
        let queue = try #require(try cli.run(["queue", "--store", store, "--json", "--limit", "1"]).json as? [String: Any])
        let item = try #require((queue["items"] as? [[String: Any]])?.first)
        let author = try #require(item["author"] as? String)
        let access = try cli.run(["privacy", "export", author, "--store", store])
        #expect(access.status == 0, "\(access.stderr)")
        #expect(access.stdout.contains("\"texts\""))
        let erased = try cli.run(["privacy", "erase", author, "--request", "DSAR-1", "--store", store, "--as", "datenschutz"])
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(try cli.run(["privacy", "export", author, "--store", store]).status != 0, "nothing is held any more")
        let log = try cli.run(["log", "--store", store, "--type", "privacy.erased"])
        #expect(log.stdout.contains("datenschutz") && log.stdout.contains("DSAR-1"))
        let sweep = try cli.run(["privacy", "sweep", "--store", store, "--json"])
        #expect(sweep.status == 0, "\(sweep.stderr)")
    }
}
