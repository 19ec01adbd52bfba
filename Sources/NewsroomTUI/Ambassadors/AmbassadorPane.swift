import TerminalKit

/// The ambassador pane's own state: the selected team row and how the teams are sorted. The
/// pane's own issue adds the table of people and the detail.
public struct AmbassadorPaneState: Sendable, Hashable {
    public var selectedIndex = 0
    public var order: TeamOrder = .name
    public init() {}
}

/// How the team rows are sorted (`o` steps through them).
public enum TeamOrder: String, Hashable, Sendable, CaseIterable {
    case name, activeShare, size

    public var label: String {
        switch self {
        case .name: return "by name"
        case .activeShare: return "by share active"
        case .size: return "by size"
        }
    }
}

/// What the ambassador pane's keys do.
public enum AmbassadorAction: String, Hashable, Sendable, CaseIterable {
    case sortBy
}

/// The ambassador pane's key context.
public enum AmbassadorKeys {
    public static let context = KeyContext<ConsoleAction>(Pane.ambassadors.keyContext, title: "Ambassadors", [
        KeyBinding([.character("o")], .ambassadors(.sortBy), "sort teams", group: "Ambassadors", showsInBar: true),
    ])
}

/// The ambassador pane's update.
enum AmbassadorUpdate {
    static func apply(_ action: AmbassadorAction, _ state: inout ConsoleState) -> [ConsoleEffect] {
        switch action {
        case .sortBy:
            let all = TeamOrder.allCases
            state.ambassadors.order = all[(all.firstIndex(of: state.ambassadors.order)! + 1) % all.count]
            state.ambassadors.selectedIndex = 0
            state.say("teams \(state.ambassadors.order.label)")
        }
        return []
    }

    static func move(_ movement: Movement, _ state: inout ConsoleState) {
        let count = state.snapshot.ambassadors.activity.byTeam.count
        guard count > 0 else { return }
        state.ambassadors.selectedIndex = ConsoleUpdate.moved(state.ambassadors.selectedIndex, by: movement, count: count)
    }
}
