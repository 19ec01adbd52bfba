/// How bad the storm is, on Graf and Schwede's scale of 0 to 6 (Shitstorm-Skala, 2012): 1–3 single
/// critics whose number grows, 4 groups networking across channels, 5 a campaign with strong
/// emotion, 6 an aggressive, insulting, threatening tone and coverage in all media. The storm
/// warning (`StormDetector`) sets 0–4 from the counts; 5 and 6 need a person's judgement of what
/// counts cannot see (the press, a campaign), so only a person sets them (`crisis.declared`).
/// Encoded as its number.
public struct CrisisLevel: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int

    /// Clamps into 0…6.
    public init(rawValue: Int) { self.rawValue = min(6, max(0, rawValue)) }
    public init(_ value: Int) { self.init(rawValue: value) }

    public static let calm = CrisisLevel(0)
    /// More critical comments than usual (smoothed z at or above `level1Z`).
    public static let rising = CrisisLevel(1)
    /// A storm: the smoothed z at or above `level2Z` for `level2Buckets` quarter hours in a row.
    public static let storm = CrisisLevel(2)
    /// A strong storm: and at or above `level3Z`, or the share of critical comments well above usual.
    public static let strongStorm = CrisisLevel(3)
    /// A storm on several networks at once (`level4Networks`).
    public static let acrossNetworks = CrisisLevel(4)
    /// Set by a person: a campaign with strong emotion.
    public static let campaign = CrisisLevel(5)
    /// Set by a person: aggressive tone and coverage in all media.
    public static let allMedia = CrisisLevel(6)

    /// The highest level the counts alone can reach.
    public static let highestAutomatic = acrossNetworks
    /// The levels only a person sets.
    public static let manualLevels = 5...6

    /// From 2 on the console raises an alert naming what drives it.
    public var isAlert: Bool { rawValue >= 2 }

    /// A few words for screens.
    public var label: String {
        switch rawValue {
        case 0: return "calm"
        case 1: return "rising"
        case 2: return "storm"
        case 3: return "strong storm"
        case 4: return "storm across networks"
        case 5: return "campaign"
        default: return "storm in all media"
        }
    }

    public var description: String { "\(rawValue) (\(label))" }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let value = try c.decode(Int.self)
        guard (0...6).contains(value) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "a crisis level is 0 to 6, not \(value)")
        }
        self.init(value)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
