import Foundation
import NewsroomCore
import NewsroomReadModel

/// The "Moderation" section of `newsroom kpi`: backlog, oldest new, time to first reply and to
/// resolution, SLA breaches, hides by reason and the most active moderators, one idea a line.
enum KPIModerationText {
    /// How many moderators the text lists (JSON lists all).
    static let topModerators = 5

    static func lines(_ m: ModerationFigures) -> [String] {
        let indent = String(repeating: " ", count: 18)
        var lines: [String] = []
        lines.append("Moderation")
        let states = ModerationBacklog.openStates.map { "\($0.label) \(m.backlog.count($0))" }
        lines.append("  open            \(m.backlog.total): " + states.joined(separator: ", "))
        lines.append("  oldest new      " + (m.oldestNew.ageMinutes.map { KPIText.minutes($0) + " waiting" } ?? "none new"))
        lines.append("  first reply     " + quantiles(m.firstResponse.medianMinutes, m.firstResponse.p90Minutes)
                     + " (\(number(m.firstResponse.count)) first replies)")
        lines.append("  resolution      " + quantiles(m.resolution.medianMinutes, m.resolution.p90Minutes)
                     + " (\(number(m.resolution.count)) resolved)")
        lines.append("  SLA breaches    \(m.slaBreaches.count) now")
        let hides = m.hides.rankedReasons.map { "\($0.reason.label) \($0.hides)" }
        lines.append("  hidden          \(m.hides.totalHidden)" + (hides.isEmpty ? "" : " (" + hides.joined(separator: ", ") + ")")
                     + (m.hides.totalUnhidden > 0 ? ", unhidden \(m.hides.totalUnhidden)" : ""))
        let a = m.moderators
        lines.append("  actions         \(number(a.total)) in \(KPIText.fmt(a.elapsedHours, 1)) h" + (a.totalPerHour.map { " (\(rate($0)))" } ?? ""))
        for entry in a.top(topModerators) {
            lines.append(indent + KPIText.pad(entry.moderator, 20) + " "
                         + (entry.perHour.map(rate) ?? "–") + " (\(number(entry.actions)))")
        }
        if a.moderators.count > topModerators { lines.append(indent + "… and \(a.moderators.count - topModerators) more") }
        return lines
    }

    /// Actions per hour: two decimals below one an hour, so a quiet week does not read as 0.
    static func rate(_ perHour: Double) -> String { KPIText.fmt(perHour, perHour < 1 ? 2 : 1) + "/h" }

    static func number(_ n: Int64) -> String { KPIText.count(Double(n)) }

    /// "median 22 min, p90 48 min", or "–" without data.
    static func quantiles(_ median: Double?, _ p90: Double?) -> String {
        guard let median, let p90 else { return "median –, p90 –" }
        return "median \(KPIText.minutes(median)), p90 \(KPIText.minutes(p90))"
    }
}
