import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom privacy`: the GDPR duties towards people who wrote comments.
struct PrivacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy",
        abstract: "Answer access and erasure requests, and run the retention sweep (GDPR Art. 15, 17, 5).",
        discussion: "Personal data of outside people (handle, name, texts) is kept apart from the event log, so erasure never rewrites it: counts, KPIs and the moderation history stay.",
        subcommands: [Export.self, Erase.self, Sweep.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print everything held about a person, as JSON (an access request).")
        @Argument(help: ArgumentHelp("A handle (with or without @), a display name, or a ref.", valueName: "author")) var author: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let store = try CommandContext(global).openStore()
            try Terminal.json(encodable: try store.accessReport(for: author))
        }
    }

    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Erase a person's data on request; records privacy.erased with the request id.")
        @Argument(help: ArgumentHelp("A handle (with or without @), a display name, or a ref.", valueName: "author")) var author: String
        @Option(help: ArgumentHelp("The request's id, for the record (e.g. the ticket number).", valueName: "id")) var request: String
        @Flag(help: "Print the result as JSON.") var json = false
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard !request.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--request needs the request's id") }
        }

        func run() throws {
            let context = try CommandContext(global)
            let store = try context.openStore()
            let outcome = try store.erase(author, requestID: request, by: context.identity, at: context.now)
            if json {
                try Terminal.json(["refs": outcome.refs.map(\.rawValue), "textsRemoved": outcome.textsRemoved, "profilesRemoved": outcome.profilesRemoved,
                                   "events": outcome.events.map(\.seq)])
            } else {
                Terminal.out("Erased \(outcome.profilesRemoved) profile(s) and \(outcome.textsRemoved) text(s) of '\(author)' (request \(request)); recorded as event \(outcome.events.map { String($0.seq) }.joined(separator: ", ")).")
            }
        }
    }

    struct Sweep: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Erase personal data older than privacy.retentionMonths, except items under a legal escalation.")
        @Flag(help: "Print the result as JSON.") var json = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let context = try CommandContext(global)
            let store = try context.openStore()
            let outcome = try store.sweep(by: context.identity, at: context.now)
            if json {
                try Terminal.json(["textsRemoved": outcome.textsRemoved, "profilesRemoved": outcome.profilesRemoved,
                                   "keptUnderLegalEscalation": outcome.keptUnderLegalEscalation, "retentionMonths": store.config.privacy.retentionMonths])
            } else {
                Terminal.out("Retention sweep (\(store.config.privacy.retentionMonths) months): removed \(outcome.textsRemoved) text(s) and \(outcome.profilesRemoved) profile(s); kept \(outcome.keptUnderLegalEscalation) under a legal escalation.")
            }
        }
    }
}
