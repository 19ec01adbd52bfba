import Foundation
import NewsroomCore
import TerminalKit

/// The ambassador pane in its compact form: active of all, the flags, and a row per team, sorted
/// with `o`.
struct AmbassadorPaneView {
    let state: ConsoleState
    let theme: Theme

    /// The team rows in the chosen order.
    static func teams(_ activity: AmbassadorActivity, order: TeamOrder) -> [(team: String, count: AmbassadorActivity.Count)] {
        let rows = activity.byTeam.map { (team: $0.key, count: $0.value) }
        func share(_ c: AmbassadorActivity.Count) -> Double { c.all > 0 ? Double(c.active) / Double(c.all) : 0 }
        switch order {
        case .name: return rows.sorted { $0.team < $1.team }
        case .activeShare: return rows.sorted { (share($0.count), $1.team) > (share($1.count), $0.team) }
        case .size: return rows.sorted { ($0.count.all, $1.team) > ($1.count.all, $0.team) }
        }
    }

    func render(in rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        let a = state.snapshot.ambassadors
        canvas.render(Box(title: "4 Ambassadors · active 7 d · teams \(state.ambassadors.order.label)", focused: focused), in: rect, theme: theme)
        let inner = Box.inner(rect)
        guard !inner.isEmpty else { return }
        let p = a.activity.program
        canvas.render(Gauge(label: "Active", fraction: p.all > 0 ? Double(p.active) / Double(p.all) : 0, valueText: "\(p.active) / \(p.all)", labelWidth: 16),
                      in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), theme: theme)
        guard inner.height > 1 else { return }
        canvas.write("flags: went quiet \(a.quiet) · untrained \(a.untrained)", x: inner.x, y: inner.y + 1, style: theme[a.quiet > 0 ? .warn : .muted],
                     maxWidth: inner.width)
        for (i, row) in Self.teams(a.activity, order: state.ambassadors.order).enumerated() where i + 2 < inner.height {
            let y = inner.y + 2 + i
            let selected = focused && i == state.ambassadors.selectedIndex
            let style = theme[selected ? .selectedRow : .text]
            if selected { canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            canvas.write("\(PaneText.pad(row.team, 16)) \(row.count.active) / \(row.count.all)", x: inner.x, y: y, style: style, maxWidth: inner.width)
        }
    }
}
