import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit

/// What a gauge is made of, so a number on the wall can be explained in the call: its value,
/// where it comes from, the period before, the formula with the window's numbers, its parts, and
/// the last day and month as sparklines. `Enter` or `Esc` goes back to the gauges.
struct KPIDrillDownView {
    let gauge: KPIGauge
    let window: KPIWindow
    /// Its top stories, ambassadors and topics, once read.
    let breakdown: KPIDrillDown?
    let theme: Theme

    /// The lines, in order: text and role.
    func lines(width: Int) -> [(String, StyleRole)] {
        let g = gauge
        var out: [(String, StyleRole)] = [
            ("\(g.label): \(g.valueText)", .title),
            ("\(g.provenance.mark) \(g.provenance.rawValue)" + (g.campaign.map { " · campaign \($0)" } ?? "") + " · window \(window.name)", .muted),
        ]
        if let previous = g.previous {
            let delta = g.deltaText ?? ""
            out.append(("period before: \(KPIGauge.text(previous, g.unit))  \(delta)", .text))
        }
        out.append(("", .text))
        for line in TextBlock.wrap(g.formula, width: width) { out.append((line, .text)) }
        var group: String?
        for part in g.parts + (breakdown?.parts ?? []) {
            if part.group != group {
                out.append(("", .text))
                out.append((part.group, .header))
                group = part.group
            }
            out.append(("  \(part.label): \(part.text)", .text))
        }
        if !g.lastDay.isEmpty || !g.lastMonth.isEmpty {
            out.append(("", .text))
            let label = g.seriesLabel.map { " (\($0))" } ?? ""
            let sparkWidth = max(0, width - 16)
            if !g.lastDay.isEmpty { out.append(("last 24 h  " + Sparkline.bars(g.lastDay, width: sparkWidth) + label, .sparkline)) }
            if !g.lastMonth.isEmpty { out.append(("last 30 d  " + Sparkline.bars(g.lastMonth, width: sparkWidth) + label, .sparkline)) }
        }
        out.append(("", .text))
        out.append(("Enter or Esc: back to the gauges", .muted))
        return out
    }

    func render(in rect: Rect, _ canvas: inout Canvas) {
        for (i, (text, role)) in lines(width: rect.width).prefix(rect.height).enumerated() {
            canvas.write(text, x: rect.x, y: rect.y + i, style: theme[role], maxWidth: rect.width)
        }
    }
}
