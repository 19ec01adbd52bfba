import Foundation

/// The last line of long work: "114,212 events written in 2.4 s (47,588 events/s)".
enum RateLine {
    static func text(_ count: Int, what: String, seconds: Double) -> String {
        let rate = seconds > 0 ? Int((Double(count) / seconds).rounded()) : count
        return "\(grouped(count)) \(what) in \(String(format: "%.1f", seconds)) s (\(grouped(rate)) events/s)"
    }

    /// Digits in groups of three: 1,000,000.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}

extension Duration {
    /// The duration in seconds, as a double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
