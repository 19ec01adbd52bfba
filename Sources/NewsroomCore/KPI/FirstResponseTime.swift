/// Time to first response in a window, from the `.firstResponseMinutes` histogram (counted in the
/// bucket of a comment's first reply, once per comment): the median and p90 the moderation
/// figures show, read without replaying a comment.
public struct FirstResponseTime: Hashable, Sendable, Encodable {
    public let window: KPIWindow
    public let histogram: MinuteHistogram

    public static let formula = MinuteHistogram.formula

    /// Count per bin index of `ResponseTimeBins` (bins without a count are absent).
    public var bins: [Int: Int64] { histogram.bins }
    /// How many first responses the window holds.
    public var count: Int64 { histogram.count }
    /// The median in minutes; nil when the window has no first response.
    public var medianMinutes: Double? { histogram.quantile(0.5) }
    /// The 90th percentile in minutes; nil when the window has no first response.
    public var p90Minutes: Double? { histogram.quantile(0.9) }

    /// The `q`-quantile (0...1) in minutes, nil without data (`MinuteHistogram.quantile`).
    public func quantile(_ q: Double) -> Double? { histogram.quantile(q) }

    public init(window: KPIWindow, bins: [Int: Int64]) {
        self.window = window
        histogram = MinuteHistogram(bins: bins)
    }

    public static func compute(_ source: some CounterSource, window: KPIWindow) throws -> FirstResponseTime {
        FirstResponseTime(window: window, bins: try MinuteHistogram.read(.firstResponseMinutes, from: source, over: window.buckets).bins)
    }

    /// JSON: median and p90 beside the histogram they are read from.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(window, forKey: "window")
        try c.encodeQuantiles(of: histogram)
    }
}
