import Foundation
@testable import NewsroomCore

/// Weeks of synthetic comment counts with a known shape, straight into `Counters`: per quarter hour
/// and network, Poisson-distributed critical comments at a rate that depends on the local weekday and
/// time, and twice as many other comments. Bursts are added on top where a test puts them.
struct StormSynthetic {
    static let calendar = Newsroom.berlin
    var counters = Counters()
    var settings = StormSettings()
    private var rng: SplitMix

    init(seed: UInt64) { rng = SplitMix(seed: seed) }

    /// Critical comments per quarter hour of an ordinary newsroom: quiet at night, 3 in the day, 4 in the evening.
    static func ordinary(weekday: Int, minutes: Int) -> Double {
        switch minutes / 60 {
        case 0..<7: return 0.3
        case 7..<19: return 3
        default: return 4
        }
    }

    /// Fills the quarter hours from `start` to `end` on these networks (rates split evenly).
    mutating func fill(from start: Date, to end: Date, networks: [Network] = [.linkedIn, .x],
                       rate: (_ weekday: Int, _ minutes: Int) -> Double = StormSynthetic.ordinary) {
        for b in Bucket(containing: start).index..<Bucket(containing: end).index {
            let at = Bucket(index: b).start
            let r = rate(Self.calendar.localDate(of: at).isoWeekday, Self.calendar.localTime(of: at).minutesOfDay) / Double(networks.count)
            for network in networks {
                let critical = rng.poisson(r), other = rng.poisson(2 * r)
                add(b, network, critical: critical, other: other)
            }
        }
    }

    /// `extra` more critical comments in each of `buckets` quarter hours from `start`, on one network.
    mutating func burst(at start: Date, buckets: Int, extra: Int, on network: Network = .linkedIn) {
        for b in Bucket(containing: start).index..<Bucket(containing: start).index + Int64(buckets) {
            add(b, network, critical: extra, other: 0)
        }
    }

    mutating func add(_ bucket: Int64, _ network: Network, critical: Int, other: Int) {
        let b = Bucket(index: bucket)
        for scope in [CounterScope.program, .network(network)] {
            if critical > 0 { counters.add(CounterDelta(CounterKey(.criticalComments, scope), bucket: b, amount: Int64(critical))) }
            if critical + other > 0 { counters.add(CounterDelta(CounterKey(.commentsReceived, scope), bucket: b, amount: Int64(critical + other))) }
        }
    }

    /// The automatic level at a moment, and the program's signal.
    func level(at moment: Date) throws -> (CrisisLevel, StormSignal) {
        let counts = try StormCounts.read(from: counters, at: moment, settings: settings, calendar: Self.calendar)
        let signals = counts.series.mapValues { StormDetector.signal($0, settings: settings) }
        let networks = signals.filter { $0.key.networkName != nil }.map(\.value)
        return (StormDetector.automaticLevel(program: signals[.program]!, networks: networks, settings: settings), signals[.program]!)
    }

    static func at(_ text: String) -> Date { Timestamp.parse(text)! }
}

/// SplitMix64 with a Poisson draw (Knuth's, fine for the small rates here).
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func poisson(_ rate: Double) -> Int {
        guard rate > 0 else { return 0 }
        let limit = exp(-rate)
        var k = 0, p = unit()
        while p > limit {
            k += 1
            p *= unit()
        }
        return k
    }
}
