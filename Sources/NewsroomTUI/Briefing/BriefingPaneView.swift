import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import TerminalKit

/// The briefing pane: the day's agenda with a decision badge per story, and (after Enter) the
/// selected story's detail: summary, approved wording, talking points, post texts by network.
struct BriefingPaneView {
    let state: ConsoleState
    let theme: Theme

    func render(in rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        let report = state.snapshot.briefing
        let pane = state.briefing
        var title = "1 Briefing · \(pane.date) · \(report.shareable.count) share · \(report.embargoed.count) embargo · \(report.held.count) held · \(report.pending.count) pending"
        if !report.topicHolds.isEmpty { title += " · topics held: " + report.topicHolds.map(\.topic).joined(separator: ", ") }
        if !pane.filter.isEmpty { title += " · /\(pane.filter)" }
        canvas.render(Box(title: title, focused: focused), in: rect, theme: theme)
        let inner = Box.inner(rect)
        guard !inner.isEmpty else { return }
        let rows = pane.visibleRows(in: state.snapshot)
        guard !rows.isEmpty else {
            let text = pane.filter.isEmpty ? "No stories on the agenda of \(pane.date). [ previous day · ] next day"
                                           : "No story matches /\(pane.filter). Esc clears the filter."
            canvas.write(text, in: inner, style: theme[.muted])
            return
        }
        if pane.detailOpen, focused || state.zoomed, let selected = pane.selectedRow(in: state.snapshot), inner.width >= 60 {
            let parts = Layout.split(inner, .horizontal, [.percent(45), .fill(1)], spacing: 1)
            list(rows, in: parts[0], focused: focused, compact: true, &canvas)
            StoryDetailView(row: selected, state: state, theme: theme).render(in: parts[1], &canvas)
            if let y = questionRow(rows, in: parts[0]) { question(below: y, in: inner, &canvas) }
        } else {
            list(rows, in: inner, focused: focused, compact: false, &canvas)
            if let y = questionRow(rows, in: inner) { question(below: y, in: inner, &canvas) }
        }
    }

    /// The line of the story the open question is about, if it is on screen.
    private func questionRow(_ rows: [BriefingRow], in rect: Rect) -> Int? {
        guard case .confirm(.briefing(.holdTopic(_, _, let story))) = state.overlay,
              let asked = rows.firstIndex(where: { $0.story.id == story }) else { return nil }
        let selected = state.briefing.selectedIndex(in: state.snapshot) ?? 0
        let offset = max(0, min(selected - rect.height / 2, rows.count - rect.height))
        return (offset..<offset + rect.height).contains(asked) ? rect.y + asked - offset : nil
    }

    private func list(_ rows: [BriefingRow], in rect: Rect, focused: Bool, compact: Bool, _ canvas: inout Canvas) {
        let visible = rect.height
        let selected = state.briefing.selectedIndex(in: state.snapshot) ?? 0
        let offset = max(0, min(selected - visible / 2, rows.count - visible))
        let badgeWidth = 12
        // Columns beyond the headline appear only while the headline keeps room to be read.
        let fixed = badgeWidth + 1 + 4
        var columns: [(width: Int, text: (BriefingRow) -> String)] = []
        let candidates: [(width: Int, text: (BriefingRow) -> String)] = compact ? [] : [
            (5, { "\($0.sharesSoFar)↗" }),
            (14, { row in
                let r = row.story.content.restriction
                return r.isRestricted ? "only " + (r.teams + r.roles).joined(separator: ",") : "all"
            }),
            (22, { $0.story.content.topics.joined(separator: ", ") }),
            (12, { $0.decision?.decidedBy ?? "" }),
        ]
        for candidate in candidates {
            let used = columns.reduce(0) { $0 + $1.width + 1 } + candidate.width + 1
            if rect.width - fixed - used >= 34 { columns.append(candidate) }
        }
        let tailTotal = columns.reduce(0) { $0 + $1.width + 1 }
        let headlineWidth = max(8, rect.width - fixed - tailTotal)
        for line in 0..<min(visible, rows.count - offset) {
            let row = rows[offset + line]
            let y = rect.y + line
            let isSelected = offset + line == selected
            let base = isSelected ? theme[focused ? .selectedRow : .markedRow] : theme[.text]
            canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: base)
            let (badge, role) = Self.badge(row.status, calendar: state.calendar, now: state.now)
            var x = rect.x
            canvas.write(badge, x: x, y: y, style: isSelected ? base : theme[role], maxWidth: badgeWidth)
            x += badgeWidth + 1
            var marks = ""
            if row.heldTopic != nil { marks += "⚑" }
            if row.story.content.restriction.isRestricted { marks += "◆" }
            if row.story.content.approvedWording == nil { marks += "✎" }
            canvas.write(marks, x: x, y: y, style: isSelected ? base : theme[.warn], maxWidth: 3)
            x += 4
            canvas.write(row.story.content.headline, x: x, y: y, style: base.adding(isSelected ? .bold : []), maxWidth: min(headlineWidth, rect.maxX - x))
            x += headlineWidth + 1
            for column in columns where x < rect.maxX {
                canvas.write(column.text(row), x: x, y: y, style: isSelected ? base : theme[.muted], maxWidth: min(column.width, rect.maxX - x))
                x += column.width + 1
            }
        }
    }

    /// The open question about the selected story, drawn right under its row (above it when the
    /// row is at the bottom), so it is clear what it is about.
    private func question(below rowY: Int, in rect: Rect, _ canvas: inout Canvas) {
        guard case .confirm(.briefing(let question)) = state.overlay else { return }
        let text: String
        switch question {
        case .holdTopic(let topic, let reason, _):
            text = "Hold every story on '\(topic)' today too (\(reason))?"
        }
        let width = min(rect.width, DisplayWidth.of(text) + 4)
        let y = rowY + 3 < rect.maxY ? rowY + 1 : max(rect.y, rowY - 3)
        let box = Rect(x: rect.x + 2 < rect.maxX - width ? rect.x + 2 : rect.x, y: y, width: width, height: 3)
        canvas.fill(box, style: theme[.overlay])
        canvas.render(Box(title: "Question", focused: true), in: box, theme: theme)
        canvas.write(text, x: box.x + 2, y: box.y + 1, style: theme[.warn].adding(.bold), maxWidth: box.width - 3)
    }

    /// The badge text and its style role for a status.
    static func badge(_ status: BriefingStatus, calendar: NewsroomCalendar, now: Date) -> (String, StyleRole) {
        switch status {
        case .pending: return ("· pending", .badge)
        case .share: return ("✓ share", .badgeOk)
        case .released: return ("✓ share", .badgeOk)
        case .hold: return ("■ hold", .badgeAlert)
        case .topicHeld: return ("■ topic held", .badgeAlert)
        case .embargoed(let until):
            let minutes = max(0, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
            let countdown = minutes >= 60 ? "\(minutes / 60)h\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)" : "\(minutes)m"
            return ("◷ \(calendar.localTime(of: until)) \(countdown)", .badgeWarn)
        }
    }
}

