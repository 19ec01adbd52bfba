import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit

/// An edit the console kept because it could not be saved: where the user goes on from.
public struct KeptEdit: Hashable, Sendable {
    public let text: String
    public let file: String
}

/// Which of the newsroom's reply texts `:template` and `:snippet` work on.
public enum ReplyLibraryKind: String, Hashable, Sendable {
    case template, snippet
}

/// `:template` and `:snippet` in the console: the reply templates and approved fact snippets, listed
/// in a menu and edited in `$EDITOR` in the same text as `newsroom template|snippet edit`. A
/// broken text or one changed meanwhile is refused with the file kept, so nothing is lost.
enum ReplyLibrary {
    static let newItem = "new … (type its id)"

    /// `:template [ID]`: the menu, or straight to the editor on ID (a new one if unknown).
    static func command(_ kind: ReplyLibraryKind, _ arguments: [String], _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard arguments.count <= 1 else {
            state.say(":\(kind.rawValue) takes one id (letters, digits, '.', '_' and '-'), found '\(arguments.joined(separator: " "))'", isError: true)
            return []
        }
        if let id = arguments.first { return edit(kind, id: id, &state) }
        let items: [String]
        switch kind {
        case .template:
            items = state.snapshot.moderation.templates.map { "\($0.id) · \($0.name) (\($0.language))\($0.retired ? " [retired]" : "")" }
        case .snippet:
            items = state.snapshot.moderation.snippets.map { "\($0.id) · \($0.title) (\($0.language))\($0.retired ? " [retired]" : "")" }
        }
        state.overlay = .menu(.moderation(.library(kind)), SelectionMenu(title: kind == .template ? "Reply templates: edit" : "Fact snippets: edit",
                                                                         items: items + [newItem]))
        return []
    }

    static func picked(_ kind: ReplyLibraryKind, index: Int, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let ids = kind == .template ? state.snapshot.moderation.templates.map(\.id.rawValue) : state.snapshot.moderation.snippets.map(\.id.rawValue)
        guard index < ids.count else {
            state.overlay = .prompt(.moderation(.newLibraryItem(kind)))
            return []
        }
        return edit(kind, id: ids[index], &state)
    }

    /// An id a new template or snippet may take: letters, digits, `.`, `_` and `-`.
    static func problem(withID id: String) -> String? {
        guard !id.isEmpty else { return "an id is needed, e.g. danke-frage" }
        guard id.count <= 64, id.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }) else {
            return "an id is letters, digits, '.', '_' and '-' (at most 64), e.g. danke-frage"
        }
        return nil
    }

    static func edit(_ kind: ReplyLibraryKind, id: String, _ state: inout ConsoleState) -> [ConsoleEffect] {
        if let problem = problem(withID: id) {
            state.say("\(problem)", isError: true)
            return []
        }
        let kept = state.moderation.keptEdits["\(kind.rawValue) \(id)"]
        if kept != nil { state.say("going on from your kept edit of \(kind.rawValue) \(id)") }
        switch kind {
        case .template:
            let before = state.snapshot.moderation.templates.first { $0.id.rawValue == id }
            let start = before ?? ReplyTemplate(id: TemplateID(id), name: "", language: "de", text: "")
            return [.edit(EditRequest(text: kept?.text ?? ReplyTemplateText.format(start), name: "template-\(id)", purpose: .template(TemplateID(id), original: before)))]
        case .snippet:
            let before = state.snapshot.moderation.snippets.first { $0.id.rawValue == id }
            let start = before ?? FactSnippet(id: SnippetID(id), title: "", language: "de", text: "")
            return [.edit(EditRequest(text: kept?.text ?? FactSnippetText.format(start), name: "snippet-\(id)", purpose: .snippet(SnippetID(id), original: before)))]
        }
    }

    /// The editor's text: read back strictly, compared with what was started from and with what
    /// the store holds now, then recorded; the file stays until it is.
    static func edited(_ request: EditRequest, _ outcome: EditOutcome, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let what: String
        switch request.purpose {
        case .template(let id, _): what = "template \(id)"
        case .snippet(let id, _): what = "snippet \(id)"
        default: return []
        }
        // An edit that went on from a kept one replaces it: its file is no longer needed.
        let earlier = state.moderation.keptEdits[what]
        var discardEarlier: [ConsoleEffect] {
            guard let earlier, case .saved(_, let file) = outcome, earlier.file != file else { return [] }
            return [.discardFile(earlier.file)]
        }
        switch outcome {
        case .couldNotStart(let reason):
            state.say("\(what) unchanged: could not start the editor: \(reason)", isError: true)
            return []
        case .editorFailed(let status, let file):
            state.say("the editor ended with status \(status): \(what) unchanged; your text is kept in", isError: true, path: file)
            return []
        case .saved(let text, let file):
            let payload: EventPayload
            do {
                switch request.purpose {
                case .template(let id, let original):
                    let template = try ReplyTemplateText.parse(text, id: id)
                    guard template != original else { return discardEarlier + unchanged(what, file, &state) }
                    let now = state.snapshot.moderation.templates.first { $0.id == id }
                    guard now == original else { return changedMeanwhile(what, file, &state) }
                    payload = .templateSaved(TemplateSaved(template: template))
                case .snippet(let id, let original):
                    let snippet = try FactSnippetText.parse(text, id: id)
                    guard snippet != original else { return discardEarlier + unchanged(what, file, &state) }
                    let now = state.snapshot.moderation.snippets.first { $0.id == id }
                    guard now == original else { return changedMeanwhile(what, file, &state) }
                    payload = .snippetSaved(SnippetSaved(snippet: snippet))
                default:
                    return []
                }
            } catch {
                let effects = discardEarlier
                state.moderation.keptEdits[what] = KeptEdit(text: text, file: file)
                state.say("\(what) unchanged: \(file):\(error.line): \(error.problem). :\(what) goes on from your edit, kept in",
                          isError: true, path: file)
                return effects
            }
            state.moderation.keptEdits[what] = nil
            return discardEarlier + [.record(Recording([payload], expecting: nil, done: "\(what) saved", purpose: .moderation(.librarySaved(file: file))))]
        }
    }

    static func unchanged(_ what: String, _ file: String, _ state: inout ConsoleState) -> [ConsoleEffect] {
        state.moderation.keptEdits[what] = nil
        state.say("\(what): no changes")
        return [.discardFile(file)]
    }

    static func changedMeanwhile(_ what: String, _ file: String, _ state: inout ConsoleState) -> [ConsoleEffect] {
        state.say("\(what) changed in the store while you edited it: nothing saved; your edit is kept in", isError: true, path: file)
        return []
    }
}
