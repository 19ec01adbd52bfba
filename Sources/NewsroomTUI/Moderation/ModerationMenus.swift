import Foundation
import NewsroomCore
import TerminalKit

/// The moderation pane's menus: what they list, and what picking an entry does.
public enum ModerationMenu: Hashable, Sendable {
    case classify([CommentID])
    case hideReason([CommentID])
    case escalate([CommentID])
    case reply(CommentID)
    case assign([CommentID])
    /// After a template or "write it here": a fact snippet to add to the reply's text.
    case snippet(CommentID, template: TemplateID?, language: String, text: String)
    /// `:template` / `:snippet`: which one to edit.
    case library(ReplyLibraryKind)
    /// `F`: which facet to filter by.
    case facets
    case facet(QueueFacet)
}

enum ModerationMenus {
    static let categories = CommentCategory.allCases
    static let categoryItems = categories.map { c in c.mayBeHidden ? "\(c.label) (may be hidden: \(c.legalGround ?? ""))" : c.label }
    static let hideReasons = CommentCategory.allCases.filter(\.mayBeHidden)
    static let hideItems = hideReasons.map { "\($0.label) · \($0.legalGround ?? "")" }
    static let escalationItems = EscalationTarget.allCases.map(\.label)

    /// Templates that are not retired, then writing here or in `$EDITOR`.
    static func templates(_ state: ConsoleState) -> [ReplyTemplate] { state.snapshot.moderation.templates.filter { !$0.retired } }

    static func replyItems(_ state: ConsoleState) -> [String] {
        templates(state).map { "\($0.name) (\($0.language))" } + ["write it here", "write it in $EDITOR"]
    }

    /// The assign menu: the team and the answering ambassadors, then nobody, then a typed name.
    static func assignItems(_ state: ConsoleState) -> [String] {
        state.snapshot.moderation.assignees.map(\.label) + [backToPool, someoneElse]
    }

    /// The snippets a reply can carry, those in the reply's language first.
    static func snippets(_ state: ConsoleState, language: String) -> [FactSnippet] {
        let live = state.snapshot.moderation.snippets.filter { !$0.retired }
        return live.filter { $0.language == language } + live.filter { $0.language != language }
    }

    /// Asks for a fact snippet to add when there are any; else goes straight to the prompt.
    static func offerSnippets(_ id: CommentID, template: TemplateID?, language: String, text: String, _ state: inout ConsoleState) {
        let list = snippets(state, language: language)
        guard let row = state.moderation.rows[id] else { return }
        guard !list.isEmpty else {
            state.overlay = .prompt(.moderation(.reply(id, version: row.comment.version, template: template, language: language)), PromptEditor(text: text))
            return
        }
        let items = ["no fact snippet"] + list.map { "\($0.title) (\($0.language))" + ($0.source.map { " · \($0)" } ?? "") }
        state.overlay = .menu(.moderation(.snippet(id, template: template, language: language, text: text)),
                              SelectionMenu(title: "Add an approved fact", items: items))
    }

    static let backToPool = "nobody: back to the pool"
    static let someoneElse = "someone else (type the name)"

    static func picked(_ menu: ModerationMenu, index: Int, _ state: inout ConsoleState) -> [ConsoleEffect] {
        switch menu {
        case .assign(let targets):
            let people = state.snapshot.moderation.assignees
            if index < people.count { return ModerationUpdate.decide(.assign(people[index].name), on: targets, &state) }
            if index == people.count { return ModerationUpdate.decide(.assign(nil), on: targets, &state) }
            state.overlay = .prompt(.moderation(.assign(targets)))
        case .snippet(let id, let template, let language, let text):
            guard let row = state.moderation.rows[id] else { return [] }
            let list = snippets(state, language: language)
            let withFact = index > 0 && index - 1 < list.count ? [text, list[index - 1].text].filter { !$0.isEmpty }.joined(separator: " ") : text
            state.overlay = .prompt(.moderation(.reply(id, version: row.comment.version, template: template, language: language)),
                                    PromptEditor(text: withFact))
        case .library(let kind):
            return ReplyLibrary.picked(kind, index: index, &state)
        case .facets:
            return ModerationFilters.pickedFacet(index, &state)
        case .facet(let facet):
            return ModerationFilters.picked(facet, index, &state)
        case .classify(let targets):
            return ModerationUpdate.decide(.classify(categories[index]), on: targets, &state)
        case .hideReason(let targets):
            // The ground is shown with the reason; the note says what in the comment is unlawful.
            state.overlay = .prompt(.moderation(.hideNote(targets, reason: hideReasons[index])))
        case .escalate(let targets):
            state.overlay = .prompt(.moderation(.escalateNote(targets, to: EscalationTarget.allCases[index])))
        case .reply(let id):
            guard let row = state.moderation.rows[id] else { return [] }
            let list = templates(state)
            let language = row.comment.language ?? "de"
            if index < list.count {
                let template = list[index]
                let text = template.filled(author: row.author == "[erased]" ? nil : row.author, moderator: state.actor)
                offerSnippets(id, template: template.id, language: template.language, text: text, &state)
            } else if index == list.count {
                offerSnippets(id, template: nil, language: language, text: "", &state)
            } else {
                return [.edit(EditRequest(text: "", name: "reply-\(id.rawValue)",
                                          purpose: .reply(id, version: row.comment.version, template: nil, language: language)))]
            }
        }
        return []
    }
}
