import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom template` and `newsroom snippet`: the reply templates and approved fact snippets the
/// moderation pane offers on `r`, kept in the store as events (`template.saved`, `snippet.saved`).
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "List or add reply templates ({author} and {moderator} are filled in when used).",
        subcommands: [List.self, Add.self, Retire.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The reply templates, retired ones marked.")
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let templates = try CommandContext(global).openStore().templates()
            if json { return try Terminal.json(encodable: templates) }
            guard !templates.isEmpty else { return Terminal.out("No reply templates yet: newsroom template add ID --name N --body T") }
            for t in templates {
                Terminal.out(PrintableText.line("\(t.id)  \(t.name) (\(t.language))\(t.retired ? " [retired]" : "")"
                    + (t.categories.isEmpty ? "" : " for \(t.categories.map(\.label).joined(separator: ", "))") + ": \(t.text)"))
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a reply template, or change the one with this id.")
        @Argument(help: ArgumentHelp("The template's id.", valueName: "id")) var id: String
        @Option(help: "What moderators see in the menu.") var name: String
        // `--text` is the root command's flag (print instead of opening the console).
        @Option(help: "The text; {author} and {moderator} are filled in.") var body: String
        @Option(help: "de or en.") var language = "de"
        @Option(help: ArgumentHelp("A category it fits (repeatable).", valueName: "category")) var category: [CategoryArgument] = []
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let template = ReplyTemplate(id: TemplateID(id), name: name, language: language, text: body, categories: category.map(\.category))
            try TemplateCommand.save(.templateSaved(TemplateSaved(template: template)), what: "template \(id)", global: global)
        }
    }

    struct Retire: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop offering a template (it stays in the record).")
        @Argument(help: ArgumentHelp("The template's id.", valueName: "id")) var id: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let store = try CommandContext(global).openStore()
            guard var template = try store.templates().first(where: { $0.id.rawValue == id }) else {
                throw ValidationError("there is no template '\(id)'; `newsroom template list` shows them")
            }
            template.retired = true
            try TemplateCommand.save(.templateSaved(TemplateSaved(template: template)), what: "template \(id) retired", global: global)
        }
    }

    static func save(_ payload: EventPayload, what: String, global: GlobalOptions) throws {
        guard !(payloadText(payload)).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("the text is empty")
        }
        let context = try CommandContext(global)
        let store = try context.openStore()
        let committed = try store.append([NewEvent(Event(time: context.now, by: context.identity, payload: payload))])
        Terminal.out(PrintableText.line("\(what): recorded as event \(committed.map { String($0.seq) }.joined(separator: ", "))."))
    }

    private static func payloadText(_ payload: EventPayload) -> String {
        switch payload {
        case .templateSaved(let b): return b.template.text
        case .snippetSaved(let b): return b.snippet.text
        default: return ""
        }
    }
}

/// `newsroom snippet`: approved facts with their source, added to replies (`comment reply --snippet ID`).
struct SnippetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snippet",
        abstract: "List or add approved fact snippets for replies.",
        subcommands: [List.self, Add.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The fact snippets.")
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let snippets = try CommandContext(global).openStore().snippets()
            if json { return try Terminal.json(encodable: snippets) }
            guard !snippets.isEmpty else { return Terminal.out("No fact snippets yet: newsroom snippet add ID --title T --body T --source S") }
            for s in snippets {
                Terminal.out(PrintableText.line("\(s.id)  \(s.title) (\(s.language))\(s.retired ? " [retired]" : ""): \(s.text)" + (s.source.map { " [\($0)]" } ?? "")))
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a fact snippet, or change the one with this id.")
        @Argument(help: ArgumentHelp("The snippet's id.", valueName: "id")) var id: String
        @Option(help: "A short title.") var title: String
        @Option(help: "The fact, as it may be said.") var body: String
        @Option(help: "Where it is from (a report, a page).") var source: String?
        @Option(help: "de or en.") var language = "de"
        @Option(help: ArgumentHelp("A topic (repeatable).", valueName: "topic")) var topic: [String] = []
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let snippet = FactSnippet(id: SnippetID(id), title: title, language: language, text: body, source: source, topics: topic)
            try TemplateCommand.save(.snippetSaved(SnippetSaved(snippet: snippet)), what: "snippet \(id)", global: global)
        }
    }
}
