/// A horizontal bar with eighth-cell precision (`▏▎▍▌▋▊▉█`), a label and a value.
///
/// The fill takes the `warn` or `alert` style once the value reaches a threshold, so a theme
/// decides what "too much" looks like. Values over 100 % draw a full bar and say the real value.
public struct Gauge: Widget {
    public var label: String
    /// The filled fraction: 0 is empty, 1 is full, above 1 is over the top.
    public var fraction: Double
    /// The text at the right; by default the fraction as a percentage (`37.5%`).
    public var valueText: String?
    public var warnAt: Double?
    public var alertAt: Double?
    /// Columns reserved for the label, so the bars of stacked gauges line up (default: its width).
    public var labelWidth: Int?

    public init(label: String, fraction: Double, valueText: String? = nil, warnAt: Double? = nil, alertAt: Double? = nil,
                labelWidth: Int? = nil) {
        self.label = label
        self.labelWidth = labelWidth
        self.fraction = fraction.isFinite ? fraction : 0
        self.valueText = valueText
        self.warnAt = warnAt
        self.alertAt = alertAt
    }

    static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The fraction as a percentage with at most one decimal: `0%`, `37.5%`, `120%`.
    public static func percentText(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)%" : "\(sign)\(magnitude / 10).\(magnitude % 10)%"
    }

    /// The role of the filled part for the current value.
    public var fillRole: StyleRole {
        if let alertAt, fraction >= alertAt { return .alert }
        if let warnAt, fraction >= warnAt { return .warn }
        return .gaugeFill
    }

    /// The bar's characters for `width` cells (full blocks, one partial block, then spaces).
    public static func bar(fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let clamped = Swift.min(1, Swift.max(0, fraction))
        let eighths = Int((clamped * Double(width * 8)).rounded(.down))
        var bar = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { bar.append(partials[eighths % 8 - 1]) }
        return bar
    }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        let row = area.row(0)
        canvas.fill(row, style: theme[.text])
        let value = valueText ?? Gauge.percentText(fraction)
        let valueWidth = Swift.min(DisplayWidth.of(value), row.width)
        let wanted = labelWidth ?? DisplayWidth.of(label)
        let labelWidth = wanted == 0 ? 0 : Swift.min(wanted, Swift.max(0, row.width / 3))
        let barX = row.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        let barWidth = row.maxX - valueWidth - 1 - barX
        canvas.write(label, x: row.x, y: row.y, style: theme[.text], maxWidth: labelWidth)
        if barWidth > 0 {
            let emptyStyle = theme[.gaugeEmpty]
            canvas.fill(Rect(x: barX, y: row.y, width: barWidth, height: 1), style: emptyStyle, with: "░")
            let bar = Gauge.bar(fraction: fraction, width: barWidth)
            canvas.write(bar, x: barX, y: row.y, style: theme[fillRole], maxWidth: barWidth)
        }
        let valueRole: StyleRole = fillRole == .gaugeFill ? .text : fillRole
        canvas.write(value, x: row.maxX - valueWidth, y: row.y, style: theme[valueRole], maxWidth: valueWidth)
    }
}
