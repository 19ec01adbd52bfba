import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom export --jsonl`: every event in the envelope of DESIGN.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every event as JSON Lines, for jq, other tools, or moving a newsroom.",
        discussion: "By default the personal data of commenters travels inline (a complete copy: `ingest` splits it off again). --pseudonymous leaves it out, for analysts."
    )

    @Flag(help: "Write JSON Lines (one event a line).") var jsonl = false
    @Argument(help: ArgumentHelp("The file to write (default: standard output).", valueName: "file")) var file: String?
    @Flag(help: "Leave out personal data of commenters.") var pseudonymous = false
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard jsonl else { throw ValidationError("say what to export: --jsonl (every event); briefings: `newsroom briefing --format markdown`") }
    }

    func run() throws {
        let store = try CommandContext(global).openStore()
        if let file {
            let count = try PrivateFile.write(to: URL(fileURLWithPath: file)) { handle in
                try JSONLExport.write(store, to: handle, pseudonymous: pseudonymous)
            }
            FileHandle.standardError.write(Data("Wrote \(count) events to \(file)\(pseudonymous ? " (pseudonymous)" : "").\n".utf8))
        } else {
            _ = try JSONLExport.write(store, to: FileHandle.standardOutput, pseudonymous: pseudonymous)
        }
    }
}
