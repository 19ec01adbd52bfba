import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit

/// The moderation pane: the queue by priority (badge P1–P4 with its SLA countdown, category,
/// network, author and followers, the comment's first line, state, claim), hidden comments dimmed
/// with their reason, items others handled dimmed in place; Enter shows the thread.
struct ModerationPaneView {
    let state: ConsoleState
    let theme: Theme

    var pane: ModerationPaneState { state.moderation }

    /// The SLA's clocks, made once a frame (a business-time cutoff walks back through the calendar).
    struct Clocks {
        let cutoffs: SLACutoffs
        let working: BusinessTime
    }

    func render(in rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        let m = state.snapshot.moderation
        let open = ModerationState.allCases.filter(\.isOpen).reduce(0) { $0 + m.backlog.count($1) }
        var title = "2 Moderation · \(open) open"
        if pane.view != .open || !pane.facets.isEmpty { title += " · " + ModerationFilters.describe(pane) }
        if !pane.unread.isEmpty { title += " · \(pane.order.count) of \(pane.order.count + pane.unread.count) read" }
        if !pane.filter.isEmpty { title += " · /\(pane.filter)" }
        if !pane.arrived.isEmpty { title += " · \(pane.arrived.count) new (=)" }
        if !pane.marks.isEmpty { title += " · \(pane.marks.count) marked" }
        canvas.render(Box(title: title, focused: focused), in: rect, theme: theme)
        let inner = Box.inner(rect)
        guard !inner.isEmpty else { return }
        if pane.showsThread, focused, let id = pane.selectedID(state) {
            ThreadView(state: state, theme: theme, id: id).render(in: inner, &canvas)
            return
        }
        let summary = "SLA breaches \(m.slaBreaches) · hidden \(m.hidden)"
            + (m.oldestOpen.map { " · oldest open \(PaneText.age(state.now.timeIntervalSince($0)))" } ?? "")
        canvas.write(summary, x: inner.x, y: inner.y, style: theme[m.slaBreaches > 0 ? .warn : .muted], maxWidth: inner.width)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        let ids = pane.visible(actor: state.actor, at: state.now)
        guard !ids.isEmpty else {
            canvas.write(!pane.filter.isEmpty ? "nothing matches /\(pane.filter) (Esc in / clears it)"
                         : pane.view == .open && pane.facets.isEmpty ? "nothing open: the queue is clear"
                         : "nothing in \(ModerationFilters.describe(pane)) (v: next view, F: filters)",
                         x: list.x, y: list.y, style: theme[.muted], maxWidth: list.width)
            return
        }
        // Keep the selection in view: scroll by whole pages.
        let first = list.height > 0 ? (pane.selectedIndex / list.height) * list.height : 0
        let settings = state.snapshot.moderation.settings
        let clocks = Clocks(cutoffs: SLACutoffs(at: state.now, settings: settings, calendar: state.calendar),
                            working: BusinessTime(hours: settings.businessHours, holidays: settings.holidays, calendar: state.calendar))
        for (offset, id) in ids.dropFirst(first).prefix(list.height).enumerated() {
            guard let row = pane.rows[id] else { continue }
            let index = first + offset
            let line = Rect(x: list.x, y: list.y + offset, width: list.width, height: 1)
            drawRow(row, selected: focused && index == pane.selectedIndex, marked: pane.marks.contains(id), handled: pane.handled[id],
                    wide: list.width >= 100, clocks: clocks, in: line, &canvas)
        }
    }

    private func drawRow(_ row: QueueRow, selected: Bool, marked: Bool, handled: String?, wide: Bool, clocks: Clocks, in line: Rect,
                         _ canvas: inout Canvas) {
        let c = row.comment
        let dimmed = handled != nil || c.visibility.isHidden
        let base: Style = selected ? theme[.selectedRow] : (marked ? theme[.markedRow] : theme[dimmed ? .muted : .text])
        canvas.fill(line, style: base)
        var x = line.x
        func put(_ text: String, _ style: Style, width: Int? = nil) {
            guard x < line.maxX else { return }
            let cell = width.map { PaneText.pad(TerminalText.truncated(text, toWidth: $0).map(\.text).joined(), $0) } ?? text
            x += canvas.write(cell, x: x, y: line.y, style: style, maxWidth: line.maxX - x)
            x += 1
        }
        put(marked ? "●" : " ", base)
        let badgeRole: StyleRole = dimmed ? .muted : (row.priority.band == .p1 ? .badgeAlert : row.priority.band == .p2 ? .badgeWarn : .badge)
        put("\(row.priority.band.label) \(row.priority.score)", selected ? base : theme[badgeRole], width: 7)
        put(sla(row, clocks), selected ? base : theme[clocks.cutoffs.isBreached(c) ? .alert : .muted], width: 7)
        let category: String
        if let hide = c.visibility.hide { category = "⊘ \(hide.reason.label)" } else { category = c.category?.label ?? "unclassified" }
        put(category, base, width: wide ? 15 : 11)
        if wide { put(c.network.name, base, width: 9) }
        put(wide ? "\(row.author) \(followers(c.authorFollowers))" : row.author, base, width: wide ? 24 : 14)
        let right: String
        if let handled { right = handled } else if let claim = c.claim, claim.isHeld(at: state.now) { right = "⚑\(claim.holder)" } else { right = c.state.label }
        let rightWidth = min(16, DisplayWidth.of(right))
        let textWidth = max(0, line.maxX - x - rightWidth - 1)
        put(row.text.split(whereSeparator: \.isNewline).joined(separator: " "), base, width: textWidth)
        put(right, selected ? base : theme[handled != nil ? .muted : (c.claim?.isHeld(at: state.now) == true ? .accent : .muted)], width: rightWidth)
    }

