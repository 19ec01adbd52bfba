import Foundation
import NewsroomCore
import NewsroomStore
import TerminalKit

/// Draws the whole console from its state: top bar, the four panes (or the zoomed one), the
/// bottom bar, and any overlay. Immediate mode: the same state always gives the same cells.
public struct ConsoleView {
    public let state: ConsoleState
    public let theme: Theme
    public let keys: KeyContexts<ConsoleAction>

    public init(state: ConsoleState, theme: Theme, keys: KeyContexts<ConsoleAction> = ConsoleKeys.standard) {
        self.state = state
        self.theme = theme
        self.keys = keys
    }

    /// Below this the console shows "terminal too small".
    public static let minimumSize = Size(width: 60, height: 16)

    public func render(into canvas: inout Canvas) {
        let area = canvas.bounds
        canvas.fill(area, style: theme[.text])
        if state.wall {
            WallView(state: state, theme: theme, keys: keys).render(in: area, &canvas)
            overlay(in: Rect(x: 0, y: 1, width: area.width, height: area.height - 2), &canvas)
            return
        }
        TopBar(state: state, theme: theme).render(in: Rect(x: 0, y: 0, width: area.width, height: 1), &canvas)
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
        BottomBar(state: state, theme: theme, keys: keys).render(in: Rect(x: 0, y: area.height - 1, width: area.width, height: 1), &canvas)
        overlay(in: body, &canvas)
    }

    private func pane(_ pane: Pane, in rect: Rect, _ canvas: inout Canvas) {
        let focused = pane == state.focus
        switch pane {
        case .briefing: BriefingPaneView(state: state, theme: theme).render(in: rect, focused: focused, &canvas)
        case .moderation: ModerationPaneView(state: state, theme: theme).render(in: rect, focused: focused, &canvas)
        case .kpis: KPIPaneView(state: state, theme: theme).render(in: rect, focused: focused, &canvas)
        case .ambassadors: AmbassadorPaneView(state: state, theme: theme).render(in: rect, focused: focused, &canvas)
        }
    }

    private func overlay(in body: Rect, _ canvas: inout Canvas) {
        switch state.overlay {
        case .help(let scroll):
            let sections = ConsoleKeys.helpSections(for: state.focus, in: keys).map { ($0.title, $0.map.bindings) }
            let close = keys.firstKey(of: .overlay(.close), in: ConsoleKeys.help)?.description ?? "Esc"
            canvas.render(HelpOverlay(sections: sections, title: "Keys · \(state.focus.title)", scroll: scroll,
                                      footer: "j/k scroll · \(close) closes"), in: body, theme: theme)
        case .messages(let scroll):
            MessageLogView(messages: state.messageLog, scroll: scroll, theme: theme).render(in: body, &canvas)
        case .prompt(_, _, let problem?):
            // What is wrong with the field, on the line above it.
            let line = Rect(x: 0, y: body.maxY - 1, width: body.width, height: 1)
            canvas.fill(line, style: theme[.alert])
            canvas.write("✗ " + problem, x: 1, y: line.y, style: theme[.alert], maxWidth: line.width - 2)
        case .menu(_, let menu):
            canvas.render(SelectionMenuView(menu: menu), in: body, theme: theme)
        case .none, .confirm, .prompt:
            break
        }
    }
}
