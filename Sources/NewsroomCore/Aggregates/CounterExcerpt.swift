/// The counters of a stretch of buckets, held in memory with running sums, so the KPI pane can
/// compute every gauge, its previous period and its sparklines (a few hundred windows) from one
/// read, and follow the store by reading again only the newest buckets.
///
/// Sums over buckets outside the stretch count only the part inside it: callers ask for windows
/// within `buckets` (the campaign's longer window is read from the store).
public struct CounterExcerpt: CounterSource, Sendable, Equatable {
    /// What the excerpt holds: the metrics and, for each, the scopes read.
    public let selection: [Metric: [ScopeSelection]]
    public private(set) var buckets: Range<Int64>
    private var series: [CounterKey: Series] = [:]

    /// One counter's buckets in order, with the running sum after each.
    struct Series: Sendable, Equatable {
        var buckets: [Int64] = []
        var running: [Int64] = []

        init(_ values: [Int64: Int64]) {
            var total: Int64 = 0
            for (bucket, value) in values.sorted(by: { $0.key < $1.key }) {
                total += value
                buckets.append(bucket)
                running.append(total)
            }
        }

        /// The sum of the buckets before `bucket`.
        func before(_ bucket: Int64) -> Int64 {
            var low = 0, high = buckets.count
            while low < high {
                let mid = (low + high) / 2
                if buckets[mid] < bucket { low = mid + 1 } else { high = mid }
            }
            return low == 0 ? 0 : running[low - 1]
        }

        func sum(over range: Range<Int64>) -> Int64 { before(range.upperBound) - before(range.lowerBound) }

        func values(in range: Range<Int64>) -> [Int64: Int64] {
            var out: [Int64: Int64] = [:]
            for (i, bucket) in buckets.enumerated() where range.contains(bucket) {
                out[bucket] = running[i] - (i == 0 ? 0 : running[i - 1])
            }
            return out
        }
    }

    public init(selection: [Metric: [ScopeSelection]], buckets: Range<Int64>) {
        self.selection = selection
        self.buckets = buckets
    }

    /// Reads the selected counters over these buckets.
    public static func read(_ selection: [Metric: [ScopeSelection]], over buckets: Range<Int64>,
                            from source: some CounterSource) throws -> CounterExcerpt {
        var excerpt = CounterExcerpt(selection: selection, buckets: buckets)
        try excerpt.merge(from: source, over: buckets)
        return excerpt
    }

    /// Reads again from `bucket` to `end`, where new counts land, and moves the end there; what
    /// lies before `bucket` is kept as read.
    public mutating func refresh(from bucket: Int64, to end: Int64, source: some CounterSource) throws {
        let start = max(buckets.lowerBound, min(bucket, buckets.upperBound))
        let upper = max(end, start)
        try merge(from: source, over: start..<upper)
        buckets = buckets.lowerBound..<max(upper, buckets.lowerBound)
    }

    private mutating func merge(from source: some CounterSource, over range: Range<Int64>) throws {
        var fresh: [CounterKey: [Int64: Int64]] = [:]
        for (metric, scopes) in selection {
            for selection in scopes {
                for (scope, values) in try source.counts(of: metric, in: selection, over: range) {
                    fresh[CounterKey(metric, scope)] = values
                }
            }
        }
        let kept = buckets.lowerBound..<range.lowerBound
        for key in Set(series.keys).union(fresh.keys) {
            var values = series[key]?.values(in: kept) ?? [:]
            for (bucket, value) in fresh[key] ?? [:] { values[bucket] = value }
            series[key] = values.isEmpty ? nil : Series(values)
        }
    }

    public func sum(_ key: CounterKey, over buckets: Range<Int64>) -> Int64 {
        series[key]?.sum(over: buckets) ?? 0
    }

    public func sums(of metric: Metric, over buckets: Range<Int64>) -> [CounterScope: Int64] {
        var out: [CounterScope: Int64] = [:]
        for (key, s) in series where key.metric == metric {
            let total = s.sum(over: buckets)
            if total != 0 { out[key.scope] = total }
        }
        return out
    }

    public func counts(of metric: Metric, in scopes: ScopeSelection, over buckets: Range<Int64>) -> [CounterScope: [Int64: Int64]] {
        var out: [CounterScope: [Int64: Int64]] = [:]
        for (key, s) in series where key.metric == metric && scopes.contains(key.scope) {
            let values = s.values(in: buckets)
            if !values.isEmpty { out[key.scope] = values }
        }
        return out
    }
}
