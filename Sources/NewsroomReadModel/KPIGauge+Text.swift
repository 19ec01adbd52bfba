import Foundation
import NewsroomCore

/// How a gauge's numbers read, the same on the pane, the wall and in `newsroom kpi`.
extension KPIGauge {
    /// `40.0`, `23.4k / 40.0k`, `12.5%`, `3.5 h`, `1,290 EUR`; `–` when there is no value.
    public var valueText: String {
        guard let v = value else { return "–" }
        let shown = Self.text(v, unit)
        guard let t = target, unit != .score, t > 0 || !lowerIsBetter else { return shown }
        return "\(shown) / \(Self.text(t, unit))"
    }

    public static func text(_ v: Double, _ unit: Unit) -> String {
        switch unit {
        case .score: return FigureText.decimal(v)
        case .count: return FigureText.short(v)
        case .ratio: return FigureText.percent(v)
        case .minutes: return FigureText.minutes(v)
        case .money(let currency): return "\(FigureText.short(v)) \(currency)"
        }
    }

    /// `▲ +12%`, `▼ -3%`, `= +0%`, `▲ +1.5 pp` for ratios, the amount itself when the period
    /// before was 0; nil without a period before.
    public var deltaText: String? {
        guard let value, let previous else { return nil }
        let d = value - previous
        let arrow = d > 0 ? "▲" : d < 0 ? "▼" : "="
        if unit == .ratio { return "\(arrow) " + String(format: "%+.1f pp", d * 100) }
        if previous != 0 { return "\(arrow) " + String(format: "%+.0f%%", d / abs(previous) * 100) }
        return "\(arrow) " + (d >= 0 ? "+" + Self.text(d, unit) : "-" + Self.text(-d, unit))
    }

    /// Whether the change against the period before is for the better; nil when there is none.
    public var changeIsBetter: Bool? {
        guard let d = delta, d != 0 else { return nil }
        return lowerIsBetter ? d < 0 : d > 0
    }
}
