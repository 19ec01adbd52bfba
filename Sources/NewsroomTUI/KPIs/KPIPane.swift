import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit

/// The windows the KPI pane shows, in the order `[` / `]` step through them.
public enum KPIWindowChoice: String, Hashable, Sendable, CaseIterable {
    case today, week, month, campaign

    public var label: String {
        switch self {
        case .today: return "today"
        case .week: return "last 7 days"
        case .month: return "last 30 days"
        case .campaign: return "campaign"
        }
    }

    /// What the arrows compare with.
    public var comparison: String {
        switch self {
        case .today: return "vs yesterday"
        case .week: return "vs the 7 days before"
        case .month: return "vs the 30 days before"
        case .campaign: return "vs the days before it"
        }
    }

    /// The window at a moment; nil for `campaign` when the newsroom has none.
    public func window(now: Date, config: NewsroomConfig) -> KPIWindow? {
        let calendar = config.calendar
        switch self {
        case .today: return .today(now: now, calendar: calendar)
        case .week: return .last7Days(now: now, calendar: calendar)
        case .month: return .last30Days(now: now, calendar: calendar)
        case .campaign:
            return KPIWindow.currentCampaign(config.campaigns, now: now, calendar: calendar).map { .campaign($0, calendar: calendar) }
        }
    }
}

/// The KPI pane's own state: the window, the board read for it, the gauge under the cursor and
/// whether its drill-down is open.
public struct KPIPaneState: Sendable {
    public var window: KPIWindowChoice = .week
    /// The figures, once read for `window` (nil while the first read is under way).
    public var board: KPIBoard?
    public var selected = 0
    public var drillDown = false
    /// The top stories, ambassadors and topics of the gauge under the cursor, once read.
    public var breakdown: KPIDrillDown?
    public init() {}

    /// The window as titles name it: the campaign's own name once its board is read.
    public var windowTitle: String {
        if let name = board?.window.name, name.hasPrefix("campaign:") { return name }
        return window.label
    }

    /// The gauge under the cursor.
    public var selectedGauge: KPIGauge? {
        guard let gauges = board?.gauges, !gauges.isEmpty else { return nil }
        return gauges[min(selected, gauges.count - 1)]
    }
}

/// What the KPI pane's keys do.
public enum KPIAction: String, Hashable, Sendable, CaseIterable {
    case previousWindow, nextWindow
}

/// The KPI pane's key context: `[` and `]` mean windows here, days in the briefing; `Enter`
/// (the shared "open") drills into the gauge under the cursor.
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
            state.say(action == .previousWindow ? "today is the shortest window" : "the campaign is the last window")
            return []
        }
        state.kpis.window = all[next]
        state.kpis.board = nil
        state.kpis.breakdown = nil
        return [.loadBoard(state.kpis.window)]
    }

    /// `j`/`k` choose a gauge, `Enter` opens or closes its drill-down and asks for its top
    /// stories, ambassadors and topics (read anew each time, the figures being live).
    static func move(_ movement: Movement, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let count = state.kpis.board?.gauges.count ?? 0
        guard count > 0 else { return [] }
        if movement == .open {
            state.kpis.drillDown.toggle()
            return state.kpis.drillDown ? readBreakdown(&state) : []
        }
        state.kpis.selected = ConsoleUpdate.moved(state.kpis.selected, by: movement, count: count)
        // In the drill-down, j/k step to the next gauge's.
        return state.kpis.drillDown ? readBreakdown(&state) : []
    }

    private static func readBreakdown(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let gauge = state.kpis.selectedGauge else { return [] }
        state.kpis.breakdown = nil
        return [.loadDrillDown(gauge.kind, state.kpis.window)]
    }

    /// `Esc` closes a drill-down first.
    static func back(_ state: inout ConsoleState) -> Bool {
        guard state.kpis.drillDown else { return false }
        state.kpis.drillDown = false
        return true
    }

    static func loaded(_ choice: KPIWindowChoice, _ board: KPIBoard?, _ state: inout ConsoleState) {
        guard choice == state.kpis.window else { return }
        if board == nil, choice == .campaign { state.say("no campaign in newsroom.yaml: the campaign window is empty") }
        state.kpis.board = board
    }

    static func drillDownLoaded(_ breakdown: KPIDrillDown?, _ state: inout ConsoleState) {
        guard let breakdown, breakdown.kind == state.kpis.selectedGauge?.kind else { return }
        state.kpis.breakdown = breakdown
    }
}