    /// Time left to the SLA ("⏱12m"), or how far past it ("+3h"), in the SLA's own clock
    /// (working time where it counts business hours), as the priority's breakdown says it.
    private func sla(_ row: QueueRow, _ clocks: Clocks) -> String {
        guard SLACutoffs.awaitsFirstResponse(row.comment) else { return row.comment.visibility.isHidden ? "hidden" : "" }
        let settings = state.snapshot.moderation.settings
        let category = row.comment.category
        let elapsed = settings.slaCountsBusinessHours(category)
            ? clocks.working.seconds(from: row.comment.postedAt, to: state.now) : state.now.timeIntervalSince(row.comment.postedAt)
        let left = Double(settings.sla(for: category)) * 60 - elapsed
        return left >= 0 ? "⏱" + PaneText.age(left) : "+" + PaneText.age(-left)
    }

    private func followers(_ n: Int) -> String { n >= 10_000 ? "\(n / 1000)k" : "\(n)" }
}

/// The selected comment in context: who wrote it and on what, its text, why it ranks where it
/// does, what was decided, its thread (our replies marked), and the author's other comments.
struct ThreadView {
    let state: ConsoleState
    let theme: Theme
    let id: CommentID

    func render(in rect: Rect, _ canvas: inout Canvas) {
        guard let row = state.moderation.rows[id] else { return }
        let c = row.comment
        let calendar = state.calendar
        var lines: [(String, StyleRole)] = []
        lines.append(("\(c.id) · \(row.author), \(c.authorFollowers) followers · \(c.network.name), on \(c.target.kind.rawValue) \(c.target.id) · "
                      + "\(calendar.dateTime(of: c.postedAt))", .title))
        var status = "\(c.category?.label ?? "unclassified")" + (c.classifiedBy.map { " (by \($0))" } ?? "") + " · \(c.state.label)"
        if let assignee = c.assignee { status += " · assigned to \(assignee)" }
        if let claim = c.claim, claim.isHeld(at: state.now) { status += " · ⚑ \(claim.holder) until \(calendar.localTime(of: claim.leaseUntil))" }
        lines.append((status, .text))
        if let hide = c.visibility.hide {
            lines.append(("⊘ hidden as \(hide.reason.label), \(hide.ground): \(hide.note) (\(hide.by), \(calendar.dateTime(of: hide.at)))", .warn))
        }
        lines.append(("\(row.priority.band.label) \(row.priority.score): \(row.priority.breakdown)", .accent))
        lines.append(("", .text))
        for piece in wrap(row.text, width: rect.width) { lines.append((piece, .text)) }
        for reply in c.replies { lines.append(("↳ ours, \(reply.by): \(reply.text)", .ok)) }
        if let thread = state.moderation.thread, thread.item.comment.id == id {
            let others = thread.thread.filter { $0.comment.id != id }
            if !others.isEmpty {
                lines.append(("", .text))
                lines.append(("Thread (\(others.count) more)", .header))
                for entry in others.prefix(8) {
                    let mark = entry.comment.postedAt < c.postedAt ? "↑" : "↓"
                    lines.append(("\(mark) \(entry.author): \(entry.text.split(whereSeparator: \.isNewline).joined(separator: " "))", .muted))
                }
            }
            if !thread.byAuthor.isEmpty {
                let history = thread.byAuthor.prefix(5).map { other in
                    "\(other.category?.label ?? "unclassified")" + (other.visibility.isHidden ? " (hidden)" : "") + " \(PaneText.age(state.now.timeIntervalSince(other.postedAt)))"
                }
                lines.append(("Author's other comments: " + history.joined(separator: ", "), .muted))
            }
            if !thread.audit.isEmpty {
                lines.append(("Audit: " + thread.audit.suffix(4).map { "\($0.event.actor) \($0.event.type.replacingOccurrences(of: "comment.", with: ""))" }
                    .joined(separator: " · "), .muted))
            }
        } else {
            lines.append(("", .text))
            lines.append(("loading the thread …", .muted))
        }
        PaneText.draw(lines, in: rect, theme: theme, &canvas)
    }

    private func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if DisplayWidth.of(candidate) > width, !line.isEmpty {
                    out.append(line)
                    line = String(word)
                } else {
                    line = candidate
                }
            }
            out.append(line)
        }
        return out
    }
}
