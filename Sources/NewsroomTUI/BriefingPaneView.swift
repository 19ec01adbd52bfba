import Foundation
import NewsroomCore
import NewsroomStore
import TerminalKit

/// The briefing pane: the day's agenda with a decision badge per story, and (after Enter) the
/// selected story's detail: summary, approved wording, talking points, post texts by network.
struct BriefingPaneView {
    let state: ConsoleState
    let theme: Theme

    func render(in rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        let report = state.snapshot.briefing
        var title = "1 Briefing · \(state.date) · \(report.shareable.count) share · \(report.embargoed.count) embargo · \(report.held.count) held · \(report.pending.count) pending"
        if !state.filter.isEmpty { title += " · /\(state.filter)" }
        canvas.render(Box(title: title, focused: focused), in: rect, theme: theme)
        let inner = Box.inner(rect)
        guard !inner.isEmpty else { return }
        let rows = state.visibleRows
        guard !rows.isEmpty else {
            let text = state.filter.isEmpty ? "No stories on the agenda of \(state.date). [ previous day · ] next day"
                                            : "No story matches /\(state.filter). Esc clears the filter."
            canvas.write(text, in: inner, style: theme[.muted])
            return
        }
        if state.detailOpen, focused || state.zoomed, let selected = state.selectedRow, inner.width >= 60 {
            let parts = Layout.split(inner, .horizontal, [.percent(45), .fill(1)], spacing: 1)
            list(rows, in: parts[0], focused: focused, compact: true, &canvas)
            StoryDetailView(row: selected, state: state, theme: theme).render(in: parts[1], &canvas)
        } else {
            list(rows, in: inner, focused: focused, compact: false, &canvas)
        }
    }

    private func list(_ rows: [BriefingRow], in rect: Rect, focused: Bool, compact: Bool, _ canvas: inout Canvas) {
        let visible = rect.height
        let selected = state.selectedIndex ?? 0
        let offset = max(0, min(selected - visible / 2, rows.count - visible))
        let showTopics = !compact && rect.width >= 90
        let showDecider = !compact && rect.width >= 120
        let badgeWidth = 12
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
            var tail: [String] = []
            if showTopics { tail.append(row.story.content.topics.joined(separator: ", ")) }
            let teams = row.story.content.restriction.isRestricted ? "only " + (row.story.content.restriction.teams + row.story.content.restriction.roles).joined(separator: ",") : "all"
            if !compact { tail.append(teams) }
            if !compact { tail.append("\(row.sharesSoFar)↗") }
            if showDecider { tail.append(row.decision?.decidedBy ?? "") }
            let tailWidths = tail.enumerated().map { i, _ in [showTopics ? 24 : 0, 16, 5, 14].filter { $0 > 0 }[safe: i] ?? 12 }
            let tailTotal = tailWidths.reduce(0) { $0 + $1 + 1 }
            let headlineWidth = max(10, rect.maxX - x - tailTotal)
            canvas.write(row.story.content.headline, x: x, y: y, style: base.adding(isSelected ? .bold : []), maxWidth: headlineWidth)
            x += headlineWidth + 1
            for (text, width) in zip(tail, tailWidths) where x < rect.maxX {
                canvas.write(text, x: x, y: y, style: isSelected ? base : theme[.muted], maxWidth: min(width, rect.maxX - x))
                x += width + 1
            }
        }
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

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
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
        for post in c.postTexts {
            let limit = state.snapshot.postLimits[post.network.name]
            let length = post.text.count
            let over = limit.map { length > $0 } ?? false
            lines.append(("", .text))
            lines.append(("\(post.network.name) \(length)\(limit.map { "/\($0)" } ?? "")" + (over ? " – \(length - limit!) too long" : ""), over ? .alert : .accent))
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
