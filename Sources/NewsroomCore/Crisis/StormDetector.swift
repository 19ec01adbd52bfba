import Foundation

/// The storm warning's arithmetic, pure: from one scope's series (`StormSeries`) to its level
/// (`StormSignal`), and from the program's and the networks' signals to the automatic crisis level.
/// Research (moderation.md, rec. 8): baseline = median of the same weekday-hour over past weeks;
/// z = (x − median) / (1.4826 × MAD), smoothed by an EWMA (λ = 0.3); 2 when z ≥ 2 for 2 quarter
/// hours; 3 when z ≥ 3 or the negative share is 15 points above usual; 4 when several networks cross.
/// Formulas and a worked example: docs/kpi.md, "Storm warning".
public enum StormDetector {
    /// Complete quarter hours read before the current one, for the EWMA to settle: with λ = 0.3
    /// the oldest weighs 0.7⁸ ≈ 6 % by the end. The EWMA starts at 0 before them, and never goes
    /// below 0 (a one-sided chart: it watches for rises; quiet quarter hours do not bank credit).
    public static let historyBuckets = 8
    /// The current quarter hour counts as at least one minute old, so a projection never divides by 0.
    public static let leastElapsed = 1.0 / 15

    /// One scope's reading.
    public static func signal(_ series: StormSeries, settings: StormSettings) -> StormSignal {
        let last = series.counts.count - 1
        let baselines = series.baselines.map { StormBaseline(counts: $0, spreadFloor: settings.spreadFloor) }
        var smoothed = 0.0
        var smoothedSeries: [Double] = []
        var currentZ = 0.0
        for (i, count) in series.counts.enumerated() {
            let z = Self.z(count: count, elapsed: i == last ? series.elapsed : 1, baseline: baselines[i], minimumCount: settings.minimumCount)
            // One-sided: a quieter quarter hour than usual is no credit against a storm that follows.
            smoothed = max(0, settings.smoothing * z + (1 - settings.smoothing) * smoothed)
            smoothedSeries.append(smoothed)
            if i == last { currentZ = z }
        }
        let atLevel2 = smoothedSeries.reversed().prefix { $0 >= settings.level2Z }.count
        let recent = max(0, series.counts.count - settings.level2Buckets)..<series.counts.count
        let recentCount = recent.reduce(Int64(0)) { $0 + series.counts[$1] }
        let recentUsual = recent.reduce(0.0) { $0 + baselines[$1].median }
        let projectedRecent = recent.reduce(0.0) { $0 + (($1 == last) ? Double(series.counts[$1]) / series.elapsed : Double(series.counts[$1])) }
        let share = series.share.flatMap { $0.critical >= Int64(settings.minimumCount) ? $0 : nil }

        let level: CrisisLevel
        if atLevel2 >= settings.level2Buckets {
            let shareRose = (share?.rise).map { $0 >= settings.negativeShareRise } ?? false
            level = smoothed >= settings.level3Z || shareRose ? .strongStorm : .storm
        } else {
            level = smoothed >= settings.level1Z ? .rising : .calm
        }
        return StormSignal(level: level, count: series.counts[last], elapsed: series.elapsed,
                           projected: Double(series.counts[last]) / series.elapsed, baseline: baselines[last], z: currentZ,
                           smoothedZ: smoothed, smoothedSeries: smoothedSeries, bucketsAtLevel2: atLevel2,
                           recentCount: recentCount, recentUsual: recentUsual, excess: projectedRecent - recentUsual,
                           share: series.share)
    }

    /// The z of one quarter hour. A running one is projected from its elapsed part `f`, and its
    /// spread widened by `1 / √f` (a part of a quarter hour is a smaller sample, so its projection
    /// varies more): `z = √f × (count / f − median) / spread`, the plain z when it is complete.
    /// Below `minimumCount` comments z is at most 0: a quiet hour's single comment raises nothing.
    public static func z(count: Int64, elapsed: Double, baseline: StormBaseline, minimumCount: Int) -> Double {
        let f = min(1, max(leastElapsed, elapsed))
        let z = f.squareRoot() * (Double(count) / f - baseline.median) / baseline.spread
        return count < Int64(minimumCount) ? min(0, z) : z
    }

    /// The crisis level from the counts: the highest of the program's and each network's (0–3),
    /// or 4 when `level4Networks` networks are at 2 or more at once.
    public static func automaticLevel(program: StormSignal, networks: [StormSignal], settings: StormSettings) -> CrisisLevel {
        if networks.filter({ $0.level >= .storm }).count >= settings.level4Networks { return .acrossNetworks }
        return ([program.level] + networks.map(\.level)).max()!
    }
}
