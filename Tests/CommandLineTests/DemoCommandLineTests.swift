import Foundation
import Testing

/// A new user's first steps: make the demo, then run every command on it, in text and JSON.
@Suite(.serialized) struct DemoCommandLineTests {
    @Test func everyCommandWorksOnTheDemoInTextAndJSON() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("demo").path
        let made = try cli.run(["demo", store, "--seed", "7"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Created the demo newsroom"))

        let briefing = try cli.run(["briefing", "--store", store])
        #expect(briefing.status == 0, "\(briefing.stderr)")
        #expect(briefing.stdout.contains("Briefing 2026-11-24"))
        #expect(briefing.stdout.contains("embargo until"), "today has an embargo: \(briefing.stdout)")
        #expect(briefing.stdout.contains("pending"))

        let markdown = try cli.run(["briefing", "--store", store, "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Briefing 2026-11-24"))
        #expect(markdown.stdout.contains("## Sperrfrist") || markdown.stdout.contains("## Under embargo"))

        let briefingJSON = try #require(try cli.run(["briefing", "--store", store, "--json"]).json as? [String: Any])
        let stories = try #require(briefingJSON["stories"] as? [[String: Any]])
        #expect(stories.count >= 4)

        let queue = try cli.run(["queue", "--store", store])
        #expect(queue.status == 0, "\(queue.stderr)")
        #expect(queue.stdout.contains("AGE") && queue.stdout.contains("COMMENT"))
        let queueJSON = try #require(try cli.run(["queue", "--store", store, "--json", "--state", "hidden"]).json as? [String: Any])
        #expect((queueJSON["count"] as? Int ?? 0) > 0, "the demo has hidden comments")

        let kpi = try cli.run(["kpi", "--store", store])
        #expect(kpi.status == 0, "\(kpi.stderr)")
        #expect(kpi.stdout.contains("Engagement score"))
        let kpiJSON = try #require(try cli.run(["kpi", "--store", store, "--json", "--window", "30d"]).json as? [String: Any])
        let engagement = try #require(kpiJSON["engagement"] as? [String: Any])
        for key in ["score", "reach", "interaction", "businessImpact"] {
            let value = try #require(engagement[key] as? Double, "engagement.\(key) is a number")
            #expect(value > 0 && value <= 100, "engagement.\(key) = \(value)")
        }

        let ambassadors = try cli.run(["ambassadors", "--store", store, "--team", "executives"])
        #expect(ambassadors.status == 0, "\(ambassadors.stderr)")
        #expect(ambassadors.stdout.contains("executives"))
        let ambassadorsJSON = try #require(try cli.run(["ambassadors", "--store", store, "--json"]).json as? [String: Any])
        #expect((ambassadorsJSON["count"] as? Int ?? 0) >= 150)

        let log = try cli.run(["log", "--store", store, "--type", "comment.hidden", "--limit", "3"])
        #expect(log.status == 0)
        #expect(log.stdout.split(separator: "\n").filter { $0.contains("comment.hidden") }.count == 3)
        #expect(log.stdout.hasPrefix("Times in Europe/Berlin.\n"), "\(log.stdout)")
        let logJSON = try cli.run(["log", "--store", store, "--limit", "2", "--json"])
        for line in logJSON.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["seq"] is Int && object["actor"] is String && object["body"] is [String: Any])
        }

        #expect(try cli.run(["briefing", "--store", store, "--date", "24.11.2026"]).stderr.contains("YYYY-MM-DD"))
        #expect(try cli.run(["kpi", "--store", store, "--window", "fortnight"]).status != 0)
        #expect(try cli.run(["queue", "--store", cli.home.appendingPathComponent("nowhere").path]).stderr.contains("newsroom init"))
        let delete = try cli.run(["delete", "comment", "c-1", "--store", store])
        #expect(delete.status != 0 && delete.stderr.contains("deleting is no solution"), "there is no delete: \(delete.stderr)")
    }

    @Test func theReadmeFirstCommandShowsTheDemoAlsoASecondTime() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        for round in 1...2 {
            let result = try cli.run(["--demo"])
            #expect(result.status == 0, "round \(round): \(result.stderr)")
            #expect(result.stdout.contains("Briefing 2026-11-24"), "round \(round)")
            #expect(result.stdout.contains("Engagement score"), "round \(round)")
        }
    }

    @Test func helpReadsLikeAManPage() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let top = try cli.run(["--help"])
        #expect(top.stdout.contains("USAGE") && top.stdout.contains("SUBCOMMANDS"))
        for command in ["init", "demo", "ingest", "briefing", "queue", "kpi", "ambassadors", "log", "export", "privacy", "themes"] {
            let help = try cli.run([command, "--help"])
            #expect(help.status == 0, "\(command)")
            #expect(help.stdout.contains("OVERVIEW") && help.stdout.contains("OPTIONS"), "\(command) --help:\n\(help.stdout)")
        }
    }
}
