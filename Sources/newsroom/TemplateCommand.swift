import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom template`: the reply templates the moderation pane offers on `r`, kept in the store
/// as events (`template.saved`), added and changed with options or in `$EDITOR`.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "List, add, edit or retire reply templates ({author} and {moderator} are filled in when used).",
        subcommands: [List.self, Add.self, Edit.self, Retire.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The reply templates, retired ones marked.")
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let templates = try CommandContext(global).openStore().templates()
            if json { return try Terminal.json(encodable: templates) }
            guard !templates.isEmpty else { return Terminal.out("No reply templates yet: newsroom template add ID (opens $EDITOR), or add ID --name N --body T") }
            for t in templates {
                Terminal.out(PrintableText.line("\(t.id)  \(t.name) (\(t.language))\(t.retired ? " [retired]" : "")"
                    + (t.categories.isEmpty ? "" : " for \(t.categories.map(\.label).joined(separator: ", "))") + ": \(t.text)"))
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a reply template, or change the one with this id.",
            discussion: "Without --body the template opens in $VISUAL or $EDITOR (else vi), with the options filled in."
        )
        @Argument(help: ArgumentHelp("The template's id.", valueName: "id")) var id: String
        @Option(help: "What moderators see in the menu (needed with --body).") var name: String?
        // `--text` is the root command's flag (print instead of opening the console).
        @Option(help: "The text; {author} and {moderator} are filled in. Leave it out to write the text in $EDITOR.") var body: String?
        @Option(help: "de or en (default: de).") var language: LanguageArgument?
        @Option(help: ArgumentHelp("A category it fits (repeatable).", valueName: "category")) var category: [CategoryArgument] = []
        @Option(help: ArgumentHelp("Start the editor from this file (an edit that was kept).", valueName: "file")) var file: String?
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let context = try CommandContext(global)
            guard let body else {
                let store = try context.openStore()
                let before = try store.templates().first { $0.id.rawValue == id }
                var start = before ?? ReplyTemplate(id: TemplateID(id), name: "", language: "de", text: "")
                if let name { start.name = name }
                if let language { start.language = language.code }
                if !category.isEmpty { start.categories = category.map(\.category) }
                return try TemplateCommand.edit(id, before: before, start: start, file: file, store: store, context: context)
            }
            guard let name else { throw ValidationError("--name is needed with --body (or leave out --body to write the template in $EDITOR)") }
            let template = ReplyTemplate(id: TemplateID(id), name: name, language: language?.code ?? "de", text: body, categories: category.map(\.category))
            try TemplateCommand.save(.templateSaved(TemplateSaved(template: template)), what: "template \(id)", global: global)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a reply template in $VISUAL or $EDITOR (else vi).",
            discussion: "A text that does not read, or a template someone changed meanwhile, is kept in a file whose path is printed; --file starts from it."
        )
        @Argument(help: ArgumentHelp("The template's id.", valueName: "id")) var id: String
        @Option(help: ArgumentHelp("Start from this file (an edit that was kept) instead of the stored template.", valueName: "file")) var file: String?
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let context = try CommandContext(global)
            let store = try context.openStore()
            guard let before = try store.templates().first(where: { $0.id.rawValue == id }) else {
                throw ValidationError("there is no template '\(id)'; `newsroom template list` shows them, `newsroom template add \(id)` adds it")
            }
            try TemplateCommand.edit(id, before: before, start: before, file: file, store: store, context: context)
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

    /// Edits `start` (or the text in `file`) in the editor and records the result.
    static func edit(_ id: String, before: ReplyTemplate?, start: ReplyTemplate, file: String?, store: FolderStore, context: CommandContext) throws {
        let session = EditorSession(
            what: "template \(id)", again: before == nil ? "newsroom template add \(id)" : "newsroom template edit \(id)", before: before,
            start: try file.map(EditorStart.read) ?? ReplyTemplateText.format(start), startIsStored: file == nil,
            parse: { text throws(EditTextError) in try ReplyTemplateText.parse(text, id: TemplateID(id)) },
            current: { try store.templates().first { $0.id.rawValue == id } }
        )
        try EditorStart.checkWritable(store)
        guard case .save(let template) = try session.run() else { return }
        try record(.templateSaved(TemplateSaved(template: template)), what: "template \(id) saved", store: store, context: context)
    }

    static func save(_ payload: EventPayload, what: String, global: GlobalOptions) throws {
        guard !(payloadText(payload)).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("the text is empty")
        }
        let context = try CommandContext(global)
        try record(payload, what: what, store: try context.openStore(), context: context)
    }

    static func record(_ payload: EventPayload, what: String, store: FolderStore, context: CommandContext) throws {
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

/// Where an edit starts besides the store: a kept file; and the check that it can be saved at all.
enum EditorStart {
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path); check the path") }
        guard let text = String(validating: data, as: UTF8.self) else { throw ValidationError("\(path) is not UTF-8 text") }
        return text
    }

    /// Refuses before the editor opens, so nobody writes a text that cannot be recorded.
    static func checkWritable(_ store: FolderStore) throws {
        guard !store.isReadOnly else { throw StoreError.readOnly(store.folder.root.path) }
    }
}
