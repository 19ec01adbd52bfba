import Foundation
import NewsroomCore
import NewsroomReadModel

/// The crisis level as text: one block in `newsroom kpi`, the full reading in `newsroom crisis`.
enum CrisisText {
    /// Two lines: the level and where it comes from, then the reason.
    static func summary(_ r: CrisisReport) -> [String] {
        ["Crisis level      \(r.level)" + (r.isManual ? ", set by hand" : ", from the counts"), "  " + r.reason]
    }

    /// Every number behind the level.
    static func full(_ r: CrisisReport, calendar: NewsroomCalendar) -> [String] {
        var lines = summary(r)
        let start = calendar.localTime(of: r.quarterHour.start), end = calendar.localTime(of: r.quarterHour.end)
        lines.append("  quarter hour    \(start)–\(end), \(Int((r.elapsed * 100).rounded())) % passed; baseline of \(r.baselineWeeks) past week\(r.baselineWeeks == 1 ? "" : "s")")
        lines.append("  " + KPIText.pad("program", 15) + " " + signal(r.program, r.settings))
        for n in r.networks { lines.append("  " + KPIText.pad(n.name, 15) + " " + signal(n.signal, r.settings)) }
        if let topic = r.topic { lines.append("  " + KPIText.pad("topic", 15) + " " + driver(topic, r.settings)) }
        if let post = r.post { lines.append("  " + KPIText.pad("post", 15) + " " + driver(post, r.settings)) }
        if let m = r.manual {
            lines.append("  set by hand     \(m.level) by \(m.by) at \(calendar.dateTime(of: m.at)): \(m.note); from the counts: \(r.automatic)")
            lines.append("                  back to the counts: newsroom crisis clear")
        } else {
            lines.append("  set by hand     no (5 or 6 with: newsroom crisis set 5 --note \"why\")")
        }
        return lines
    }

    private static func signal(_ s: StormSignal, _ settings: StormSettings) -> String {
        "level \(s.level.rawValue): \(s.count) now" + (s.elapsed < 1 && s.count > 0 ? " (projected \(number(s.projected)))" : "")
            + ", usually \(number(s.baseline.median)) (MAD \(number(s.baseline.mad)), spread \(number(s.baseline.spread)));"
            + " z \(KPIText.fmt(s.z, 2)), smoothed \(KPIText.fmt(s.smoothedZ, 2))"
            + (s.bucketsAtLevel2 > 0 ? ", at or above \(number(settings.level2Z)) for \(s.bucketsAtLevel2) quarter hour\(s.bucketsAtLevel2 == 1 ? "" : "s")" : "")
            + share(s.share)
    }

    private static func share(_ share: StormShareCounts?) -> String {
        guard let share, let now = share.share, let usual = share.baselineShare else { return "" }
        return "; critical share \(percent(now)), usually \(percent(usual))"
    }

    private static func driver(_ d: CrisisDriver, _ settings: StormSettings) -> String {
        "\(d.name): \(d.signal.recentCount) critical in the last \(settings.level2Buckets * 15) min, usually \(number(d.signal.recentUsual))"
    }

    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : KPIText.fmt(rounded, 1)
    }

    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }
}
