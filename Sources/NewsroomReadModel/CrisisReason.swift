import Foundation
import NewsroomCore

/// The one line a `CrisisReport` gives people: the level, the numbers behind it, what drives it.
enum CrisisReason {
    static func text(automatic: CrisisLevel, manual: ManualCrisisLevel?, program: StormSignal, networks: [CrisisDriver],
                     topic: CrisisDriver?, post: CrisisDriver?, settings: StormSettings, calendar: NewsroomCalendar) -> String {
        let counted = countsText(automatic: automatic, program: program, networks: networks, topic: topic, post: post, settings: settings)
        guard let manual else { return counted }
        return "set by hand to \(manual.level) by \(manual.by) at \(calendar.dateTime(of: manual.at)): \(manual.note)"
            + " (from the counts: \(automatic))"
    }

    private static func countsText(automatic: CrisisLevel, program: StormSignal, networks: [CrisisDriver], topic: CrisisDriver?,
                                   post: CrisisDriver?, settings: StormSettings) -> String {
        // The numbers of the scope that sets the level: the program, unless a network alone is higher.
        let lead = networks.first.flatMap { $0.signal.level > program.level ? $0 : nil }
        let s = lead?.signal ?? program
        let on = lead.map { " on \($0.name)" } ?? ""
        let minutes = settings.level2Buckets * 15
        var text: String
        switch automatic.rawValue {
        case 0:
            text = "calm: " + quarterHour(s)
        case 1:
            text = "rising\(on) (smoothed z \(number(s.smoothedZ))): " + quarterHour(s)
        case 4:
            let stormy = networks.filter { $0.signal.level >= .storm }.map(\.name)
            text = "storm on \(stormy.joined(separator: " and ")) at once: \(s.recentCount) critical comments in the last \(minutes) min, usually \(number(s.recentUsual))"
        default:
            text = "\(automatic.label)\(on) (smoothed z \(number(s.smoothedZ)) for \(s.bucketsAtLevel2) quarter hours): "
                + "\(s.recentCount) critical comments in the last \(minutes) min, usually \(number(s.recentUsual))"
            if automatic == .strongStorm, s.smoothedZ < settings.level3Z, let share = s.share, let now = share.share, let usual = share.baselineShare {
                text += "; \(percent(now)) of all comments are critical, usually \(percent(usual))"
            }
        }
        if automatic >= .rising {
            let drivers = [post.map { "post \($0.name) (\($0.signal.recentCount))" }, topic.map { "topic \($0.name) (\($0.signal.recentCount))" }]
                .compactMap { $0 }
            if !drivers.isEmpty { text += "; most on " + drivers.joined(separator: ", ") }
        }
        return text
    }

    private static func quarterHour(_ s: StormSignal) -> String {
        let so = s.elapsed < 1 ? " so far" : ""
        let projected = s.elapsed < 1 && s.count > 0 ? ", projected \(number(s.projected))" : ""
        return "\(s.count) critical comments this quarter hour\(so)\(projected), usually \(number(s.baseline.median))"
    }

    /// One decimal, without a trailing `.0`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }
}
