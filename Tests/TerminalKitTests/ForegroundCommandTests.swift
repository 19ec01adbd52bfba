import Foundation
import Glibc
import Testing
@testable import TerminalKit

@Suite("Running a program in the terminal's foreground", .serialized)
struct ForegroundCommandTests {
    let environment = ["PATH": "/usr/bin:/bin"]

    @Test("the exit status comes back, and a signal as 128 + its number")
    func exitStatus() throws {
        #expect(try ForegroundCommand.run(["/bin/sh", "-c", "exit 3"], environment: environment) == 3)
        #expect(try ForegroundCommand.run(["sh", "-c", "kill -TERM $$"], environment: environment) == 128 + SIGTERM)
    }

    @Test("the program runs in this process group, with no signal ignored or blocked")
    func sameGroupDefaultSignals() throws {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("nr-foreground-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: report) }
        // What a program inherits from a console that ignores SIGPIPE and blocks SIGTERM.
        let pipe = signal(SIGPIPE, SIG_IGN)
        var blocked = sigset_t(), previousMask = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGUSR2)
        pthread_sigmask(SIG_BLOCK, &blocked, &previousMask)
        defer {
            signal(SIGPIPE, pipe)
            pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        }
        let script = "cat /proc/self/stat /proc/self/status > \"$0\""
        #expect(try ForegroundCommand.run(["/bin/sh", "-c", script, report.path], environment: environment) == 0)
        let text = try String(contentsOf: report, encoding: .utf8)
        // /proc/PID/stat: "pid (name) state ppid pgrp ..."
        let stat = text.split(separator: "\n").first ?? ""
        let group = stat.lastIndex(of: ")").map { stat[stat.index(after: $0)...].split(separator: " ") }.flatMap { $0.count > 2 ? Int32($0[2]) : nil }
        #expect(group == getpgrp())
        // The standard signals 1–31 (glibc keeps its own real-time ones, 32 and 33, as they are).
        let standard: UInt64 = (1 << 31) - 1
        #expect(signals("SigIgn", in: text) & standard == 0, "\(text)")
        #expect(signals("SigBlk", in: text) & standard == 0, "\(text)")
    }

    /// The signal set `field` (`SigIgn`, `SigBlk`) of a `/proc/PID/status` text, one bit per signal.
    func signals(_ field: String, in status: String) -> UInt64 {
        let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") } ?? ""
        return UInt64(line.dropFirst(field.count + 1).trimmingCharacters(in: .whitespaces), radix: 16) ?? 0
    }

    @Test("SIGINT is ignored here only while the program runs")
    func interruptIgnoredWhileRunning() throws {
        let bit = UInt64(1) << UInt64(SIGINT - 1)
        let before = signals("SigIgn", in: try String(contentsOfFile: "/proc/self/status", encoding: .utf8))
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("nr-foreground-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: report) }
        #expect(try ForegroundCommand.run(["/bin/sh", "-c", "cat /proc/$PPID/status > \"$0\"", report.path], environment: environment) == 0)
        #expect(signals("SigIgn", in: try String(contentsOf: report, encoding: .utf8)) & bit != 0, "the parent ignores SIGINT while waiting")
        let after = signals("SigIgn", in: try String(contentsOfFile: "/proc/self/status", encoding: .utf8))
        #expect(after & bit == before & bit, "and puts its own handling back afterwards")
    }

    @Test("a caught SIGTSTP is at its default while the program runs, so Ctrl-Z stops both; an ignored one stays ignored")
    func stopSignalWhileRunning() throws {
        let bit = UInt64(1) << UInt64(SIGTSTP - 1)
        let previous = signal(SIGTSTP, { _ in })
        defer { signal(SIGTSTP, previous) }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("nr-foreground-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: report) }
        let script = "cat /proc/$PPID/status > \"$0\""
        #expect(try ForegroundCommand.run(["/bin/sh", "-c", script, report.path], environment: environment) == 0)
        let during = try String(contentsOf: report, encoding: .utf8)
        #expect(signals("SigCgt", in: during) & bit == 0 && signals("SigIgn", in: during) & bit == 0, "default while waiting")
        #expect(signals("SigCgt", in: try String(contentsOfFile: "/proc/self/status", encoding: .utf8)) & bit != 0, "caught again afterwards")

        signal(SIGTSTP, SIG_IGN)
        #expect(try ForegroundCommand.run(["/bin/sh", "-c", script, report.path], environment: environment) == 0)
        #expect(signals("SigIgn", in: try String(contentsOf: report, encoding: .utf8)) & bit != 0, "an ignored SIGTSTP stays ignored")
    }

    @Test("a program that does not exist cannot start")
    func missingProgram() {
        #expect(throws: ForegroundCommandError(program: "/nonexistent/editor", problem: .cannotStart(ENOENT))) {
            try ForegroundCommand.run(["/nonexistent/editor"], environment: environment)
        }
    }
}
