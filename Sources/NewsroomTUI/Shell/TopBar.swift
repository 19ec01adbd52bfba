import Foundation
import NewsroomCore
import TerminalKit

/// The top bar: newsroom, date and time in the newsroom's zone, who you are, live or read-only,
/// the crisis level (its alert from 2 on, naming the post), and the alerts.
struct TopBar {
    let state: ConsoleState
    let theme: Theme

    /// The crisis level's colour: calm in the bar's own, rising as a warning, a storm as an alert.
    static func crisisStyle(_ level: CrisisLevel, _ theme: Theme) -> Style {
        level.rawValue == 0 ? theme[.statusBar] : level.isAlert ? theme[.alert].adding(.bold) : theme[.warn]
    }

    func render(in rect: Rect, _ canvas: inout Canvas) {
        canvas.fill(rect, style: theme[.statusBar])
        let date = state.calendar.localDate(of: state.now)
        let time = state.calendar.localTime(of: state.now)
        let seconds = Int(state.now.timeIntervalSince1970) % 60
        var x = canvas.write(" \(state.snapshot.newsroom) ", x: 0, y: rect.y, style: theme[.statusBar].adding(.bold), maxWidth: rect.width / 3)
        x += canvas.write("\(date) \(time):\(seconds < 10 ? "0" : "")\(seconds)  ", x: x, y: rect.y, style: theme[.statusBar], maxWidth: rect.width - x)
        x += canvas.write("\(state.actor)  ", x: x, y: rect.y, style: theme[.statusBar], maxWidth: rect.width - x)
        let live = state.snapshot.readOnly ? "read-only" : "● live"
        x += canvas.write(live + "  ", x: x, y: rect.y, style: theme[state.snapshot.readOnly ? .warn : .ok], maxWidth: rect.width - x)
        if let crisis = state.snapshot.crisis, x < rect.width {
            let text = crisis.alert.map { "🔥 \($0) (C jumps)  " } ?? "crisis \(crisis.level.rawValue)  "
            x += canvas.write(text, x: x, y: rect.y, style: Self.crisisStyle(crisis.level, theme), maxWidth: rect.width - x)
        }
        if let since = state.waitingSince, x < rect.width {
            let seconds = max(0, Int(state.now.timeIntervalSince(since)))
            x += canvas.write("⏳ waiting for the store \(seconds) s (\(state.waiting.count) kept)  ", x: x, y: rect.y, style: theme[.warn].adding(.bold),
                              maxWidth: rect.width - x)
        }
        if let p1 = state.moderation.newUrgent, x < rect.width {
            let row = state.moderation.rows[p1]
            let what = row.map { "\($0.comment.category?.label ?? "comment") \(p1)" } ?? p1.rawValue
            x += canvas.write("🚨 new P1: \(what) (! jumps)  ", x: x, y: rect.y, style: theme[.alert].adding(.bold), maxWidth: rect.width - x)
        }
        let alerts = state.snapshot.alerts(at: state.now, calendar: state.calendar)
        if !alerts.isEmpty, x < rect.width {
            canvas.write("⚠ " + alerts.joined(separator: " · "), x: x, y: rect.y, style: theme[.warn], maxWidth: rect.width - x)
        }
    }
}
