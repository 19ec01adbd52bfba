import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit

/// What `F` can narrow the queue by; each facet holds one value or none ("any").
public enum QueueFacet: String, CaseIterable, Hashable, Sendable {
    case state, category, network, assignee, band

    var title: String { self == .band ? "priority" : rawValue }
}

/// The `F` menus: the facets with what each is set to, then a facet's values ("any" first).
/// Picking one asks the store for the narrowed queue; the facets combine with "and".
enum ModerationFilters {
    static let clearAll = "clear all filters"

    static func facetItems(_ state: ConsoleState) -> [String] {
        QueueFacet.allCases.map { "\($0.title): \(value(of: $0, in: state.moderation.facets) ?? "any")" } + [clearAll]
    }

    /// The values a facet offers, as the menu lists them after "any".
    static func values(_ facet: QueueFacet, _ state: ConsoleState) -> [String] {
        switch facet {
        case .state: return ModerationState.allCases.map(\.label)
        case .category: return ["unclassified"] + CommentCategory.allCases.map(\.label)
        case .network: return state.snapshot.postLimits.keys.sorted()
        case .assignee:
            let names = state.snapshot.moderation.assignees.map(\.name)
            return names.contains(state.actor) ? names : [state.actor] + names
        case .band: return PriorityBand.allCases.map(\.label)
        }
    }

    /// What a facet is set to, nil for any.
    static func value(of facet: QueueFacet, in filter: QueueFilter) -> String? {
        switch facet {
        case .state: return filter.states.first?.label
        case .category: return filter.categories.first.map { $0?.label ?? "unclassified" }
        case .network: return filter.networks.first?.name
        case .assignee: return filter.assignee
        case .band: return filter.bands.first?.label
        }
    }

    static func pickedFacet(_ index: Int, _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard index < QueueFacet.allCases.count else {
            guard !state.moderation.facets.isEmpty else { state.say("no filter is set"); return [] }
            state.moderation.facets = QueueFilter()
            return ModerationUpdate.askQueue(&state)
        }
        let facet = QueueFacet.allCases[index]
        state.overlay = .menu(.moderation(.facet(facet)), SelectionMenu(title: "Only \(facet.title)", items: ["any"] + values(facet, state)))
        return []
    }

    /// Sets the facet to the value picked (index 0: any) and asks for the narrowed queue.
    static func picked(_ facet: QueueFacet, _ index: Int, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let values = values(facet, state)
        let choice = index > 0 && index - 1 < values.count ? index - 1 : nil
        var filter = state.moderation.facets
        switch facet {
        case .state: filter.states = choice.map { [ModerationState.allCases[$0]] } ?? []
        case .category: filter.categories = choice.map { [$0 == 0 ? nil : CommentCategory.allCases[$0 - 1]] } ?? []
        case .network: filter.networks = choice.map { [Network(values[$0])] } ?? []
        case .assignee: filter.assignee = choice.map { values[$0] }
        case .band: filter.bands = choice.map { [PriorityBand.allCases[$0]] } ?? []
        }
        state.moderation.facets = filter
        return ModerationUpdate.askQueue(&state)
    }

    /// The view and the facets in a few words: "view open", "view all · state resolved, P1".
    static func describe(_ pane: ModerationPaneState) -> String {
        let facets = QueueFacet.allCases.compactMap { f in value(of: f, in: pane.facets).map { "\(f.title) \($0)" } }
            + pane.facets.targets.sorted { $0.id < $1.id }.map { "on \($0.kind.rawValue) \($0.id)" }
        return "view \(pane.view.rawValue)" + (facets.isEmpty ? "" : " · " + facets.joined(separator: ", "))
    }
}
