/// Time to resolution in a window: from a comment's posting to the first time it reached
/// `resolved` or `noAction`, from the `.resolutionMinutes` histogram (counted once per comment, in
/// the bucket of that decision; a reopening or an undo does not count it again). How long the
/// newsroom takes to close what comes in, beside how long it takes to answer.
public struct ResolutionTime: Hashable, Sendable, Encodable {
    public let window: KPIWindow
    public let histogram: MinuteHistogram

    /// How many comments were first resolved in the window.
    public var count: Int64 { histogram.count }
    public var medianMinutes: Double? { histogram.quantile(0.5) }
    public var p90Minutes: Double? { histogram.quantile(0.9) }

    public init(window: KPIWindow, bins: [Int: Int64]) {
        self.window = window
        histogram = MinuteHistogram(bins: bins)
    }

    public static func compute(_ source: some CounterSource, window: KPIWindow) throws -> ResolutionTime {
        ResolutionTime(window: window, bins: try MinuteHistogram.read(.resolutionMinutes, from: source, over: window.buckets).bins)
    }

    /// JSON: median and p90 beside the histogram they are read from.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(window, forKey: "window")
        try c.encodeQuantiles(of: histogram)
    }
}
