import Foundation
import NewsroomCore

/// Mentions of us and of the peers, delivered by a listening tool at the top of every local hour:
/// for each source and topic the mentions since its last delivery, at the newsroom's usual daily
/// level spread over the day like comments are. The fold adds every `mention.counted` to the
/// day's counters, so a day's deliveries sum to its count (which is also why an import of a
/// listening file for a simulated day is then refused as already counted).
struct LiveMentions: Sendable {
    private let levels: [(source: LiveMentionSource, perDay: Double)]
    private var since: [LiveMentionSource: Date]

    init(levels: [LiveMentionSource: Double], start: Date) {
        self.levels = levels.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        since = Dictionary(uniqueKeysWithValues: levels.keys.map { ($0, start) })
    }

    var sources: Int { levels.count }

    /// The share of a day's mentions that falls in an hour: the comments' hourly profile, busier
    /// on working days (the levels are averages over whole weeks).
    static func share(ofDayAt moment: Date, calendar: NewsroomCalendar) -> Double {
        let weights = DemoComments.hourWeights
        let weekend = calendar.localDate(of: moment).isoWeekday >= 6
        let dayFactor = (weekend ? 0.45 : 1) * 7 / (5 + 2 * 0.45)
        return weights[calendar.localTime(of: moment).hour] / weights.reduce(0, +) * dayFactor
    }

    /// The deliveries at the top of an hour (`moment`); with `thin` below 1 each source is
    /// delivered only with that chance, and one left out carries its mentions to a later hour.
    mutating func deliver(at moment: Date, thin: Double, calendar: NewsroomCalendar, log: inout LiveLog, rng: inout DemoRandom) -> [NewEvent] {
        var out: [NewEvent] = []
        for (source, perDay) in levels {
            guard thin >= 1 || rng.chance(thin) else { continue }
            let from = since[source] ?? moment
            since[source] = moment
            // Hour by hour from the last delivery, so a long gap still follows the day's rhythm.
            var expected = 0.0
            var t = from
            while t < moment {
                let next = min(moment, t.addingTimeInterval(3600))
                expected += perDay * Self.share(ofDayAt: t, calendar: calendar) * next.timeIntervalSince(t) / 3600
                t = next
            }
            let mentions = Int((expected * rng.double(0.7..<1.3)).rounded())
            guard mentions > 0 else { continue }
            let date = calendar.localDate(of: moment.addingTimeInterval(-1))
            out.append(log.event(moment, .mentionCounted(MentionCounted(count: MentionCount(
                source: source.source, topic: source.topic, date: date, mentions: mentions, engagement: mentions * rng.int(6...25))))))
        }
        return out
    }
}