/// The selected story in full, as an editor needs it in the call.
struct StoryDetailView {
    let row: BriefingRow
    let state: ConsoleState
    let theme: Theme

    func render(in rect: Rect, _ canvas: inout Canvas) {
        let c = row.story.content
        var lines: [(String, StyleRole)] = []
        lines.append((c.headline, .title))
        lines.append((row.status.text(calendar: state.calendar, at: state.now) + (row.decision.map { " · by \($0.decidedBy)" } ?? ""), .muted))
        if case .hold? = row.decision?.decision {
            lines.append((row.decision?.reasonForAmbassadors == true ? "The ambassadors are told the reason (A keeps it internal)."
                                                                      : "The reason stays internal (A tells the ambassadors).", .muted))
        }
        if !c.summary.isEmpty { lines.append(("", .text)); lines.append((c.summary, .text)) }
        lines.append(("", .text))
        if let wording = c.approvedWording, !wording.isEmpty {
            lines.append(("Approved wording: " + wording, .text))
        } else {
            lines.append(("No approved wording yet: ambassadors share in their own words.", .warn))
        }
        if !c.talkingPoints.isEmpty {
            lines.append(("Talking points:", .accent))
            for point in c.talkingPoints { lines.append(("• " + point, .text)) }
        }
        if c.restriction.isRestricted {
            lines.append(("Only for: " + (c.restriction.teams + c.restriction.roles).joined(separator: ", "), .warn))
        }
        for (index, post) in c.postTexts.enumerated() {
            let next = index == state.briefing.postIndex % c.postTexts.count ? "▸ " : ""
            let limit = state.snapshot.postLimits[post.network.name]
            let length = post.text.count
            let over = limit.map { length > $0 } ?? false
            lines.append(("", .text))
            lines.append(("\(next)\(post.network.name) \(length)\(limit.map { "/\($0)" } ?? "")" + (over ? " – \(length - limit!) too long" : ""), over ? .alert : .accent))
            lines.append((post.text, .text))
        }
        var y = rect.y
        for (text, role) in lines where y < rect.maxY {
            for wrapped in Wrap.lines(text, width: rect.width) where y < rect.maxY {
                canvas.write(wrapped, x: rect.x, y: y, style: theme[role], maxWidth: rect.width)
                y += 1
            }
            if text.isEmpty { y += 1 }
        }
    }
}

/// Word wrapping by display width for the detail view.
enum Wrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0, !text.isEmpty else { return [] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ") {
                let w = DisplayWidth.of(String(word))
                if used > 0, used + 1 + w > width {
                    out.append(line)
                    line = ""
                    used = 0
                }
                if used > 0 { line += " "; used += 1 }
                line += word
                used += w
            }
            out.append(line)
        }
        return out
    }
}
