import NewsroomCore
import TerminalKit

/// The moderation pane's own state: which of the shown items is selected. The queue of its own
/// issue builds on it.
public struct ModerationPaneState: Sendable, Hashable {
    public var selectedIndex = 0
    public init() {}
}

/// What the moderation pane's keys do.
public enum ModerationAction: String, Hashable, Sendable, CaseIterable {
    case explainNoDelete
}

/// The moderation pane's key context.
public enum ModerationKeys {
    public static let context = KeyContext<ConsoleAction>(Pane.moderation.keyContext, title: "Moderation", [
        KeyBinding([.character("d")], .moderation(.explainNoDelete), "why there is no delete", group: "Moderation", showsInBar: true),
    ])
}

/// The moderation pane's update.
enum ModerationUpdate {
    static func apply(_ action: ModerationAction, _ state: inout ConsoleState) -> [ConsoleEffect] {
        switch action {
        case .explainNoDelete:
            state.say(RuleViolation.deletingIsNoSolution.description)
        }
        return []
    }

    static func move(_ movement: Movement, _ state: inout ConsoleState) {
        let count = state.snapshot.moderation.top.count
        guard count > 0 else { return }
        state.moderation.selectedIndex = ConsoleUpdate.moved(state.moderation.selectedIndex, by: movement, count: count)
    }
}
