import Foundation
import NewsroomCore

/// The last line of long work: "114,212 events written in 2.4 s (47,588 events/s)".
enum RateLine {
    static func text(_ count: Int, what: String, seconds: Double) -> String {
        let rate = seconds > 0 ? Int((Double(count) / seconds).rounded()) : count
        return "\(grouped(count)) \(what) in \(String(format: "%.1f", seconds)) s (\(grouped(rate)) events/s)"
    }

    /// Digits in groups of three: 1,000,000.
    static func grouped(_ n: Int) -> String { FigureText.grouped(Int64(n)) }
}

extension Duration {
    /// The duration in seconds, as a double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
