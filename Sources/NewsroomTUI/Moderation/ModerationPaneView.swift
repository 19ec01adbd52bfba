import Foundation
import NewsroomCore
import TerminalKit

/// The moderation pane in its compact form: open items by state, the oldest, the SLA breaches and
/// the worst items, with a selection. Its own issue turns it into the full queue.
struct ModerationPaneView {
    let state: ConsoleState
    let theme: Theme

    func render(in rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        let m = state.snapshot.moderation
        let open = m.backlog.total - m.backlog.count(.answered) - m.backlog.count(.resolved) - m.backlog.count(.noAction)
        canvas.render(Box(title: "2 Moderation · \(open) open", focused: focused), in: rect, theme: theme)
        let inner = Box.inner(rect)
        guard !inner.isEmpty else { return }
        var lines: [(String, StyleRole)] = []
        let states = ModerationState.allCases.filter(\.isOpen).map { "\($0.label) \(m.backlog.count($0))" }
        lines.append((states.joined(separator: " · "), .text))
        let oldest = m.oldestOpen.map { "oldest open \(PaneText.age(state.now.timeIntervalSince($0)))" } ?? "nothing open"
        lines.append((oldest + " · SLA breaches \(m.slaBreaches) · hidden \(m.hidden)", m.slaBreaches > 0 ? .warn : .muted))
        lines.append(("", .text))
        PaneText.draw(lines, in: inner, theme: theme, &canvas)
        for (i, item) in m.top.enumerated() where lines.count + i < inner.height {
            let y = inner.y + lines.count + i
            let category = item.comment.category?.label ?? "new"
            let text = "\(PaneText.pad(category, 12)) \(PaneText.pad(PaneText.age(state.now.timeIntervalSince(item.comment.postedAt)), 4)) "
                + item.text.split(whereSeparator: \.isNewline).joined(separator: " ")
            let selected = focused && i == state.moderation.selectedIndex
            let style = selected ? theme[.selectedRow] : theme[item.comment.severity >= 80 ? .alert : .text]
            if selected { canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            canvas.write(text, x: inner.x, y: y, style: style, maxWidth: inner.width)
        }
    }
}
