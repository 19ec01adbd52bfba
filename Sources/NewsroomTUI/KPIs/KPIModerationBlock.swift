import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit

/// The KPI pane's moderation block: open items and SLA breaches, time to first reply and to
/// resolution, oldest new, actions per hour, hides and the busiest moderators, in that order of
/// importance, so a small pane (80×24) keeps the first lines and a large one shows them all.
struct KPIModerationBlock {
    let figures: ModerationFigures
    let theme: Theme

    /// How many moderators the block lists at most.
    static let moderatorsShown = 5
    /// From this width on, the lines spell out what a narrow pane abbreviates.
    static let wideWidth = 50

    /// One row: a label, a value and the value's style; a moderator's row has a wider label (the name).
    struct Row: Equatable {
        let label: String
        let value: String
        let role: StyleRole
        var isModerator = false
    }

    /// The rows for a width, most important first (the pane cuts from the bottom).
    func rows(width: Int) -> [Row] {
        let f = figures
        let wide = width >= Self.wideWidth
        let breaches = f.slaBreaches.count
        var rows: [Row] = []
        if wide {
            let states = ModerationBacklog.openStates.map { "\($0.label) \(f.backlog.count($0))" }.joined(separator: " · ")
            rows.append(Row(label: "open", value: "\(f.backlog.total): \(states)", role: .text))
            rows.append(Row(label: "SLA breaches", value: "\(breaches) now", role: breaches > 0 ? .warn : .ok))
        } else {
            rows.append(Row(label: "open", value: "\(f.backlog.total) · SLA \(breaches)", role: breaches > 0 ? .warn : .text))
        }
        rows.append(Row(label: wide ? "first reply" : "1st reply",
                        value: quantiles(f.firstResponse.medianMinutes, f.firstResponse.p90Minutes, count: f.firstResponse.count, what: "replies", wide: wide),
                        role: .text))
        rows.append(Row(label: wide ? "resolution" : "resolved",
                        value: quantiles(f.resolution.medianMinutes, f.resolution.p90Minutes, count: f.resolution.count, what: "resolved", wide: wide),
                        role: .text))
        rows.append(Row(label: "oldest new", value: f.oldestNew.ageMinutes.map { Self.duration($0) + (wide ? " waiting" : "") } ?? "none",
                        role: .text))
        let a = f.moderators
        let rate = a.totalPerHour.map(Self.rate) ?? "–"
        rows.append(Row(label: "actions", value: wide ? "\(rate) · \(Self.count(a.total)) in \(Int(a.elapsedHours.rounded())) h" : "\(rate) · \(Self.count(a.total))",
                        role: .text))
        let reasons = f.hides.rankedReasons.map { "\($0.reason.label) \($0.hides)" }.joined(separator: ", ")
        rows.append(Row(label: "hidden", value: "\(f.hides.totalHidden)" + (reasons.isEmpty ? "" : (wide ? ": " : " · ") + reasons)
                        + (wide && f.hides.totalUnhidden > 0 ? " · unhidden \(f.hides.totalUnhidden)" : ""), role: .text))
        for entry in a.top(Self.moderatorsShown) {
            rows.append(Row(label: "  " + entry.moderator, value: (entry.perHour.map(Self.rate) ?? "–") + " (\(Self.count(entry.actions)))",
                            role: .muted, isModerator: true))
        }
        return rows
    }

    /// Draws a heading when there is room for it and all rows, else the rows that fit.
    func render(in rect: Rect, _ canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let rows = rows(width: rect.width)
        var y = rect.y
        if rect.height > rows.count {
            canvas.write("Moderation", x: rect.x, y: y, style: theme[.header], maxWidth: rect.width)
            y += 1
        }
        let labelWidth = rect.width >= Self.wideWidth ? 14 : 10
        // Names get the room they need, up to half the block, and stay aligned with each other.
        let longestName = rows.filter(\.isModerator).map { DisplayWidth.of($0.label) + 1 }.max() ?? 0
        let nameWidth = max(labelWidth, min(longestName, rect.width / 2))
        for row in rows where y < rect.maxY {
            let width = row.isModerator ? nameWidth : labelWidth
            let used = canvas.write(PaneText.pad(row.label, width), x: rect.x, y: y, style: theme[.muted], maxWidth: min(width, rect.width))
            canvas.write(row.value, x: rect.x + used, y: y, style: theme[row.role], maxWidth: rect.width - used)
            y += 1
        }
    }

    /// "72m · p90 13h", or with `wide` "median 72m · p90 13h · 1,230 replies"; "–" without data.
    private func quantiles(_ median: Double?, _ p90: Double?, count: Int64, what: String, wide: Bool) -> String {
        guard let median, let p90 else { return wide ? "– (none in the window)" : "–" }
        let values = "\(Self.duration(median)) · p90 \(Self.duration(p90))"
        return wide ? "median \(values) · \(Self.count(count)) \(what)" : values
    }

    /// Actions per hour: two decimals below one an hour, so a quiet week does not read as 0.
    static func rate(_ perHour: Double) -> String {
        String(format: perHour < 1 ? "%.2f/h" : "%.1f/h", perHour)
    }

    /// Minutes as "45m", "3.4h", "13h", "2.5d".
    static func duration(_ minutes: Double) -> String {
        if minutes < 90 { return "\(Int(minutes.rounded()))m" }
        let hours = minutes / 60
        if hours < 10 { return String(format: "%.1fh", hours) }
        if hours < 48 { return "\(Int(hours.rounded()))h" }
        return String(format: "%.1fd", hours / 24)
    }

    /// A count with thousands separators.
    static func count(_ n: Int64) -> String {
        let digits = Array(String(abs(n)))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }
}
