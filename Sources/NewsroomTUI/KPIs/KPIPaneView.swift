import Foundation
import NewsroomCore
import TerminalKit

/// The KPI pane in its compact form: the engagement score and its three factors as gauges, for
/// the window chosen with `[` / `]`.
struct KPIPaneView {
    let state: ConsoleState
    let theme: Theme

    func render(in rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        canvas.render(Box(title: "3 KPIs · \(state.kpis.window.label)", focused: focused), in: rect, theme: theme)
        let inner = Box.inner(rect)
        guard !inner.isEmpty else { return }
        guard let e = state.kpis.engagement(in: state.snapshot) else {
            let text = state.kpis.window != .week && state.kpis.figures[state.kpis.window] == nil ? "Reading the figures…" : "No figures yet."
            canvas.write(text, in: inner, style: theme[.muted])
            return
        }
        let gauges: [(String, Double)] = [("Engagement", e.score), ("Reach", e.reach.score), ("Interaction", e.interaction.score),
                                          ("Business impact", e.businessImpact.score)]
        for (i, (label, score)) in gauges.enumerated() where i < inner.height {
            canvas.render(Gauge(label: label, fraction: score / 100, valueText: String(format: "%.1f", score), labelWidth: 16),
                          in: Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), theme: theme)
        }
    }
}
