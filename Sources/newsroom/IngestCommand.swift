import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom ingest`: events and records from JSON Lines or CSV files, or the inbox.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Import events or records from JSON Lines or CSV files (or everything in inbox/).",
        discussion: """
            JSON Lines: event envelopes as `export --jsonl` writes them, or simple records (a comment, a share's \
            metrics, a mention count). CSV: a header row in German or English, `,` or `;`, UTF-8 or Windows-1252. \
            Events already in the log are skipped, so importing a file twice adds nothing. Bad lines are reported \
            with file:line and the rest is imported. With --inbox, files in inbox/ move to inbox/done/ and bad rows \
            to inbox/rejected/ with a report. Formats: docs/import.md.
            """
    )

    @Argument(help: ArgumentHelp("Files to import.", valueName: "file")) var files: [String] = []
    @Flag(help: "Import every *.jsonl and *.csv in the newsroom's inbox/.") var inbox = false
    @Flag(help: "Print the result as JSON.") var json = false
    @Flag(help: "No progress line on standard error.") var quiet = false
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard inbox || !files.isEmpty else { throw ValidationError("name at least one file to import, or use --inbox") }
    }

    func run() throws {
        let context = try CommandContext(global)
        let store = try context.openStore()
        let importer = Importer(store: store, account: context.identity.account, now: context.now)
        var reports: [ImportReport] = []
        let started = ContinuousClock.now
        let show: (String, ImportProgress) -> Void = { name, p in
            if !quiet { Terminal.progress(ImportProgressLine.text(name, p)) }
        }
        // Every named file is checked before the first is imported, so a typo in the last does not
        // leave the first half done.
        for file in files {
            let url = URL(fileURLWithPath: file)
            guard FileManager.default.fileExists(atPath: url.path) else { throw ValidationError("there is no file \(file)") }
            if let refusal = Importer.refusal(of: url, named: url.relativePath) { throw refusal }
        }
        do {
            if inbox {
                reports += try importer.ingestInbox(progress: show)
            }
            for file in files {
                let url = URL(fileURLWithPath: file)
                reports.append(try importer.ingest(url) { p in show(url.lastPathComponent, p) })
            }
        } catch let stopped as ImportStopped {
            // What the files before this one brought is committed: say so before the error does.
            Terminal.endProgress()
            if !json { summarise(reports, seconds: (ContinuousClock.now - started).seconds) }
            throw stopped
        }
        Terminal.endProgress()
        if json {
            try Terminal.json(encodable: reports)
        } else {
            summarise(reports, seconds: (ContinuousClock.now - started).seconds)
            if reports.isEmpty { Terminal.out("Nothing to import.") }
        }
        if reports.contains(where: { !$0.rejected.isEmpty }) { throw ExitCode(3) }
    }

    /// One line a file with its rejected lines, then the rate.
    private func summarise(_ reports: [ImportReport], seconds: Double) {
        for r in reports {
            Terminal.out("\(r.file): \(r.imported) imported, \(r.duplicates) already known, \(r.rejected.count) rejected")
            for line in r.rejected.prefix(50) { Terminal.out("  \(line)") }
            if r.rejected.count > 50 { Terminal.out("  … and \(r.rejected.count - 50) more") }
        }
        if !reports.isEmpty {
            Terminal.out(RateLine.text(reports.reduce(0) { $0 + $1.imported }, what: "events imported", seconds: seconds))
        }
    }
}

/// "comments.csv: 12,000 rows, 8,000/s, 40 %, about 4 s left"; while another writer holds the
/// store, "waiting for the store (another writer holds it): 3 s".
enum ImportProgressLine {
    static func text(_ name: String, _ p: ImportProgress) -> String {
        let rate = p.elapsed > 0 ? Double(p.rows) / p.elapsed : 0
        let fraction = p.totalBytes > 0 ? Double(p.bytesRead) / Double(p.totalBytes) : 0
        let left = fraction > 0 ? p.elapsed * (1 - fraction) / fraction : 0
        let line = "\(name): \(RateLine.grouped(p.rows)) rows, \(RateLine.grouped(Int(rate)))/s, \(Int(fraction * 100)) %, about \(Int(left.rounded(.up))) s left"
        guard let waited = p.waitingForStore else { return line }
        return line + "; waiting for the store (another writer holds it): \(Int(waited)) s"
    }
}
