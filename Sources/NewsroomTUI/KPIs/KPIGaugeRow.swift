import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit

/// One gauge as a row of the KPI pane: provenance mark, label, bar against the target (or the
/// ratio itself), value and target, the arrow and delta against the period before, and the
/// sparkline of the last 30 days when the row has room. Cut from the right as it narrows.
struct KPIGaugeRow {
    let gauge: KPIGauge
    let selected: Bool
    let theme: Theme

    /// The arrow and delta against the period before, coloured by whether more is better.
    static func deltaText(_ g: KPIGauge) -> (String, StyleRole)? {
        g.deltaText.map { ($0, g.changeIsBetter.map { $0 ? StyleRole.ok : .warn } ?? .muted) }
    }

    /// The theme role of the bar and value for how the gauge stands against its target.
    static func role(_ g: KPIGauge) -> StyleRole {
        switch g.standing {
        case .good: return .ok
        case .close: return .gaugeFill
        case .short: return .warn
        case .bad: return .alert
        case .neutral: return .gaugeFill
        }
    }

    /// The bar's fill: the fraction of the target, or the ratio itself; nil draws no bar.
    static func fill(_ g: KPIGauge) -> Double? {
        if g.unit == .ratio { return g.value }
        if g.lowerIsBetter { return nil }
        return g.fraction
    }

    func render(in row: Rect, labelWidth: Int, _ canvas: inout Canvas) {
        guard row.width > 0 else { return }
        let base = selected ? theme[.selectedRow] : theme[.text]
        canvas.fill(row, style: base)
        var x = row.x
        x += canvas.write(gauge.provenance.mark, x: x, y: row.y, style: gauge.provenance == .measured ? base : theme[.muted], maxWidth: 1) + 1
        // A narrow row (the overview at 80 columns) keeps the whole label and the value, not the bar.
        let narrow = row.width < 40
        let value = gauge.valueText
        let label = narrow ? max(0, row.maxX - x - DisplayWidth.of(value) - 1) : min(labelWidth, max(0, row.maxX - x))
        canvas.write(gauge.label, x: x, y: row.y, style: base, maxWidth: label)
        x += label + 1
        var right = row.maxX
        // From the right: sparkline (wide rows), delta, value.
        let spark = gauge.lastMonth.isEmpty ? "" : Sparkline.bars(gauge.lastMonth, width: 30)
        if row.width >= 110, !spark.isEmpty {
            right -= DisplayWidth.of(spark)
            canvas.write(spark, x: right, y: row.y, style: theme[.sparkline], maxWidth: DisplayWidth.of(spark))
            right -= 1
        }
        if row.width >= 60, let (delta, role) = Self.deltaText(gauge) {
            let w = 10
            right -= w
            canvas.write(delta, x: right, y: row.y, style: selected ? base : theme[role], maxWidth: w)
            right -= 1
        }
        let vw = min(DisplayWidth.of(value), max(0, right - x))
        right -= vw
        canvas.write(value, x: right, y: row.y, style: selected ? base : theme[Self.role(gauge)], maxWidth: vw)
        right -= 1
        let barWidth = right - x
        if !narrow, barWidth >= 4, let fill = Self.fill(gauge) {
            canvas.fill(Rect(x: x, y: row.y, width: barWidth, height: 1), style: theme[.gaugeEmpty], with: "░")
            canvas.write(Gauge.bar(fraction: fill, width: barWidth), x: x, y: row.y, style: theme[Self.role(gauge)], maxWidth: barWidth)
        }
    }
}
