/// Counters per 15-minute bucket, summed for any window without a replay. The in-memory form,
/// used by the full fold and by tests; the store keeps the same numbers in a table.
public struct Counters: Hashable, Sendable {
    public private(set) var values: [CounterKey: [Int64: Int64]] = [:]

    public init() {}

    public mutating func add(_ delta: CounterDelta) {
        values[delta.key, default: [:]][delta.bucket.index, default: 0] += delta.amount
    }

    /// The sum of a counter over buckets.
    public func sum(_ key: CounterKey, over buckets: Range<Int64>) -> Int64 {
        guard let series = values[key] else { return 0 }
        if series.count < buckets.count {
            return series.reduce(0) { buckets.contains($1.key) ? $0 + $1.value : $0 }
        }
        return buckets.reduce(0) { $0 + (series[$1] ?? 0) }
    }
}

/// Read access to counters, whether kept in memory or in the store: what the KPI functions need.
public protocol CounterSource {
    func sum(_ key: CounterKey, over buckets: Range<Int64>) throws -> Int64
    /// The scopes of a metric with a count in these buckets, with their sums.
    func sums(of metric: Metric, over buckets: Range<Int64>) throws -> [CounterScope: Int64]
    /// Per scope and bucket, the counts of a metric in a few buckets (cells at 0 left out): the
    /// storm warning's series, in one read. A default asks `sums(of:over:)` bucket by bucket.
    func counts(of metric: Metric, over buckets: Range<Int64>) throws -> [CounterScope: [Int64: Int64]]
}

extension CounterSource {
    public func counts(of metric: Metric, over buckets: Range<Int64>) throws -> [CounterScope: [Int64: Int64]] {
        var out: [CounterScope: [Int64: Int64]] = [:]
        for bucket in buckets {
            for (scope, value) in try sums(of: metric, over: bucket..<bucket + 1) { out[scope, default: [:]][bucket] = value }
        }
        return out
    }
}

extension Counters: CounterSource {
    public func counts(of metric: Metric, over buckets: Range<Int64>) -> [CounterScope: [Int64: Int64]] {
        var out: [CounterScope: [Int64: Int64]] = [:]
        for (key, series) in values where key.metric == metric {
            var cells: [Int64: Int64] = [:]
            if series.count < buckets.count {
                for (bucket, value) in series where buckets.contains(bucket) && value != 0 { cells[bucket] = value }
            } else {
                for bucket in buckets { if let value = series[bucket], value != 0 { cells[bucket] = value } }
            }
            if !cells.isEmpty { out[key.scope] = cells }
        }
        return out
    }

    public func sums(of metric: Metric, over buckets: Range<Int64>) -> [CounterScope: Int64] {
        var out: [CounterScope: Int64] = [:]
        for (key, _) in values where key.metric == metric {
            let total = sum(key, over: buckets)
            if total != 0 { out[key.scope] = total }
        }
        return out
    }
}
