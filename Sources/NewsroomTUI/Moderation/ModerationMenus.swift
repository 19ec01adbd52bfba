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

    static let backToPool = "nobody: back to the pool"
    static let someoneElse = "someone else (type the name)"

    static func picked(_ menu: ModerationMenu, index: Int, _ state: inout ConsoleState) -> [ConsoleEffect] {
        switch menu {
        case .assign(let targets):
            let people = state.snapshot.moderation.assignees
            if index < people.count { return ModerationUpdate.decide(.assign(people[index].name), on: targets, &state) }
            if index == people.count { return ModerationUpdate.decide(.assign(nil), on: targets, &state) }
            state.overlay = .prompt(.moderation(.assign(targets)))
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
                state.overlay = .prompt(.moderation(.reply(id, version: row.comment.version, template: template.id, language: template.language)),
                                        PromptEditor(text: text))
            } else if index == list.count {
                state.overlay = .prompt(.moderation(.reply(id, version: row.comment.version, template: nil, language: language)))
            } else {
                return [.edit(EditRequest(text: "", name: "reply-\(id.rawValue)",
                                          purpose: .reply(id, version: row.comment.version, template: nil, language: language)))]
            }
        }
        return []
    }
}
