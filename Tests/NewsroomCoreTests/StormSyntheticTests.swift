import Foundation
import Testing
@testable import NewsroomCore

/// The storm warning on synthetic weeks with known bursts. Six weeks of an ordinary newsroom
/// (Europe/Berlin, across the change from summer time on 25 October); the week looked at is
/// Monday 2 to Monday 9 November 2026, its baseline the four weeks before.
@Suite("Storm warning on synthetic weeks")
struct StormSyntheticTests {
    static let start = StormSynthetic.at("2026-09-27T22:00:00Z")   // Monday 28 September, 00:00 in Berlin
    static let week = StormSynthetic.at("2026-11-01T23:00:00Z")    // Monday 2 November, 00:00
    static let end = StormSynthetic.at("2026-11-08T23:00:00Z")     // Monday 9 November, 00:00

    /// Every quarter hour of the week, read half-way through.
    func levels(_ s: StormSynthetic, from: Date = week, to: Date = end) throws -> [(Date, CrisisLevel)] {
        try stride(from: from.timeIntervalSince1970, to: to.timeIntervalSince1970, by: 900).map { t in
            let moment = Date(timeIntervalSince1970: t + 450)
            return (moment, try s.level(at: moment).0)
        }
    }

    @Test("a quiet week raises nothing", arguments: [1, 2, 3] as [UInt64])
    func quietWeek(seed: UInt64) throws {
        var s = StormSynthetic(seed: seed)
        s.fill(from: Self.start, to: Self.end)
        let read = try levels(s)
        #expect(read.count == 7 * 96)
        let raised = read.filter { $0.1 >= .storm }
        #expect(raised.isEmpty, "seed \(seed): \(raised.map { Timestamp.format($0.0) })")
        #expect(try s.level(at: Self.week.addingTimeInterval(12 * 3600)).1.baseline.samples == 12, "four past weeks, three quarter hours each")
    }

    @Test("a burst is found within two quarter hours", arguments: [1, 2, 3] as [UInt64])
    func burst(seed: UInt64) throws {
        var s = StormSynthetic(seed: seed)
        s.fill(from: Self.start, to: Self.end)
        // Wednesday 4 November, 15:00 Berlin (14:00 UTC): 25 more critical comments a quarter hour, for an hour, on LinkedIn.
        let burst = StormSynthetic.at("2026-11-04T14:00:00Z")
        s.burst(at: burst, buckets: 4, extra: 25)
        #expect(try s.level(at: burst.addingTimeInterval(-60)).0 < .storm, "seed \(seed): not before it")
        #expect(try s.level(at: burst.addingTimeInterval(300)).0 >= .rising, "seed \(seed): rising in its first quarter hour")
        let second = try s.level(at: burst.addingTimeInterval(1799))
        #expect(second.0 >= .storm, "seed \(seed): a storm by the end of its second quarter hour (smoothed z \(second.1.smoothedZ))")
        // Before it and the day after, nothing.
        let others = try levels(s).filter { $0.0 < burst || $0.0 > burst.addingTimeInterval(6 * 3600) }.filter { $0.1 >= .storm }
        #expect(others.isEmpty, "seed \(seed): \(others.map { Timestamp.format($0.0) })")
    }

    @Test("a Monday-morning peak that comes every week is not a storm; the same peak on another morning is", arguments: [1, 2] as [UInt64])
    func mondayPeak(seed: UInt64) throws {
        // Every Monday 08:00 to 10:00 Berlin, 20 critical comments a quarter hour instead of 3.
        let monday = { (weekday: Int, minutes: Int) -> Double in
            weekday == 1 && (480..<600).contains(minutes) ? 20 : StormSynthetic.ordinary(weekday: weekday, minutes: minutes)
        }
        var s = StormSynthetic(seed: seed)
        s.fill(from: Self.start, to: Self.end, rate: monday)
        let morning = try levels(s, from: StormSynthetic.at("2026-11-02T06:00:00Z"), to: StormSynthetic.at("2026-11-02T11:00:00Z"))
        #expect(morning.allSatisfy { $0.1 < .storm }, "seed \(seed): \(morning.filter { $0.1 >= .storm }.map { Timestamp.format($0.0) })")
        let (_, peak) = try s.level(at: StormSynthetic.at("2026-11-02T07:30:00Z"))   // Monday 08:30 Berlin
        #expect(peak.baseline.median >= 15, "the peak is in its baseline")

        // Control: in the week looked at, the same two hours also on Tuesday morning, which is quiet in the past weeks.
        s.burst(at: StormSynthetic.at("2026-11-03T07:00:00Z"), buckets: 8, extra: 17)
        let tuesday = try s.level(at: StormSynthetic.at("2026-11-03T07:29:59Z"))
        #expect(tuesday.0 >= .storm, "seed \(seed): Tuesday's peak is unusual: \(tuesday.1)")
    }

    @Test("one critical comment in a quiet hour is not a storm; the minimum count is what keeps it so")
    func loneComment() throws {
        var s = StormSynthetic(seed: 7)
        // No comment at all between 02:00 and 05:00 Berlin in any week.
        let night = { (weekday: Int, minutes: Int) -> Double in
            (120..<300).contains(minutes) ? 0 : StormSynthetic.ordinary(weekday: weekday, minutes: minutes)
        }
        s.fill(from: Self.start, to: Self.end, rate: night)
        let three = StormSynthetic.at("2026-11-05T02:00:00Z")   // Thursday 03:00 Berlin
        s.add(Bucket(containing: three).index, .x, critical: 1, other: 0)
        let (level, signal) = try s.level(at: three.addingTimeInterval(120))
        #expect(level == .calm)
        #expect(signal.count == 1 && signal.baseline.median == 0 && signal.z == 0, "1 projected to 7.5 over a usual 0, but below the minimum count")
        var eager = s
        eager.settings.minimumCount = 1
        // Without it: 1 in 2 minutes projects to 7.5; z = √(2/15) × (7.5 − 0) / 2 = 1.369.
        #expect(abs(try eager.level(at: three.addingTimeInterval(120)).1.z - 1.369306) < 1e-6, "without the minimum count the lone comment counts")
    }

    @Test("storms on two networks at once make 4; on one, 2 or 3")
    func severalNetworks() throws {
        var s = StormSynthetic(seed: 11)
        s.fill(from: Self.start, to: Self.end)
        let at = StormSynthetic.at("2026-11-06T09:00:00Z")   // Friday 10:00 Berlin
        var one = s
        one.burst(at: at, buckets: 3, extra: 25, on: .linkedIn)
        let single = try one.level(at: at.addingTimeInterval(1800 + 450)).0
        #expect(single >= .storm && single <= .strongStorm)
        s.burst(at: at, buckets: 3, extra: 25, on: .linkedIn)
        s.burst(at: at, buckets: 3, extra: 25, on: .x)
        #expect(try s.level(at: at.addingTimeInterval(1800 + 450)).0 == .acrossNetworks)
    }
}
