/// Time to first response in a window, from the `.firstResponseMinutes` histogram (one counter
/// per bin, scope `.bin(i)`, counted in the bucket of the first reply). Quantiles are read from
/// the histogram by linear interpolation inside the bin, so no comment has to be replayed.
public struct FirstResponseTime: Hashable, Sendable, Encodable {
    public let window: KPIWindow
    /// Count per bin index of `ResponseTimeBins` (bins without a count are absent).
    public let bins: [Int: Int64]

    public static let formula = "median = lower + (n/2 − count in earlier bins) / count in bin × (upper − lower), in the bin where the running count reaches n/2"

    /// How many first responses the window holds.
    public var count: Int64 { bins.values.reduce(0, +) }

    /// The median in minutes; nil when the window has no first response.
    public var medianMinutes: Double? { quantile(0.5) }

    /// The `q`-quantile (0...1) in minutes, nil without data. With `n` responses the rank
    /// `q × n` falls in the bin where the running count reaches it; inside that bin of
    /// `c` responses between `lower` and `upper` minutes, after `before` responses in earlier bins,
    /// the value is `lower + (q × n − before) / c × (upper − lower)`.
    /// The last, open bin is taken to end at twice its lower bound (`ResponseTimeBins.bounds`).
    public func quantile(_ q: Double) -> Double? {
        let n = count
        guard n > 0 else { return nil }
        let rank = min(max(q, 0), 1) * Double(n)
        var before: Int64 = 0
        for index in bins.keys.sorted() {
            let c = bins[index] ?? 0
            guard c > 0 else { continue }
            if Double(before + c) >= rank {
                let (lower, upper) = ResponseTimeBins.bounds(of: index)
                let fraction = (rank - Double(before)) / Double(c)
                return lower + max(0, fraction) * (upper - lower)
            }
            before += c
        }
        return nil
    }

    public init(window: KPIWindow, bins: [Int: Int64]) {
        self.window = window
        self.bins = bins.filter { $0.value > 0 && $0.key >= 0 && $0.key <= ResponseTimeBins.upperBounds.count }
    }

    public static func compute(_ source: some CounterSource, window: KPIWindow) throws -> FirstResponseTime {
        var bins: [Int: Int64] = [:]
        for (scope, total) in try source.sums(of: .firstResponseMinutes, over: window.buckets) {
            guard let index = scope.binIndex else { continue }
            bins[index, default: 0] += total
        }
        return FirstResponseTime(window: window, bins: bins)
    }
}

extension FirstResponseTime {
    /// JSON: the median beside the histogram it is read from (`bins`: from, to, count).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(window, forKey: "window")
        try c.encode(medianMinutes, forKey: "medianMinutes")
        try c.encode(count, forKey: "count")
        try c.encode(Self.formula, forKey: "formula")
        var list = c.nestedUnkeyedContainer(forKey: "bins")
        for index in bins.keys.sorted() {
            let (lower, upper) = ResponseTimeBins.bounds(of: index)
            var bin = list.nestedContainer(keyedBy: KPIKey.self)
            try bin.encode(lower, forKey: "fromMinutes")
            try bin.encode(index < ResponseTimeBins.upperBounds.count ? upper : nil, forKey: "toMinutes")
            try bin.encode(bins[index] ?? 0, forKey: "count")
        }
    }
}
