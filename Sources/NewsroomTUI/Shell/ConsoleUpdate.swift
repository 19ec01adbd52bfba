import Foundation
import NewsroomCore
import NewsroomStore
import TerminalKit

/// The console's update function: `(state, event) -> (state, effects)`, pure, as in the Elm
/// architecture. Keys become actions through the focused key context; the shell keeps focus,
/// zoom, overlays and messages, and hands pane actions to the pane's own update.
public enum ConsoleUpdate {
    /// Rows a page key moves.
    public static let pageRows = 10

    /// A key: dispatched through the contexts in force (an open overlay's alone, else the focused
    /// pane's, movement, global).
    public static func key(_ key: Key, _ state: inout ConsoleState, keys: KeyContexts<ConsoleAction> = ConsoleKeys.standard) -> [ConsoleEffect] {
        if let action = keys.action(for: key, in: state.keyChain) {
            return update(.action(action), &state)
        }
        switch state.overlay {
        case .prompt(let purpose, var editor, let problem):
            // Keys the prompt context does not bind edit the text; Enter or Esc count only as bound.
            switch editor.handle(key) {
            case .edited:
                state.overlay = .prompt(purpose, editor, problem: problem)
                if case .filter(let pane) = purpose { setFilter(editor.text, for: pane, &state) }
            case .submitted, .cancelled, .ignored:
                break
            }
        case .confirm:
            let yes = keys.keyText(of: .overlay(.yes), in: ConsoleKeys.confirm) ?? "y"
            let no = keys.keyText(of: .overlay(.no), in: ConsoleKeys.confirm) ?? "n"
            state.say("answer \(yes) (yes) or \(no) (no); \(key) does nothing here", isError: true)
        case .menu(let purpose, var menu):
            switch menu.handle(key) {
            case .none: state.overlay = .menu(purpose, menu)
            case .cancelled: state.overlay = .none
            case .picked(let index):
                state.overlay = .none
                switch purpose {
                case .moderation(let m): return ModerationMenus.picked(m, index: index, &state)
                }
            }
        case .help, .messages:
            break
        case .none:
            state.say("\(key) does nothing in the \(state.focus.title.lowercased()) pane; ? shows its keys")
        }
        return []
    }

    public static func update(_ event: ConsoleEvent, _ state: inout ConsoleState) -> [ConsoleEffect] {
        switch event {
        case .action(let action): return apply(action, &state)
        case .result(let result): return ResultUpdate.receive(result, &state)
        }
    }

    static func apply(_ action: ConsoleAction, _ state: inout ConsoleState) -> [ConsoleEffect] {
        if case .overlay = action {} else { state.clearMessage() }
        if action != .shell(.quit) { state.quitAsked = false }
        switch action {
        case .shell(let a): return shell(a, &state)
        case .move(let m): return move(m, &state)
        case .overlay(let a): return OverlayUpdate.apply(a, &state)
        case .briefing(let a): return BriefingUpdate.apply(a, &state)
        case .moderation(let a): return ModerationUpdate.apply(a, &state)
        case .kpis(let a): return KPIUpdate.apply(a, &state)
        case .ambassadors(let a): return AmbassadorUpdate.apply(a, &state)
        }
    }

    static func shell(_ action: ShellAction, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let panes = Pane.allCases
        switch action {
        case .focusNext: state.focus = panes[(state.focus.rawValue + 1) % panes.count]
        case .focusPrevious: state.focus = panes[(state.focus.rawValue + panes.count - 1) % panes.count]
        case .focusBriefing: state.focus = .briefing
        case .focusModeration: state.focus = .moderation
        case .focusKPIs: state.focus = .kpis
        case .focusAmbassadors: state.focus = .ambassadors
        case .toggleZoom: state.zoomed.toggle()
        case .help: state.overlay = .help
        case .messages:
            guard !state.messageLog.isEmpty else {
                state.say("no messages yet")
                return []
            }
            state.overlay = .messages(scroll: 0)
        case .commandLine: state.overlay = .prompt(.command, PromptEditor(history: state.commandHistory))
        case .filter:
            switch state.focus {
            case .briefing: state.overlay = .prompt(.filter(.briefing), PromptEditor(text: state.briefing.filter))
            case .moderation: state.overlay = .prompt(.filter(.moderation), PromptEditor(text: state.moderation.filter))
            default:
                state.say("the \(state.focus.title.lowercased()) pane has no filter yet; the briefing and moderation have one (/)")
                return []
            }
        case .back:
            if state.wall, state.overlay == .none { state.wall = false; return [.redrawAll] }
            if state.focus == .briefing, BriefingUpdate.back(&state) { return [] }
            if state.focus == .moderation, state.moderation.showsThread { state.moderation.showsThread = false; return [] }
            if state.focus == .kpis, KPIUpdate.back(&state) { return [] }
            if state.zoomed { state.zoomed = false }
        case .quit:
            guard state.waiting.isEmpty || state.quitAsked else {
                state.quitAsked = true
                state.say("\(state.waiting.count) decision(s) still wait for the store and are recorded once it is free; q again quits and loses them",
                          isError: true)
                return []
            }
            return [.quit]
        case .redraw: return [.redrawAll]
        case .toggleWall:
            state.wall.toggle()
            if state.wall { state.focus = .kpis }
            return [.redrawAll]
        case .jumpToUrgent:
            return ModerationUpdate.jumpToUrgent(&state)
        case .jumpToCrisis:
            return CrisisUpdate.jump(&state)
        }
        return []
    }

    static func move(_ movement: Movement, _ state: inout ConsoleState) -> [ConsoleEffect] {
        switch state.focus {
        case .briefing: BriefingUpdate.move(movement, &state)
        case .moderation: return ModerationUpdate.move(movement, &state)
        case .kpis: return KPIUpdate.move(movement, &state)
        case .ambassadors: AmbassadorUpdate.move(movement, &state)
        }
        return []
    }

    static func setFilter(_ text: String, for pane: Pane, _ state: inout ConsoleState) {
        if pane == .briefing { BriefingUpdate.setFilter(text, &state) }
        if pane == .moderation {
            state.moderation.filter = text
            state.moderation.selectedIndex = 0
        }
    }

    /// An index moved within `0..<count`.
    static func moved(_ index: Int, by movement: Movement, count: Int) -> Int {
        let delta: Int
        switch movement {
        case .moveDown: delta = 1
        case .moveUp: delta = -1
        case .pageDown: delta = pageRows
        case .pageUp: delta = -pageRows
        case .moveTop: delta = -count
        case .moveBottom: delta = count
        case .open: delta = 0
        }
        return min(max(index + delta, 0), count - 1)
    }
}
