/// What is usual for one quarter hour: the median of its baseline counts (the same weekday and
/// quarter hour, and the ones beside it, in past weeks) and their spread, measured robustly as the
/// median absolute deviation, so that a past storm among them does not make the next look normal.
/// The spread has a floor: four quiet Mondays that all had 0 or 1 critical comments would otherwise
/// make 3 look like a catastrophe.
public struct StormBaseline: Hashable, Sendable, Codable {
    /// MAD × 1.4826 estimates the standard deviation of normally distributed counts.
    public static let madScale = 1.4826

    /// How many counts it is made of (3 per past week kept).
    public let samples: Int
    public let median: Double
    /// Median absolute deviation from the median.
    public let mad: Double
    /// `max(1.4826 × mad, spreadFloor)`: what one z is, in comments.
    public let spread: Double

    public init(counts: [Int64], spreadFloor: Double) {
        let values = counts.map(Double.init)
        samples = values.count
        let middle = Self.median(values)
        let deviation = Self.median(values.map { abs($0 - middle) })
        median = middle
        mad = deviation
        spread = max(Self.madScale * deviation, spreadFloor)
    }

    /// The middle value (the mean of the two middle ones for an even count); 0 for none.
    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
