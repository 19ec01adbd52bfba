/// The storm warning's reading of one scope at a moment: its level from the counts (0–3; 4 needs
/// several networks, `StormDetector.automaticLevel`) with every number it comes from, so a screen
/// or `newsroom kpi --json` can say why.
public struct StormSignal: Hashable, Sendable, Encodable {
    public let level: CrisisLevel
    /// Critical comments in the current quarter hour so far.
    public let count: Int64
    /// The part of the current quarter hour that has passed (0–1).
    public let elapsed: Double
    /// `count / elapsed`: what the quarter hour comes to if it goes on like this.
    public let projected: Double
    /// What is usual for the current quarter hour.
    public let baseline: StormBaseline
    /// The current quarter hour's z: `√elapsed × (projected − median) / spread`, at most 0 below `minimumCount`.
    public let z: Double
    /// The EWMA of z up to the current quarter hour (`smoothing` = λ), never below 0.
    public let smoothedZ: Double
    /// The smoothed z of each quarter hour read, oldest first (the last is `smoothedZ`).
    public let smoothedSeries: [Double]
    /// How many quarter hours in a row, up to now, the smoothed z has been at or above `level2Z`.
    public let bucketsAtLevel2: Int
    /// Critical comments in the quarter hours of the storm rule (the last `level2Buckets`).
    public let recentCount: Int64
    /// The sum of their baseline medians: what those quarter hours usually bring.
    public let recentUsual: Double
    /// Projected critical comments in those quarter hours above the usual (the current one projected).
    public let excess: Double
    /// The critical share now and usually, where all comments are counted (program and networks).
    public let share: StormShareCounts?

    public init(level: CrisisLevel, count: Int64, elapsed: Double, projected: Double, baseline: StormBaseline, z: Double,
                smoothedZ: Double, smoothedSeries: [Double], bucketsAtLevel2: Int, recentCount: Int64, recentUsual: Double,
                excess: Double, share: StormShareCounts?) {
        self.level = level
        self.count = count
        self.elapsed = elapsed
        self.projected = projected
        self.baseline = baseline
        self.z = z
        self.smoothedZ = smoothedZ
        self.smoothedSeries = smoothedSeries
        self.bucketsAtLevel2 = bucketsAtLevel2
        self.recentCount = recentCount
        self.recentUsual = recentUsual
        self.excess = excess
        self.share = share
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(level, forKey: "level")
        try c.encode(count, forKey: "count")
        try c.encode(elapsed, forKey: "elapsed")
        try c.encode(projected, forKey: "projected")
        try c.encode(baseline.median, forKey: "baselineMedian")
        try c.encode(baseline.mad, forKey: "baselineMAD")
        try c.encode(baseline.spread, forKey: "spread")
        try c.encode(baseline.samples, forKey: "baselineSamples")
        try c.encode(z, forKey: "z")
        try c.encode(smoothedZ, forKey: "smoothedZ")
        try c.encode(smoothedSeries, forKey: "smoothedSeries")
        try c.encode(bucketsAtLevel2, forKey: "bucketsAtLevel2")
        try c.encode(recentCount, forKey: "recentCount")
        try c.encode(recentUsual, forKey: "recentUsual")
        try c.encode(excess, forKey: "excess")
        try c.encode(share?.share, forKey: "criticalShare")
        try c.encode(share?.baselineShare, forKey: "baselineCriticalShare")
        try c.encode(share?.rise, forKey: "criticalShareRise")
    }
}
