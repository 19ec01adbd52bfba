import Foundation
import Testing

extension EndToEndTests {
    /// The morning call's wall as a new user runs it: the console on the demo and `newsroom simulate
    /// --rate 50 --storm-at 30` in another window, both at NEWSROOM_NOW with NEWSROOM_SPEED=60. The
    /// KPI pane's numbers move without a key, the crisis level rises and the top bar names the post
    /// within about a simulated hour, and once the feed is stopped the pane shows what `newsroom kpi`
    /// prints for its window.
    @Suite("the KPI pane beside newsroom simulate")
    final class LiveKPIEndToEndTests {
        let home: URL
        let store: URL
        static let now = "2026-11-24T07:30:00Z"

        init() throws {
            home = FileManager.default.temporaryDirectory.appendingPathComponent("nr-e2e-live-kpi-\(UUID().uuidString.prefix(8))")
            store = home.appendingPathComponent("data/newsroom/demo")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: home) }

        var environment: [String: String] {
            ["LANG": "C.UTF-8", "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
             "XDG_DATA_HOME": home.appendingPathComponent("data").path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
             "NEWSROOM_NOW": Self.now, "NEWSROOM_SPEED": "60", "PATH": "/usr/bin:/bin"]
        }

        /// The value a gauge row shows (`775.7k`, `94.5`, `108.5k EUR`, `110 / 169`), on the pane or in `newsroom kpi`.
        static func value(of label: String, in text: String) -> String? {
            guard let line = text.split(separator: "\n").first(where: { $0.contains("● \(label) ") || $0.contains("◐ \(label) ") }),
                  let labelEnd = line.range(of: label)?.upperBound else { return nil }
            let rest = String(line[labelEnd...])
            let pattern = #"(\d[\d.,]*[kMG]?(?: / \d[\d.,]*[kMG]?)?(?: [A-Z]{3})?)\s*(?:[▲▼=]|[║│]|$)"#
            guard let regex = try? NSRegularExpression(pattern: pattern),
                  let match = regex.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)),
                  let range = Range(match.range(at: 1), in: rest) else { return nil }
            return String(rest[range])
        }

        static let compared = ["Impressions", "Engagement score", "Visits from social", "Earned media value", "Reach"]

        @Test("numbers move by themselves, the storm is named, and the pane equals newsroom kpi --window 7d")
        func wallBesideTheFeed() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found in \(NewsroomBinary.candidates)")
            let made = runNewsroom(binary, ["demo", store.path, "--quiet"], environment: environment)
            try #require(made.status == 0, "\(made.output)")
            let console = try TmuxSession(width: 160, height: 45, environment: environment) { _ in "\(shellQuoted(binary)) --demo; sleep 120" }
            console.waitFor("● live")
            console.sendKeys("3", "z")
            let before = console.waitForScreen("the zoomed KPI pane with its gauges") { Self.value(of: "Impressions", in: $0) != nil }
            let impressions = try #require(Self.value(of: "Impressions", in: before))
            #expect(before.contains("crisis 0"), "calm before the feed")

            let feed = try TmuxSession(width: 160, height: 12, environment: environment) { _ in
                "\(shellQuoted(binary)) simulate --store \(shellQuoted(self.store.path)) --rate 50 --storm-at 30; sleep 60"
            }
            feed.waitFor("Simulating")
            // Measurements arrive at once: the impressions move, no key pressed.
            console.waitForScreen("the impressions to move by themselves", within: .seconds(10)) {
                Self.value(of: "Impressions", in: $0).map { $0 != impressions } ?? false
            }
            // The storm starts 30 simulated minutes in (30 s); the detector needs two quarter hours above (30 s more).
            let storm = console.waitForScreen("the crisis alert naming the post", within: .seconds(120)) {
                $0.contains("🔥 crisis") && $0.contains("post ")
            }
            #expect(storm.split(separator: "\n").first?.contains("(C jumps)") == true, "\(storm)")

            feed.sendKeys("C-c")
            feed.waitForScreen("the feed to say what it wrote", within: .seconds(10)) { $0.contains("events written") }
            // Settled: the same figures on two readings a simulated minute (a real second) apart.
            var shown: [String: String] = [:]
            console.waitForScreen("the pane to settle after the feed stopped", within: .seconds(15)) { screen in
                let now = Dictionary(uniqueKeysWithValues: Self.compared.compactMap { label in Self.value(of: label, in: screen).map { (label, $0) } })
                defer { shown = now }
                Thread.sleep(forTimeInterval: 1.2)
                return now.count == Self.compared.count && now == shown
            }
            let printed = runNewsroom(binary, ["kpi", "--store", store.path, "--window", "7d"], environment: environment)
            #expect(printed.status == 0, "\(printed.output)")
            for label in Self.compared {
                #expect(Self.value(of: label, in: printed.output) == shown[label], "\(label): pane \(shown[label] ?? "–"), kpi: \(printed.output)")
            }
            console.sendKeys("q")
        }
    }
}
