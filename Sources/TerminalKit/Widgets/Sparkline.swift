/// A one-row chart of the most recent values with `▁▂▃▄▅▆▇█`, scaled to the largest value shown
/// (or to a given maximum, so several sparklines can share a scale).
public struct Sparkline: Widget {
    public var values: [Double]
    public var maximum: Double?
    public var role: StyleRole

    public init(values: [Double], maximum: Double? = nil, role: StyleRole = .sparkline) {
        self.values = values
        self.maximum = maximum
        self.role = role
    }

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The characters for the last `width` values.
    public static func bars(_ values: [Double], width: Int, maximum: Double? = nil) -> String {
        let shown = values.suffix(Swift.max(0, width))
        let top = maximum ?? shown.max() ?? 0
        return String(shown.map { value -> Character in
            guard top > 0, value.isFinite, value > 0 else { return levels[0] }
            let level = Int((Swift.min(value, top) / top * 7).rounded())
            return levels[Swift.max(0, Swift.min(7, level))]
        })
    }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        let row = area.row(area.height - 1)
        canvas.fill(area, style: theme[.text])
        let bars = Sparkline.bars(values, width: row.width, maximum: maximum)
        let width = bars.count
        canvas.write(bars, x: row.maxX - width, y: row.y, style: theme[role], maxWidth: width)
    }
}
