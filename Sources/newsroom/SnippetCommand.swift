import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom snippet`: approved facts with their source, added to replies (`comment reply --snippet ID`),
/// kept as events (`snippet.saved`), added and changed with options or in `$EDITOR`.
struct SnippetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snippet",
        abstract: "List, add, edit or retire approved fact snippets for replies.",
        subcommands: [List.self, Add.self, Edit.self, Retire.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The fact snippets.")
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let snippets = try CommandContext(global).openStore().snippets()
            if json { return try Terminal.json(encodable: snippets) }
            guard !snippets.isEmpty else { return Terminal.out("No fact snippets yet: newsroom snippet add ID (opens $EDITOR), or add ID --title T --body T --source S") }
            for s in snippets {
                Terminal.out(PrintableText.line("\(s.id)  \(s.title) (\(s.language))\(s.retired ? " [retired]" : ""): \(s.text)" + (s.source.map { " [\($0)]" } ?? "")))
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a fact snippet, or change the one with this id.",
            discussion: "Without --body the snippet opens in $VISUAL or $EDITOR (else vi), with the options filled in."
        )
        @Argument(help: ArgumentHelp("The snippet's id.", valueName: "id")) var id: String
        @Option(help: "A short title (needed with --body).") var title: String?
        @Option(help: "The fact, as it may be said. Leave it out to write it in $EDITOR.") var body: String?
        @Option(help: "Where it is from (a report, a page).") var source: String?
        @Option(help: "de or en (default: de).") var language: LanguageArgument?
        @Option(help: ArgumentHelp("A topic (repeatable).", valueName: "topic")) var topic: [String] = []
        @Option(help: ArgumentHelp("Start the editor from this file (an edit that was kept).", valueName: "file")) var file: String?
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let context = try CommandContext(global)
            guard let body else {
                let store = try context.openStore()
                let before = try store.snippets().first { $0.id.rawValue == id }
                var start = before ?? FactSnippet(id: SnippetID(id), title: "", language: "de", text: "")
                if let title { start.title = title }
                if let language { start.language = language.code }
                if let source { start.source = source }
                if !topic.isEmpty { start.topics = topic }
                return try SnippetCommand.edit(id, before: before, start: start, file: file, store: store, context: context)
            }
            guard let title else { throw ValidationError("--title is needed with --body (or leave out --body to write the snippet in $EDITOR)") }
            let snippet = FactSnippet(id: SnippetID(id), title: title, language: language?.code ?? "de", text: body, source: source, topics: topic)
            try TemplateCommand.save(.snippetSaved(SnippetSaved(snippet: snippet)), what: "snippet \(id)", global: global)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a fact snippet in $VISUAL or $EDITOR (else vi).",
            discussion: "A text that does not read, or a snippet someone changed meanwhile, is kept in a file whose path is printed; --file starts from it."
        )
        @Argument(help: ArgumentHelp("The snippet's id.", valueName: "id")) var id: String
        @Option(help: ArgumentHelp("Start from this file (an edit that was kept) instead of the stored snippet.", valueName: "file")) var file: String?
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let context = try CommandContext(global)
            let store = try context.openStore()
            guard let before = try store.snippets().first(where: { $0.id.rawValue == id }) else {
                throw ValidationError("there is no snippet '\(id)'; `newsroom snippet list` shows them, `newsroom snippet add \(id)` adds it")
            }
            try SnippetCommand.edit(id, before: before, start: before, file: file, store: store, context: context)
        }
    }

    struct Retire: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop offering a snippet (it stays in the record).")
        @Argument(help: ArgumentHelp("The snippet's id.", valueName: "id")) var id: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let store = try CommandContext(global).openStore()
            guard var snippet = try store.snippets().first(where: { $0.id.rawValue == id }) else {
                throw ValidationError("there is no snippet '\(id)'; `newsroom snippet list` shows them")
            }
            snippet.retired = true
            try TemplateCommand.save(.snippetSaved(SnippetSaved(snippet: snippet)), what: "snippet \(id) retired", global: global)
        }
    }

    /// Edits `start` (or the text in `file`) in the editor and records the result.
    static func edit(_ id: String, before: FactSnippet?, start: FactSnippet, file: String?, store: FolderStore, context: CommandContext) throws {
        let session = EditorSession(
            what: "snippet \(id)", again: before == nil ? "newsroom snippet add \(id)" : "newsroom snippet edit \(id)", before: before,
            start: try file.map(EditorStart.read) ?? FactSnippetText.format(start), startIsStored: file == nil,
            parse: { text throws(EditTextError) in try FactSnippetText.parse(text, id: SnippetID(id)) },
            current: { try store.snippets().first { $0.id.rawValue == id } }
        )
        try EditorStart.checkWritable(store)
        guard case .save(let snippet) = try session.run() else { return }
        try TemplateCommand.record(.snippetSaved(SnippetSaved(snippet: snippet)), what: "snippet \(id) saved", store: store, context: context)
    }
}
