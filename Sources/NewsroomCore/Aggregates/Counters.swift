/// Counters per 15-minute bucket, summed for any window without a replay. The in-memory form,
/// used by the full fold and by tests; the store keeps the same numbers in a table.
///
/// The share figures (impressions … booked meetings) are kept side by side per scope and bucket:
/// a measurement adds up to ten of them in four scopes at once, and a replay of a million events
/// makes millions of such additions, each a cache miss when every figure is a counter of its own.
public struct Counters: Hashable, Sendable {
    private var others: [CounterKey: [Int64: Int64]] = [:]
    private var figures: [CounterScope: [Int64: ShareFigureCells]] = [:]

    public init() {}

    /// Every counter with its amounts by bucket (share figures only where they are not zero).
    public var values: [CounterKey: [Int64: Int64]] {
        var out = others
        for (scope, buckets) in figures {
            for (bucket, cells) in buckets {
                for slot in 0..<ShareFigureCells.count where cells[slot] != 0 {
                    out[CounterKey(ShareFigureCells.metrics[slot], scope), default: [:]][bucket] = cells[slot]
                }
            }
        }
        return out
    }

    public mutating func add(_ delta: CounterDelta) {
        if let slot = ShareFigureCells.slot(of: delta.key.metric) {
            figures[delta.key.scope, default: [:]][delta.bucket.index, default: ShareFigureCells()][slot] += delta.amount
        } else {
            others[delta.key, default: [:]][delta.bucket.index, default: 0] += delta.amount
        }
    }

    /// A measurement's growth in each of these scopes: one lookup per scope for all its figures.
    public mutating func add(growth: [(Metric, Int)], in scopes: [CounterScope], bucket: Bucket) {
        var cells = ShareFigureCells()
        for (metric, amount) in growth {
            guard let slot = ShareFigureCells.slot(of: metric) else {
                for scope in scopes { add(CounterDelta(CounterKey(metric, scope), bucket: bucket, amount: Int64(amount))) }
                continue
            }
            cells[slot] += Int64(amount)
        }
        guard cells != ShareFigureCells() else { return }
        for scope in scopes { figures[scope, default: [:]][bucket.index, default: ShareFigureCells()].add(cells) }
    }

    /// One counter's amounts by bucket, nil when it never counted.
    private func series(_ key: CounterKey) -> [Int64: Int64]? {
        guard let slot = ShareFigureCells.slot(of: key.metric) else { return others[key] }
        guard let buckets = figures[key.scope] else { return nil }
        var out: [Int64: Int64] = [:]
        for (bucket, cells) in buckets where cells[slot] != 0 { out[bucket] = cells[slot] }
        return out
    }

    /// The counters of one metric, each with its amounts by bucket.
    private func serieses(of metric: Metric) -> [(scope: CounterScope, series: [Int64: Int64])] {
        guard ShareFigureCells.slot(of: metric) != nil else {
            return others.compactMap { key, series in key.metric == metric ? (key.scope, series) : nil }
        }
        return figures.keys.compactMap { scope in series(CounterKey(metric, scope)).map { (scope, $0) } }
    }

    /// The sum of a counter over buckets.
    public func sum(_ key: CounterKey, over buckets: Range<Int64>) -> Int64 {
        if let slot = ShareFigureCells.slot(of: key.metric) {
            guard let cells = figures[key.scope] else { return 0 }
            if cells.count < buckets.count {
                return cells.reduce(0) { buckets.contains($1.key) ? $0 + $1.value[slot] : $0 }
            }
            return buckets.reduce(0) { $0 + (cells[$1]?[slot] ?? 0) }
        }
        guard let series = others[key] else { return 0 }
        if series.count < buckets.count {
            return series.reduce(0) { buckets.contains($1.key) ? $0 + $1.value : $0 }
        }
        return buckets.reduce(0) { $0 + (series[$1] ?? 0) }
    }
}

/// The ten share figures of one scope and bucket, in the order of `Metric`'s first cases.
struct ShareFigureCells: Hashable, Sendable {
    static let metrics: [Metric] = [.impressions, .adImpressions, .eventVisits, .clicks, .reactions, .comments, .reshares,
                                    .visitsFromSocial, .leads, .bookedMeetings]
    static let count = 10
    private var cells: (Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    static func slot(of metric: Metric) -> Int? {
        switch metric {
        case .impressions: 0
        case .adImpressions: 1
        case .eventVisits: 2
        case .clicks: 3
        case .reactions: 4
        case .comments: 5
        case .reshares: 6
        case .visitsFromSocial: 7
        case .leads: 8
        case .bookedMeetings: 9
        default: nil
        }
    }

    subscript(slot: Int) -> Int64 {
        get { withUnsafeBytes(of: cells) { $0.load(fromByteOffset: slot * 8, as: Int64.self) } }
        set { withUnsafeMutableBytes(of: &cells) { $0.storeBytes(of: newValue, toByteOffset: slot * 8, as: Int64.self) } }
    }

    mutating func add(_ other: ShareFigureCells) {
        for slot in 0..<Self.count { self[slot] += other[slot] }
    }

    static func == (a: ShareFigureCells, b: ShareFigureCells) -> Bool {
        (0..<count).allSatisfy { a[$0] == b[$0] }
    }

    func hash(into hasher: inout Hasher) {
        for slot in 0..<Self.count { hasher.combine(self[slot]) }
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
        for (scope, series) in serieses(of: metric) {
            var cells: [Int64: Int64] = [:]
            if series.count < buckets.count {
                for (bucket, value) in series where buckets.contains(bucket) && value != 0 { cells[bucket] = value }
            } else {
                for bucket in buckets { if let value = series[bucket], value != 0 { cells[bucket] = value } }
            }
            if !cells.isEmpty { out[scope] = cells }
        }
        return out
    }

    public func sums(of metric: Metric, over buckets: Range<Int64>) -> [CounterScope: Int64] {
        var out: [CounterScope: Int64] = [:]
        for (scope, _) in serieses(of: metric) {
            let total = sum(CounterKey(metric, scope), over: buckets)
            if total != 0 { out[scope] = total }
        }
        return out
    }

    public func counts(of metric: Metric, in scopes: ScopeSelection, over buckets: Range<Int64>) -> [CounterScope: [Int64: Int64]] {
        var out: [CounterScope: [Int64: Int64]] = [:]
        for (scope, series) in serieses(of: metric) where scopes.contains(scope) {
            let inside = series.filter { buckets.contains($0.key) && $0.value != 0 }
            if !inside.isEmpty { out[scope] = inside }
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
