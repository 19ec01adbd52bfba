import Foundation
import Testing

extension EndToEndTests {
    /// `newsroom simulate` beside an open console on the demo, both given the same NEWSROOM_NOW
    /// and NEWSROOM_SPEED=60: they agree on "now", and the console's numbers move by themselves.
    @Suite("newsroom simulate beside a console")
    final class SimulateEndToEndTests {
        let home: URL
        let store: URL
        static let now = "2026-11-24T07:30:00Z"

        init() throws {
            home = FileManager.default.temporaryDirectory.appendingPathComponent("nr-e2e-simulate-\(UUID().uuidString.prefix(8))")
            store = home.appendingPathComponent("data/newsroom/demo")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: home) }

        var environment: [String: String] {
            ["LANG": "C.UTF-8", "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
             "XDG_DATA_HOME": home.appendingPathComponent("data").path, "NEWSROOM_NOW": Self.now, "NEWSROOM_SPEED": "60", "PATH": "/usr/bin:/bin"]
        }

        /// The top bar's time as seconds of the day ("2026-11-24 08:41:36").
        static func clock(_ screen: String) -> Int? {
            guard let range = screen.range(of: #"2026-11-24 [0-9]{2}:[0-9]{2}:[0-9]{2}"#, options: .regularExpression) else { return nil }
            let parts = screen[range].split(separator: " ")[1].split(separator: ":").compactMap { Int($0) }
            return parts.count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : nil
        }

        /// "2 Moderation · 163 open": the number.
        static func open(_ screen: String) -> Int? {
            guard let range = screen.range(of: #"Moderation · [0-9,]+ open"#, options: .regularExpression) else { return nil }
            return Int(screen[range].split(separator: " ")[2].replacingOccurrences(of: ",", with: ""))
        }

        @Test("the feed and the console agree on now, and the queue grows without a key press")
        func feedBesideAnOpenConsole() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found in \(NewsroomBinary.candidates)")
            let made = runNewsroom(binary, ["demo", store.path, "--quiet"], environment: environment)
            try #require(made.status == 0, "\(made.output)")
            let console = try TmuxSession(width: 160, height: 45, environment: environment) { _ in "\(shellQuoted(binary)) --demo; sleep 60" }
            let first = console.waitForScreen("the console with its clock and queue") { Self.clock($0) != nil && Self.open($0) != nil }
            let openBefore = try #require(Self.open(first))
            let before = try #require(Self.clock(console.screen()))

            let fed = runNewsroom(binary, ["simulate", "--store", store.path, "--rate", "50", "--storm-at", "0", "--duration", "5", "--json"], environment: environment)
            let after = try #require(Self.clock(console.screen()))
            #expect(fed.status == 0, "\(fed.output)")
            let json = try #require(fed.output.firstIndex(of: "{").flatMap { try? JSONSerialization.jsonObject(with: Data(fed.output[$0...].utf8)) } as? [String: Any],
                                    "\(fed.output)")
            let from = try #require(ISO8601DateFormatter.withFractions.date(from: json["from"] as? String ?? ""))
            // Berlin is an hour ahead in November; the console redraws its clock once a real second (60 s here).
            let started = Int(from.timeIntervalSince1970) % 86_400 + 3600
            #expect(started >= before && started <= after + 61, "simulate started at \(started) s of the day; the console showed \(before) before and \(after) after")
            #expect((json["events"] as? Int ?? 0) > 100)
            console.waitForScreen("more open comments, without a key press", within: .seconds(10)) { (Self.open($0) ?? 0) > openBefore }
            console.sendKeys("q")
        }
    }
}

extension ISO8601DateFormatter {
    /// RFC 3339 with milliseconds, as JSON output gives times.
    static var withFractions: ISO8601DateFormatter {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }
}
