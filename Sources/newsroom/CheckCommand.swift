import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom check`: is the newsroom's database whole, its log gapless, its projections right?
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the newsroom's database, its event log and (with --full) its projections.",
        discussion: """
            Runs SQLite's quick check over every page (its full integrity check with --full), checks that the \
            log's seq runs without a gap, that every id is a UUID and every body can be read, and with --full \
            replays the whole log in memory and compares every projection with it. Exits 1 when something is wrong.
            """)

    @Flag(help: "Also the full integrity check and the projections against a replay (reads the whole log).") var full = false
    @Flag(help: "Print the result as JSON.") var json = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try CommandContext(global).openStore()
        let result = try store.check(full: full)
        if json {
            try Terminal.json(["healthy": result.isHealthy,
                               "checks": result.findings.map { ["check": $0.check, "ok": $0.ok, "detail": $0.detail] as [String: Any] }])
        } else {
            for finding in result.findings { Terminal.out("\(finding.ok ? "✓" : "✗") \(finding.check): \(finding.detail)") }
            Terminal.out(result.isHealthy ? "The newsroom at \(store.folder.root.path) is healthy." : "The newsroom at \(store.folder.root.path) has problems (above).")
        }
        if !result.isHealthy { throw ExitCode(1) }
    }
}
