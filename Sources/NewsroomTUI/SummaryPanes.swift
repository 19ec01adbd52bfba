import Foundation
import NewsroomCore
import TerminalKit

/// The moderation, KPI and ambassador panes in their compact form: real figures from the store,
/// until their own issues make them full panes.
enum SummaryPanes {
    static func moderation(_ state: ConsoleState, theme: Theme, in rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        let m = state.snapshot.moderation
        canvas.render(Box(title: "2 Moderation · \(m.backlog.total - m.backlog.count(.answered) - m.backlog.count(.resolved) - m.backlog.count(.noAction)) open", focused: focused),
                      in: rect, theme: theme)
        let inner = Box.inner(rect)
        guard !inner.isEmpty else { return }
        var lines: [(String, StyleRole)] = []
        let open = ModerationState.allCases.filter(\.isOpen).map { "\($0.label) \(m.backlog.count($0))" }
        lines.append((open.joined(separator: " · "), .text))
        let oldest = m.oldestOpen.map { "oldest open \(age(state.now.timeIntervalSince($0)))" } ?? "nothing open"
        lines.append((oldest + " · SLA breaches \(m.slaBreaches) · hidden \(m.hidden)", m.slaBreaches > 0 ? .warn : .muted))
        lines.append(("", .text))
        for item in m.top {
            let category = item.comment.category?.label ?? "new"
            let text = "\(pad(category, 12)) \(pad(age(state.now.timeIntervalSince(item.comment.postedAt)), 4)) \(item.text.split(whereSeparator: \.isNewline).joined(separator: " "))"
            lines.append((text, item.comment.severity >= 80 ? .alert : .text))
        }
        draw(lines, in: inner, theme: theme, &canvas)
    }

    static func kpis(_ state: ConsoleState, theme: Theme, in rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        canvas.render(Box(title: "3 KPIs · last 7 days", focused: focused), in: rect, theme: theme)
        let inner = Box.inner(rect)
        guard !inner.isEmpty else { return }
        guard let e = state.snapshot.engagement else {
            canvas.write("No figures yet.", in: inner, style: theme[.muted])
            return
        }
        let gauges: [(String, Double)] = [("Engagement", e.score), ("Reach", e.reach.score), ("Interaction", e.interaction.score),
                                          ("Business impact", e.businessImpact.score)]
        for (i, (label, score)) in gauges.enumerated() where i < inner.height {
            canvas.render(Gauge(label: label, fraction: score / 100, valueText: String(format: "%.1f", score), labelWidth: 16),
                          in: Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), theme: theme)
        }
    }

    static func ambassadors(_ state: ConsoleState, theme: Theme, in rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        let a = state.snapshot.ambassadors
        canvas.render(Box(title: "4 Ambassadors · active 7 d", focused: focused), in: rect, theme: theme)
        let inner = Box.inner(rect)
        guard !inner.isEmpty else { return }
        let p = a.activity.program
        canvas.render(Gauge(label: "Active", fraction: p.all > 0 ? Double(p.active) / Double(p.all) : 0, valueText: "\(p.active) / \(p.all)", labelWidth: 16),
                      in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), theme: theme)
        var lines: [(String, StyleRole)] = [("flags: went quiet \(a.quiet) · untrained \(a.untrained)", a.quiet > 0 ? .warn : .muted)]
        for (team, count) in a.activity.byTeam.sorted(by: { $0.key < $1.key }) {
            lines.append(("\(pad(team, 16)) \(count.active) / \(count.all)", .text))
        }
        draw(lines, in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1), theme: theme, &canvas)
    }

    private static func draw(_ lines: [(String, StyleRole)], in rect: Rect, theme: Theme, _ canvas: inout Canvas) {
        for (i, (text, role)) in lines.enumerated() where i < rect.height {
            canvas.write(text, x: rect.x, y: rect.y + i, style: theme[role], maxWidth: rect.width)
        }
    }

    static func age(_ seconds: TimeInterval) -> String {
        let m = Int(seconds / 60)
        if m < 60 { return "\(m)m" }
        if m < 48 * 60 { return "\(m / 60)h" }
        return "\(m / 1440)d"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let w = DisplayWidth.of(text)
        return w >= width ? text : text + String(repeating: " ", count: width - w)
    }
}
