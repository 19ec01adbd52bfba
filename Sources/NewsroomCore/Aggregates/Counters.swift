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
    /// Every count of a metric in these buckets and scopes, by scope and bucket: what a
    /// `CounterExcerpt` is read from.
    func counts(of metric: Metric, in scopes: ScopeSelection, over buckets: Range<Int64>) throws -> [CounterScope: [Int64: Int64]]
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

    public func counts(of metric: Metric, in scopes: ScopeSelection, over buckets: Range<Int64>) -> [CounterScope: [Int64: Int64]] {
        var out: [CounterScope: [Int64: Int64]] = [:]
        for (key, series) in values where key.metric == metric && scopes.contains(key.scope) {
            let inside = series.filter { buckets.contains($0.key) && $0.value != 0 }
            if !inside.isEmpty { out[key.scope] = inside }
        }
        return out
    }
}

/// Which scopes of a metric to read: the program's, or every scope of one kind (`net:`, `tag:` ...).
public enum ScopeSelection: Hashable, Sendable {
    /// Every scope of the metric.
    case all
    case program
    /// Scopes whose key starts with this prefix, which ends in `:` (e.g. `CounterScope.network(_:)`'s `net:`).
    case kind(String)

    public func contains(_ scope: CounterScope) -> Bool {
        switch self {
        case .all: return true
        case .program: return scope == .program
        case .kind(let prefix): return scope.key.hasPrefix(prefix)
        }
    }
}
