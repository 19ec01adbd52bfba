import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore

/// `newsroom crisis`: the crisis level now (the storm warning's reading of the critical comments),
/// and the levels 5 and 6 only a person sets, recorded as events (`crisis.declared`, `crisis.cleared`).
struct CrisisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crisis",
        abstract: "Show the crisis level (storm warning), or set it to 5 or 6 by hand and clear it again.",
        discussion: """
            Levels after Graf and Schwede: 0 calm, 1 rising, 2 storm, 3 strong storm, 4 storm across networks \
            come from the counts of critical comments per quarter hour against the same weekday and time of \
            the past weeks (newsroom.yaml, storm:). 5 (a campaign) and 6 (aggressive tone, in all media) rest on what \
            counts cannot see, so a person sets them, with a note; `clear` goes back to the counts. See docs/kpi.md.
            """,
        subcommands: [Show.self, SetLevel.self, Clear.self],
        defaultSubcommand: Show.self
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The crisis level now, with every number behind it.")
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let context = try CommandContext(global)
            let store = try context.openStore()
            try CrisisCommand.print(try CrisisReport.load(from: store, at: context.now), store: store, json: json, recorded: nil)
        }
    }

    struct SetLevel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set the crisis level by hand to 5 (campaign) or 6 (in all media), with a note.",
            discussion: "It applies over the level from the counts until `newsroom crisis clear`. Recorded with who and when."
        )
        @Argument(help: ArgumentHelp("5 or 6.", valueName: "level")) var level: String
        @Option(help: "Why: what the counts cannot see (press coverage, a campaign ...).") var note: String?
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let trimmed = level.trimmingCharacters(in: .whitespaces)
            guard let value = Int(trimmed), CrisisLevel.manualLevels.contains(value) else {
                throw ValidationError("'\(level)' cannot be set by hand: only 5 (campaign) or 6 (in all media) are; 0 to 4 come from the counts"
                                      + " of critical comments (`newsroom crisis` shows them), and `newsroom crisis clear` goes back to them")
            }
            guard let note = note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty else {
                throw ValidationError("say why with --note \"...\" (what the counts cannot see: press coverage, a campaign): it is recorded with the level")
            }
            let context = try CommandContext(global)
            try CrisisCommand.requirePerson(context)
            let store = try context.openStore()
            let committed = try store.append([NewEvent(Event(time: context.now, by: context.identity,
                                                             payload: .crisisDeclared(CrisisDeclared(level: CrisisLevel(value), note: note))))])
            try CrisisCommand.print(try CrisisReport.load(from: store, at: context.now), store: store, json: json, recorded: committed.first?.seq)
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take back the level set by hand: the level from the counts applies again.")
        @Option(help: "Why (optional).") var note: String?
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let context = try CommandContext(global)
            try CrisisCommand.requirePerson(context)
            let store = try context.openStore()
            guard try store.manualCrisisLevel() != nil else {
                let now = try CrisisReport.load(from: store, at: context.now)
                throw ValidationError("no crisis level is set by hand, so there is nothing to clear: the level is \(now.level), from the counts")
            }
            let note = note?.trimmingCharacters(in: .whitespacesAndNewlines)
            let committed = try store.append([NewEvent(Event(time: context.now, by: context.identity,
                                                             payload: .crisisCleared(CrisisCleared(note: note?.isEmpty == false ? note : nil))))])
            try CrisisCommand.print(try CrisisReport.load(from: store, at: context.now), store: store, json: json, recorded: committed.first?.seq)
        }
    }

    /// Only a person sets or clears a level: not an importer's or a model's name given with --as.
    static func requirePerson(_ context: CommandContext) throws {
        guard ActorIdentity.isPerson(context.identity.actor) else {
            throw ValidationError("'\(context.identity.actor)' is not a person: a crisis level is set and cleared by people (give your name with --as)")
        }
    }

    static func print(_ report: CrisisReport, store: FolderStore, json: Bool, recorded seq: Int64?) throws {
        if json {
            var object = try jsonObject(report) as? [String: Any] ?? [:]
            if let seq { object["recorded"] = seq }
            return try Terminal.json(object)
        }
        var lines = CrisisText.full(report, calendar: store.config.calendar)
        if let seq { lines.append("Recorded as event \(seq).") }
        Terminal.out(lines.joined(separator: "\n"))
    }
}
