import Foundation

/// How a live feed runs: from which simulated moment, how fast the simulated clock goes, how many
/// events a real second should bring, and when the storm comes. The same settings and newsroom
/// give the same events, however the caller slices time into ticks.
public struct LiveFeedSettings: Hashable, Sendable {
    public var seed: UInt64
    /// The simulated moment the feed starts at.
    public var start: Date
    /// Simulated seconds per real second (60: an hour a minute).
    public var speed: Double
    /// Events per real second; nil: the newsroom's own pace (its usual comments, shares and
    /// mentions, and the analytics polls of its growing shares).
    public var rate: Double?
    /// Minutes of simulated time after `start` at which a storm begins on one post; nil: now and
    /// then, by chance (about one every eight simulated hours, none in the first hour).
    public var stormAt: Double?
    /// The operating-system account recorded beside the feed's actor.
    public var account: String

    public init(seed: UInt64, start: Date, speed: Double, rate: Double? = nil, stormAt: Double? = nil, account: String) {
        self.seed = seed
        self.start = start
        self.speed = speed
        self.rate = rate
        self.stormAt = stormAt
        self.account = account
    }

    /// The actor of everything the feed writes, except the triage's classifications
    /// (`model:rules-v1`, as on import): an importer's name, so no person is credited with work.
    public static let actor = "import:simulate"

    /// The seed of this run: the seed and the start, so a run started later is a different one
    /// (new ids) while a run with the same seed and start repeats itself exactly.
    var runSeed: UInt64 {
        DemoRandom.mix(seed ^ DemoRandom.mix(UInt64(bitPattern: Int64((start.timeIntervalSince1970 * 1000).rounded(.down)))))
    }

    /// Six hex digits that tell this run's ids apart from every other run's (`share-sim-3fa9c1-12`).
    var runTag: String {
        let digits = String(runSeed >> 40, radix: 16)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
