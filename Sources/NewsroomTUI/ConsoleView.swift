import Foundation
import NewsroomCore
import NewsroomStore
import TerminalKit

/// Draws the whole console from its state: top bar, the four panes (or the zoomed one), the
/// bottom bar, and any overlay. Immediate mode: the same state always gives the same cells.
public struct ConsoleView {
    public let state: ConsoleState
    public let theme: Theme
    public let keyMap: KeyMap<ConsoleAction>

    public init(state: ConsoleState, theme: Theme, keyMap: KeyMap<ConsoleAction> = ConsoleKeyMap.standard) {
        self.state = state
        self.theme = theme
        self.keyMap = keyMap
    }

    /// Below this the console shows "terminal too small".
    public static let minimumSize = Size(width: 60, height: 16)

    public func render(into canvas: inout Canvas) {
        let area = canvas.bounds
        canvas.fill(area, style: theme[.text])
        topBar(Rect(x: 0, y: 0, width: area.width, height: 1), &canvas)
        let body = Rect(x: 0, y: 1, width: area.width, height: area.height - 2)
        if state.zoomed {
            pane(state.focus, in: body, &canvas)
        } else if body.width < 100 {
            // Narrow (a projector's 80×24): the briefing gets the full width, the summaries share the rest.
            let rows = Layout.split(body, .vertical, [.percent(60), .fill(1)])
            pane(.briefing, in: rows[0], &canvas)
            let bottom = Layout.split(rows[1], .horizontal, [.fill(1), .fill(1), .fill(1)])
            pane(.moderation, in: bottom[0], &canvas)
            pane(.kpis, in: bottom[1], &canvas)
            pane(.ambassadors, in: bottom[2], &canvas)
        } else {
            let rows = Layout.split(body, .vertical, [.percent(60), .fill(1)])
            let top = Layout.split(rows[0], .horizontal, [.percent(62), .fill(1)])
            let bottom = Layout.split(rows[1], .horizontal, [.percent(50), .fill(1)])
            pane(.briefing, in: top[0], &canvas)
            pane(.moderation, in: top[1], &canvas)
            pane(.kpis, in: bottom[0], &canvas)
            pane(.ambassadors, in: bottom[1], &canvas)
        }
        bottomBar(Rect(x: 0, y: area.height - 1, width: area.width, height: 1), &canvas)
        overlay(in: body, &canvas)
    }

    // MARK: Bars

    private func topBar(_ rect: Rect, _ canvas: inout Canvas) {
        canvas.fill(rect, style: theme[.statusBar])
        let date = state.calendar.localDate(of: state.now)
        let time = state.calendar.localTime(of: state.now)
        let seconds = Int(state.now.timeIntervalSince1970) % 60
        var x = canvas.write(" \(state.snapshot.newsroom) ", x: 0, y: rect.y, style: theme[.statusBar].adding(.bold), maxWidth: rect.width / 3)
        x += canvas.write("\(date) \(time):\(seconds < 10 ? "0" : "")\(seconds)  ", x: x, y: rect.y, style: theme[.statusBar], maxWidth: rect.width - x)
        x += canvas.write("\(state.actor)  ", x: x, y: rect.y, style: theme[.statusBar], maxWidth: rect.width - x)
        let live = state.snapshot.readOnly ? "read-only" : "● live"
        x += canvas.write(live + "  ", x: x, y: rect.y, style: theme[state.snapshot.readOnly ? .warn : .ok], maxWidth: rect.width - x)
        let alerts = state.snapshot.alerts(at: state.now, calendar: state.calendar)
        if !alerts.isEmpty, x < rect.width {
            canvas.write("⚠ " + alerts.joined(separator: " · "), x: x, y: rect.y, style: theme[.warn], maxWidth: rect.width - x)
        }
    }

    private func bottomBar(_ rect: Rect, _ canvas: inout Canvas) {
        if case .prompt(let purpose, let editor) = state.overlay {
            canvas.render(PromptView(label: Self.label(purpose), editor: editor), in: rect, theme: theme)
            return
        }
        var hints = ConsoleKeyMap.forPane(state.focus, in: keyMap).barHints
        let message = state.message
        // A message is read first: hints give way until it fits.
        if let message {
            let width = { (h: [(keys: String, description: String)]) in h.reduce(0) { $0 + DisplayWidth.of($1.keys) + DisplayWidth.of($1.description) + 3 } }
            while !hints.isEmpty, DisplayWidth.of(message.text) + 2 + width(hints) > rect.width { hints.removeLast() }
        }
        canvas.render(StatusBar(message: message?.text ?? "", messageRole: message?.isError == true ? .alert : .statusBar, hints: hints),
                      in: rect, theme: theme)
    }

    static func label(_ purpose: PromptPurpose) -> String {
        switch purpose {
        case .command: return ":"
        case .filter: return "/"
        case .holdReason: return "hold, reason: "
        case .embargoTime: return "embargo until (HH:MM): "
        case .teams: return "teams that may share (comma-separated, empty: everyone): "
        case .newStory(let draft):
            switch draft.step {
            case .headline: return "new story, headline: "
            case .link: return "link (optional): "
            case .topics: return "topics (comma-separated): "
            case .language: return "language (de/en): "
            }
        }
    }

    // MARK: Panes

    private func pane(_ pane: Pane, in rect: Rect, _ canvas: inout Canvas) {
        let focused = pane == state.focus
        switch pane {
        case .briefing:
            BriefingPaneView(state: state, theme: theme).render(in: rect, focused: focused, &canvas)
        case .moderation:
            SummaryPanes.moderation(state, theme: theme, in: rect, focused: focused, &canvas)
        case .kpis:
            SummaryPanes.kpis(state, theme: theme, in: rect, focused: focused, &canvas)
        case .ambassadors:
            SummaryPanes.ambassadors(state, theme: theme, in: rect, focused: focused, &canvas)
        }
    }

    // MARK: Overlays

    private func overlay(in body: Rect, _ canvas: inout Canvas) {
        switch state.overlay {
        case .help:
            let map = ConsoleKeyMap.forPane(state.focus, in: keyMap)
            canvas.render(HelpOverlay(keyMap: map, title: "Keys · \(state.focus.title) (Esc closes)"), in: body, theme: theme)
        case .confirmTopicHold(let topic, _):
            canvas.render(ToastView(toast: Toast("Hold the whole topic '\(topic)' for \(state.date) too? y / n", kind: .confirm)), in: body, theme: theme)
        case .none, .prompt:
            break
        }
    }
}
