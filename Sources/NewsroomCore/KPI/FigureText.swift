import Foundation

/// How figures are written for people: digits grouped in threes, large numbers shortened for a
/// gauge, one decimal for scores. The command line and the console write numbers the same way.
public enum FigureText {
    /// Digits in groups of three: `1,000,000`.
    public static func grouped(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// A whole number, shortened past ten thousand: `9,870`, `12.3k`, `4.56M`.
    public static func short(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 1e9 { return String(format: "%.2fG", value / 1e9) }
        if magnitude >= 1e6 { return String(format: "%.2fM", value / 1e6) }
        if magnitude >= 1e4 { return String(format: "%.1fk", value / 1e3) }
        return grouped(Int64(value.rounded()))
    }

    /// One decimal: `40.0`.
    public static func decimal(_ value: Double, places: Int = 1) -> String { String(format: "%.\(places)f", value) }

    /// A fraction as a percentage with one decimal: `37.5%`.
    public static func percent(_ fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }

    /// Minutes as people read them: `45 min`, `3.5 h`, `2.1 d`.
    public static func minutes(_ m: Double) -> String {
        if m < 90 { return "\(Int(m.rounded())) min" }
        if m < 48 * 60 { return String(format: "%.1f h", m / 60) }
        return String(format: "%.1f d", m / 1440)
    }
}
