import Foundation

/// The counts the storm warning reads at a moment, for the program and every scope (network,
/// topic, post) with critical comments in the last quarter hours: a few short bucket ranges of two
/// counters (`criticalComments`, `commentsReceived`), never the comments, so it costs the same at
/// a million comments as at ten.
///
/// The baseline of a quarter hour is the same weekday and local time, and the quarter hours just
/// before and after it, in each of the past `baselineWeeks` weeks (3 counts a week; the neighbours
/// keep a peak that starts at 07:45 one week and 08:00 the next from looking unusual). A past week
/// in which the newsroom received no comment at all (before it started, or while an import was
/// missing) is left out rather than counted as a quiet week.
public struct StormCounts: Sendable {
    /// The quarter hour holding the moment.
    public let bucket: Bucket
    /// How much of it has passed (`StormDetector.leastElapsed` to 1).
    public let elapsed: Double
    /// The past weeks kept in the baseline.
    public let baselineWeeks: Int
    public let series: [CounterScope: StormSeries]

    public static func read(from source: some CounterSource, at moment: Date, settings: StormSettings,
                            calendar: NewsroomCalendar) throws -> StormCounts {
        let current = Bucket(containing: moment)
        let elapsed = min(1, max(StormDetector.leastElapsed, moment.timeIntervalSince(current.start) / Double(Bucket.seconds)))
        let t0 = current.index
        let first = t0 - Int64(StormDetector.historyBuckets)
        let recent = first..<t0 + 1
        let shareBuckets = max(first, t0 - Int64(settings.level2Buckets) + 1)...t0

        // Each week's quarter hours at the same local time, for the buckets read and their neighbours.
        var weeks: [[Int64: Int64]] = []
        for k in 1...settings.baselineWeeks {
            var shift: [Int64: Int64] = [:]
            for b in (first - 1)...(t0 + 1) {
                let start = Bucket(index: b).start
                let then = calendar.instant(calendar.localDate(of: start).adding(days: -7 * k), calendar.localTime(of: start))
                shift[b] = Bucket(containing: then).index
            }
            let observed = shift[t0]! - 7 * 96 + 1..<shift[t0]! + 2
            if try source.sum(CounterKey(.commentsReceived), over: observed) > 0 { weeks.append(shift) }
        }

        let critical = try source.counts(of: .criticalComments, in: .all, over: recent)
        let received = try source.counts(of: .commentsReceived, in: .all, over: shareBuckets.lowerBound..<t0 + 1)
        var pastCritical: [[CounterScope: [Int64: Int64]]] = []
        var pastReceived: [[CounterScope: [Int64: Int64]]] = []
        for shift in weeks {
            let cells = shift.values
            pastCritical.append(try source.counts(of: .criticalComments, in: .all, over: cells.min()!..<cells.max()! + 1))
            let shareCells = (shareBuckets.lowerBound - 1...t0 + 1).map { shift[$0]! }
            pastReceived.append(try source.counts(of: .commentsReceived, in: .all, over: shareCells.min()!..<shareCells.max()! + 1))
        }

        func samples(_ past: [[CounterScope: [Int64: Int64]]], _ scope: CounterScope, around b: Int64) -> [Int64] {
            zip(weeks, past).flatMap { shift, counts in (b - 1...b + 1).map { counts[scope]?[shift[$0]!] ?? 0 } }
        }

        var series: [CounterScope: StormSeries] = [:]
        for scope in Set(critical.keys).union([.program]) {
            let counts = recent.map { critical[scope]?[$0] ?? 0 }
            let baselines = recent.map { samples(pastCritical, scope, around: $0) }
            var share: StormShareCounts?
            if scope == .program || scope.networkName != nil {
                share = StormShareCounts(
                    critical: shareBuckets.reduce(0) { $0 + (critical[scope]?[$1] ?? 0) },
                    received: shareBuckets.reduce(0) { $0 + (received[scope]?[$1] ?? 0) },
                    baselineCritical: shareBuckets.reduce(0) { $0 + samples(pastCritical, scope, around: $1).reduce(0, +) },
                    baselineReceived: shareBuckets.reduce(0) { $0 + samples(pastReceived, scope, around: $1).reduce(0, +) })
            }
            series[scope] = StormSeries(counts: counts, baselines: baselines, elapsed: elapsed, share: share)
        }
        return StormCounts(bucket: current, elapsed: elapsed, baselineWeeks: weeks.count, series: series)
    }
}
