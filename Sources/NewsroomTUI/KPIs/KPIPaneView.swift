import Foundation
import NewsroomCore
import TerminalKit

/// The KPI pane: the engagement score and its three factors as gauges, and below them the
/// moderation block, for the window chosen with `[` / `]`.
struct KPIPaneView {
    let state: ConsoleState
    let theme: Theme

    func render(in rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        canvas.render(Box(title: "3 KPIs · \(state.kpis.window.label)", focused: focused), in: rect, theme: theme)
        let inner = Box.inner(rect)
        guard !inner.isEmpty else { return }
        let engagement = state.kpis.engagement(in: state.snapshot)
        let moderation = state.kpis.moderation(in: state.snapshot)
        guard engagement != nil || moderation != nil else {
            let text = state.kpis.window != .week && state.kpis.figures[state.kpis.window] == nil ? "Reading the figures…" : "No figures yet."
            canvas.write(text, in: inner, style: theme[.muted])
            return
        }
        var used = 0
        if let e = engagement {
            let gauges: [(String, Double)] = [("Engagement", e.score), ("Reach", e.reach.score), ("Interaction", e.interaction.score),
                                              ("Business impact", e.businessImpact.score)]
            for (i, (label, score)) in gauges.enumerated() where i < inner.height {
                canvas.render(Gauge(label: label, fraction: score / 100, valueText: String(format: "%.1f", score), labelWidth: 16),
                              in: Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), theme: theme)
            }
            used = min(gauges.count, inner.height)
        } else {
            canvas.write("No engagement figures yet.", x: inner.x, y: inner.y, style: theme[.muted], maxWidth: inner.width)
            used = 1
        }
        guard let moderation else { return }
        // A blank line between the gauges and the block when the pane has rows to spare.
        let gap = inner.height - used > 9 ? 1 : 0
        let rest = Rect(x: inner.x, y: inner.y + used + gap, width: inner.width, height: max(0, inner.height - used - gap))
        KPIModerationBlock(figures: moderation, theme: theme).render(in: rest, &canvas)
    }
}
