/// What the storm warning reads for one scope (the program, a network, a topic, a post): critical
/// comments in the last quarter hours, each with its baseline counts, and how far the current one
/// has got. Made by `StormCounts.read` from counters; built by hand in tests.
public struct StormSeries: Hashable, Sendable {
    /// Critical comments per quarter hour, oldest first; the last is the current one, still running.
    public var counts: [Int64]
    /// For each entry of `counts`, its baseline counts (same weekday and quarter hour ± 1, past weeks).
    public var baselines: [[Int64]]
    /// The part of the current quarter hour that has passed, from `StormDetector.leastElapsed` to 1.
    public var elapsed: Double
    /// All comments beside the critical ones, for the critical share (program and network scopes
    /// only: other scopes do not count every comment).
    public var share: StormShareCounts?

    public init(counts: [Int64], baselines: [[Int64]], elapsed: Double = 1, share: StormShareCounts? = nil) {
        precondition(counts.count == baselines.count && !counts.isEmpty, "one baseline per quarter hour, and at least the current one")
        self.counts = counts
        self.baselines = baselines
        self.elapsed = min(1, max(StormDetector.leastElapsed, elapsed))
        self.share = share
    }
}

/// Critical and all comments over the quarter hours of the storm rule (the last `level2Buckets`)
/// and over their baseline counts: the critical share now against the usual one.
public struct StormShareCounts: Hashable, Sendable, Codable {
    public var critical: Int64
    public var received: Int64
    public var baselineCritical: Int64
    public var baselineReceived: Int64

    public init(critical: Int64, received: Int64, baselineCritical: Int64, baselineReceived: Int64) {
        self.critical = critical
        self.received = received
        self.baselineCritical = baselineCritical
        self.baselineReceived = baselineReceived
    }

    /// Critical among all now; nil without comments.
    public var share: Double? { received > 0 ? Double(critical) / Double(received) : nil }
    /// Critical among all in the baseline; nil when the baseline has no comments.
    public var baselineShare: Double? { baselineReceived > 0 ? Double(baselineCritical) / Double(baselineReceived) : nil }
    /// How far the share is above the usual one, in shares (0.15 = 15 points); nil without both.
    public var rise: Double? { share.flatMap { s in baselineShare.map { s - $0 } } }
}
