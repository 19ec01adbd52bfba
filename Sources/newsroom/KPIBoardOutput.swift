import Foundation
import NewsroomCore
import NewsroomReadModel

/// The KPI board in `newsroom kpi`: the pane's gauges as text lines and as JSON, where each
/// number sits beside its provenance, target, period before, formula and sparkline values.
enum KPIBoardOutput {
    static func lines(_ board: KPIBoard) -> [String] {
        var out = ["Gauges (\(Provenance.measured.mark) measured \(Provenance.estimated.mark) estimated \(Provenance.missing.mark) missing; against \(board.previousWindow.name))"]
        let width = board.gauges.map { $0.label.count }.max() ?? 10
        for g in board.gauges {
            let label = g.label.padding(toLength: width, withPad: " ", startingAt: 0)
            out.append("  \(g.provenance.mark) \(label)  \(g.valueText)" + (g.deltaText.map { "  \($0)" } ?? ""))
        }
        let tags = board.hashtags.prefix(8).map { h in
            "#\(h.tag) \(FigureText.grouped(h.shares))" + (h.isNew ? " (new, no campaign)" : h.campaign.map { " (\($0))" } ?? "")
        }
        out.append("Hashtags          " + (tags.isEmpty ? "none used" : tags.joined(separator: ", ")))
        return out
    }

    static func gauges(_ board: KPIBoard) -> [[String: Any]] {
        board.gauges.map { g in
            var o: [String: Any] = [
                "kind": g.kind.rawValue, "label": g.label, "value": g.value ?? NSNull(), "target": g.target ?? NSNull(),
                "provenance": g.provenance.rawValue, "previous": g.previous ?? NSNull(), "delta": g.delta ?? NSNull(),
                "lowerIsBetter": g.lowerIsBetter, "unit": unit(g.unit), "formula": g.formula,
                "lastDay": g.lastDay, "lastMonth": g.lastMonth,
                "parts": g.parts.map { ["group": $0.group, "label": $0.label, "value": $0.value, "text": $0.text] as [String: Any] },
            ]
            if let c = g.campaign { o["campaign"] = c }
            if let s = g.seriesLabel { o["seriesLabel"] = s }
            return o
        }
    }

    static func hashtags(_ board: KPIBoard) -> [[String: Any]] {
        board.hashtags.map { h in
            ["tag": h.tag, "campaign": h.campaign ?? NSNull(), "shares": h.shares, "previousShares": h.previousShares,
             "adopters": h.adopters, "mentions": h.mentions, "isNew": h.isNew, "lastMonth": h.lastMonth,
             "provenance": Provenance.measured.rawValue] as [String: Any]
        }
    }

    private static func unit(_ u: KPIGauge.Unit) -> String {
        switch u {
        case .score: return "score"
        case .count: return "count"
        case .ratio: return "ratio"
        case .minutes: return "minutes"
        case .money(let currency): return currency
        }
    }
}
