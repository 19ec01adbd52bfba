import Foundation
import Testing

extension EndToEndTests {
    /// The exit paths `newsroom` cannot show on demand: a crash and a thrown error, run through
    /// `TerminalBench guard-check`, which takes over the terminal like the console does.
    @Suite("Crash and error restore the terminal")
    struct CrashGuardTests {
        func run(_ mode: String) throws -> TmuxSession {
            let binary = try #require(NewsroomBinary.path(for: "TerminalBench"),
                                      "TerminalBench not found; looked in \(NewsroomBinary.candidates(for: "TerminalBench"))")
            let environment = ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=yes,interactive=no", "PATH": "/usr/bin:/bin"]
            return try TmuxSession(width: 100, height: 30, environment: environment) { dir in
                let script = "stty -a > \(shellQuoted(dir + "/before")); "
                    + "\(shellQuoted(binary)) guard-check \(mode); echo $? > \(shellQuoted(dir + "/status")); "
                    + "stty -a > \(shellQuoted(dir + "/after")); sleep 60"
                return "sh -c \(shellQuoted(script))"
            }
        }

        func expectRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
            let status = session.waitForFile("status", sourceLocation: sourceLocation)
            let after = session.waitForFile("after", sourceLocation: sourceLocation)
            let before = try? String(contentsOf: session.folder.appendingPathComponent("before"), encoding: .utf8)
            #expect(before != nil && before == after, "stty -a changed:\nbefore: \(before ?? "-")\nafter: \(after ?? "-")", sourceLocation: sourceLocation)
            return status
        }

        @Test("after a crash the terminal is restored and the backtrace is readable")
        func crash() throws {
            let session = try run("crash")
            let status = expectRestored(session)
            #expect(status.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }.map { $0 > 128 } == true, "status \(status ?? "-")")
            let screen = session.screen()
            #expect(!screen.contains("guard-check running"), "the program's screen is still shown:\n\(screen)")
        }

        @Test("after a thrown error the terminal is restored and the error is shown")
        func thrownError() throws {
            let session = try run("throw")
            #expect(expectRestored(session) == "1\n")
            session.waitFor("thrown on purpose")
        }
    }
}
