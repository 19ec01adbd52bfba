/// Durations in minutes counted into the bins of `ResponseTimeBins` (one counter per bin, scope
/// `.bin(i)`), summed over a window: what time to first response and time to resolution are
/// read from. Quantiles interpolate inside a bin, so no comment has to be replayed.
public struct MinuteHistogram: Hashable, Sendable {
    /// Count per bin index (bins without a count are absent).
    public let bins: [Int: Int64]

    public static let formula = "q-quantile = lower + (q × n − count in earlier bins) / count in bin × (upper − lower), in the first bin where the running count reaches q × n (median q = 0.5, p90 q = 0.9)"

    public init(bins: [Int: Int64]) {
        self.bins = bins.filter { $0.value > 0 && $0.key >= 0 && $0.key <= ResponseTimeBins.upperBounds.count }
    }

    /// How many durations the histogram holds.
    public var count: Int64 { bins.values.reduce(0, +) }

    /// The `q`-quantile (0...1) in minutes, nil without data. With `n` durations the rank
    /// `q × n` falls in the first bin where the running count reaches it; inside that bin of
    /// `c` durations between `lower` and `upper` minutes, after `before` in earlier bins,
    /// the value is `lower + (q × n − before) / c × (upper − lower)`.
    /// The last, open bin is taken to end at twice its lower bound (`ResponseTimeBins.bounds`).
    public func quantile(_ q: Double) -> Double? {
        let n = count
        guard n > 0 else { return nil }
        let rank = min(max(q, 0), 1) * Double(n)
        var before: Int64 = 0
        for index in bins.keys.sorted() {
            let c = bins[index] ?? 0
            if Double(before + c) >= rank {
                let (lower, upper) = ResponseTimeBins.bounds(of: index)
                let fraction = (rank - Double(before)) / Double(c)
                return lower + max(0, fraction) * (upper - lower)
            }
            before += c
        }
        return nil
    }

    /// The bins of a histogram metric summed over buckets.
    public static func read(_ metric: Metric, from source: some CounterSource, over buckets: Range<Int64>) throws -> MinuteHistogram {
        var bins: [Int: Int64] = [:]
        for (scope, total) in try source.sums(of: metric, over: buckets) {
            guard let index = scope.binIndex else { continue }
            bins[index, default: 0] += total
        }
        return MinuteHistogram(bins: bins)
    }
}

extension KeyedEncodingContainer where K == KPIKey {
    /// A duration KPI as JSON: `medianMinutes` and `p90Minutes` (null without data) beside the
    /// count, the formula and the histogram they are read from (`bins`: fromMinutes, toMinutes, count;
    /// the open last bin has `toMinutes` null).
    mutating func encodeQuantiles(of histogram: MinuteHistogram) throws {
        try encode(histogram.quantile(0.5), forKey: "medianMinutes")
        try encode(histogram.quantile(0.9), forKey: "p90Minutes")
        try encode(histogram.count, forKey: "count")
        try encode(MinuteHistogram.formula, forKey: "formula")
        var list = nestedUnkeyedContainer(forKey: "bins")
        for index in histogram.bins.keys.sorted() {
            let (lower, upper) = ResponseTimeBins.bounds(of: index)
            var bin = list.nestedContainer(keyedBy: KPIKey.self)
            try bin.encode(lower, forKey: "fromMinutes")
            try bin.encode(index < ResponseTimeBins.upperBounds.count ? upper : nil, forKey: "toMinutes")
            try bin.encode(histogram.bins[index] ?? 0, forKey: "count")
        }
    }
}
