import Foundation
import Testing

extension EndToEndTests {
    /// The README's first command on a fresh machine: the console opens at once and says it is
    /// making the demo newsroom, with its progress, then shows the newsroom without a key.
    @Suite("first start")
    final class FirstStartEndToEndTests {
        let home: URL

        init() throws {
            home = FileManager.default.temporaryDirectory.appendingPathComponent("nr-e2e-first-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: home) }

        var environment: [String: String] {
            ["LANG": "C.UTF-8", "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
             "XDG_DATA_HOME": home.appendingPathComponent("data").path, "NEWSROOM_NOW": "2026-11-24T07:30:00Z", "PATH": "/usr/bin:/bin"]
        }

        @Test("newsroom --demo opens at once, says it is making the demo, then shows it")
        func demoOnAFreshMachine() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found in \(NewsroomBinary.candidates)")
            let console = try TmuxSession(width: 100, height: 30, environment: environment) { _ in
                "\(shellQuoted(binary)) --demo; sleep 60"
            }
            console.waitForScreen("the opening screen with its progress") {
                $0.contains("Making the demo newsroom (once a day)") && $0.contains("q leaves")
            }
            console.waitForScreen("the newsroom, without a key", within: .seconds(60)) { $0.contains("1 Briefing") && $0.contains("2 Moderation") }
            let demo = home.appendingPathComponent("data/newsroom")
            let left = (try? FileManager.default.contentsOfDirectory(atPath: demo.path)) ?? []
            #expect(left == ["demo"], "only the finished demo is there: \(left)")
            console.sendKeys("q")
        }
    }
}
