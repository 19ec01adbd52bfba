import Foundation
import NewsroomCore
import TerminalKit

/// What a moderation prompt asks for.
public enum ModerationPrompt: Hashable, Sendable {
    case hideNote([CommentID], reason: CommentCategory)
    case unhideNote([CommentID])
    case escalateNote([CommentID], to: EscalationTarget)
    case assign([CommentID])
    case reply(CommentID, version: Int64, template: TemplateID?, language: String)
    /// The id of a new template or snippet, before the editor opens.
    case newLibraryItem(ReplyLibraryKind)
}

/// The moderation prompts' labels and what their text does. A refused text keeps the prompt open
/// with what is wrong, so nothing typed is lost.
enum ModerationPrompts {
    static func label(_ prompt: ModerationPrompt) -> String {
        switch prompt {
        case .hideNote(let ids, let reason): return "hide \(count(ids)) as \(reason.label) · what is unlawful? (\(reason.legalGround ?? "")) "
        case .unhideNote(let ids): return "unhide \(count(ids)); why: "
        case .escalateNote(let ids, let to): return "escalate \(count(ids)) to \(to.label); what to look at: "
        case .assign(let ids): return "assign \(count(ids)) to (empty: back to the pool): "
        case .reply(let id, _, _, _): return "reply to \(id) (Enter records and copies it): "
        case .newLibraryItem(let kind): return "id of the new \(kind.rawValue) (letters, digits, . _ -): "
        }
    }

    static func count(_ ids: [CommentID]) -> String { ids.count == 1 ? ids[0].rawValue : "\(ids.count) comments" }

    static func submit(_ prompt: ModerationPrompt, text: String, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch prompt {
        case .hideNote(let ids, let reason):
            guard !value.isEmpty else { return stay(prompt, text, problem: "a hide needs a note that says what is unlawful (Esc cancels)", &state) }
            return ModerationUpdate.decide(.hide(reason: reason, note: value), on: ids, &state)
        case .unhideNote(let ids):
            return ModerationUpdate.decide(.unhide(note: value), on: ids, &state)
        case .escalateNote(let ids, let to):
            guard !value.isEmpty else { return stay(prompt, text, problem: "say what \(to.label) should look at (Esc cancels)", &state) }
            return ModerationUpdate.decide(.escalate(to, note: value), on: ids, &state)
        case .assign(let ids):
            return ModerationUpdate.decide(.assign(value.isEmpty ? nil : value), on: ids, &state)
        case .newLibraryItem(let kind):
            if let problem = ReplyLibrary.problem(withID: value) { return stay(prompt, text, problem: problem, &state) }
            return ReplyLibrary.edit(kind, id: value, &state)
        case .reply(let id, _, let template, let language):
            guard !value.isEmpty else { return stay(prompt, text, problem: "a reply needs text (Esc cancels)", &state) }
            return reply(value, to: id, template: template, language: language, file: nil, &state)
        }
    }

    static func reply(_ text: String, to id: CommentID, template: TemplateID?, language: String, file: String?, _ state: inout ConsoleState) -> [ConsoleEffect] {
        ModerationUpdate.decide(.reply(text: text, language: language, template: template), on: [id], &state) { comment, _ in
            .reply(comment.id, text: text, file: file)
        }
    }

    static func stay(_ prompt: ModerationPrompt, _ text: String, problem: String, _ state: inout ConsoleState) -> [ConsoleEffect] {
        state.overlay = .prompt(.moderation(prompt), PromptEditor(text: text), problem: problem)
        return []
    }
}
