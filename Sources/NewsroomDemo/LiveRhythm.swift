import Foundation
import NewsroomCore

/// How busy the newsroom usually is in each hour of the week: comments and shares an hour, learnt
/// from the counters of past weeks (the weeks a storm detector compares with), so the live feed's
/// normal traffic looks like the newsroom's own and only a storm stands out.
public struct LiveRhythm: Hashable, Sendable {
    /// Comments an hour by ISO weekday (1 = Monday … 7; 0 unused) and local hour.
    public private(set) var comments: [[Double]]
    /// Shares an hour, the same way.
    public private(set) var shares: [[Double]]

    public init(comments: [[Double]], shares: [[Double]]) {
        self.comments = comments
        self.shares = shares
    }

    /// Comments an hour expected at this moment.
    public func comments(at moment: Date, calendar: NewsroomCalendar) -> Double { value(comments, moment, calendar) }

    /// Shares an hour expected at this moment.
    public func shares(at moment: Date, calendar: NewsroomCalendar) -> Double { value(shares, moment, calendar) }

    private func value(_ table: [[Double]], _ moment: Date, _ calendar: NewsroomCalendar) -> Double {
        let day = calendar.localDate(of: moment).isoWeekday
        return table[day][calendar.localTime(of: moment).hour]
    }

    /// A working week like the demo's, for a newsroom with little history: about 25 comments an
    /// hour at the busiest, half that on weekends; about 50 shares a working day.
    public static let typical = LiveRhythm(
        comments: table { day, hour in DemoComments.hourWeights[hour] * 25 * (day == 6 ? 0.45 : day == 7 ? 0.5 : 1) },
        shares: table { day, hour in DemoShares.hourWeights[hour] * 3.2 * (day >= 6 ? 0.35 : 1) })

    /// Learns the rhythm from counter values per 15-minute bucket (comments by posting time,
    /// shares by posting time) over the complete days before `before`'s day. Working days share
    /// one profile (Saturday and Sunday each their own); in each hour the busiest sample is left
    /// out, so one past storm does not make every week look stormy. Where a series holds too
    /// little (under 50), the typical rhythm stands in for it.
    public static func learnt(comments: [Int64: Int64], shares: [Int64: Int64], before: Date, calendar: NewsroomCalendar) -> LiveRhythm {
        LiveRhythm(comments: profile(comments, before: before, calendar: calendar) ?? typical.comments,
                   shares: profile(shares, before: before, calendar: calendar) ?? typical.shares)
    }

    private static func profile(_ series: [Int64: Int64], before: Date, calendar: NewsroomCalendar) -> [[Double]]? {
        let today = calendar.localDate(of: before)
        var hourly: [Int64: [Double]] = [:]
        var total: Int64 = 0
        for (bucket, value) in series where value > 0 {
            let instant = Bucket(index: bucket).start
            let date = calendar.localDate(of: instant)
            guard date < today else { continue }
            hourly[date.daysSinceEpoch, default: [Double](repeating: 0, count: 24)][calendar.localTime(of: instant).hour] += Double(value)
            total += value
        }
        guard total >= 50, let first = hourly.keys.min() else { return nil }
        // Samples per group (1 = working days, 6 = Saturday, 7 = Sunday) and hour, one per day.
        var samples: [Int: [[Double]]] = [1: Array(repeating: [], count: 24), 6: Array(repeating: [], count: 24), 7: Array(repeating: [], count: 24)]
        var day = first
        while day < today.daysSinceEpoch {
            let weekday = today.adding(days: Int(day - today.daysSinceEpoch)).isoWeekday
            let group = weekday >= 6 ? weekday : 1
            let values = hourly[day] ?? [Double](repeating: 0, count: 24)
            for hour in 0..<24 { samples[group]![hour].append(values[hour]) }
            day += 1
        }
        func mean(_ values: [Double]) -> Double {
            guard !values.isEmpty else { return 0 }
            var kept = values
            if kept.count >= 4, let top = kept.indices.max(by: { kept[$0] < kept[$1] }) { kept.remove(at: top) }
            return kept.reduce(0, +) / Double(kept.count)
        }
        let groups = samples.mapValues { $0.map(mean) }
        return table { day, hour in groups[day >= 6 ? day : 1]![hour] }
    }

    private static func table(_ value: (Int, Int) -> Double) -> [[Double]] {
        (0...7).map { day in (0..<24).map { hour in day == 0 ? 0 : value(day, hour) } }
    }
}
