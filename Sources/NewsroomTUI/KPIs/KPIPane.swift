import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit

/// The windows the KPI pane shows, in the order `[` / `]` step through them.
public enum KPIWindowChoice: String, Hashable, Sendable, CaseIterable {
    case today, week, month

    public var label: String {
        switch self {
        case .today: return "today"
        case .week: return "last 7 days"
        case .month: return "last 30 days"
        }
    }

    public func window(now: Date, calendar: NewsroomCalendar) -> KPIWindow {
        switch self {
        case .today: return .today(now: now, calendar: calendar)
        case .week: return .last7Days(now: now, calendar: calendar)
        case .month: return .last30Days(now: now, calendar: calendar)
        }
    }
}

/// What the KPI pane shows for one window: the engagement score and the moderation metrics,
/// read together when `[` / `]` choose a window other than the snapshot's seven days.
public struct KPIPaneFigures: Equatable, Sendable {
    public var engagement: EngagementScore?
    public var moderation: ModerationFigures?

    public init(engagement: EngagementScore?, moderation: ModerationFigures?) {
        self.engagement = engagement
        self.moderation = moderation
    }
}

/// The KPI pane's own state: the window, and the figures read for a window other than the
/// snapshot's seven days.
public struct KPIPaneState: Sendable {
    public var window: KPIWindowChoice = .week
    public var figures: [KPIWindowChoice: KPIPaneFigures] = [:]
    public init() {}

    /// The engagement figures to show for the chosen window, if read yet.
    public func engagement(in snapshot: ConsoleSnapshot) -> EngagementScore? {
        window == .week ? snapshot.engagement : figures[window]?.engagement
    }

    /// The moderation metrics to show for the chosen window, if read yet.
    public func moderation(in snapshot: ConsoleSnapshot) -> ModerationFigures? {
        window == .week ? snapshot.moderationFigures : figures[window]?.moderation
    }
}

/// What the KPI pane's keys do.
public enum KPIAction: String, Hashable, Sendable, CaseIterable {
    case previousWindow, nextWindow
}

/// The KPI pane's key context: `[` and `]` mean windows here, days in the briefing.
public enum KPIKeys {
    public static let context = KeyContext<ConsoleAction>(Pane.kpis.keyContext, title: "KPIs", [
        KeyBinding([.character("[")], .kpis(.previousWindow), "shorter window", group: "KPIs", showsInBar: true),
        KeyBinding([.character("]")], .kpis(.nextWindow), "longer window", group: "KPIs", showsInBar: true),
    ])
}

/// The KPI pane's update.
enum KPIUpdate {
    static func apply(_ action: KPIAction, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let all = KPIWindowChoice.allCases
        let index = all.firstIndex(of: state.kpis.window)!
        let next = action == .previousWindow ? max(0, index - 1) : min(all.count - 1, index + 1)
        guard next != index else {
            state.say(action == .previousWindow ? "today is the shortest window" : "30 days is the longest window")
            return []
        }
        state.kpis.window = all[next]
        return state.kpis.window == .week ? [] : [.loadEngagement(state.kpis.window)]
    }

    static func loaded(_ choice: KPIWindowChoice, _ figures: KPIPaneFigures, _ state: inout ConsoleState) {
        state.kpis.figures[choice] = figures
    }
}
