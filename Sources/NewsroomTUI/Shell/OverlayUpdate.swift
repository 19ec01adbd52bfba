import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit

/// Keys of an open overlay: help and messages scroll and close, a question takes yes or no, a
/// prompt submits, cancels, completes and walks its history.
enum OverlayUpdate {
    static func apply(_ action: OverlayAction, _ state: inout ConsoleState) -> [ConsoleEffect] {
        switch state.overlay {
        case .none, .menu:
            return []
        case .help(let scroll):
            if let next = scrolled(scroll, action) { state.overlay = .help(scroll: next) } else if action == .close { state.overlay = .none }
            return []
        case .messages(let scroll):
            if let next = scrolled(scroll, action) { state.overlay = .messages(scroll: next) } else if action == .close { state.overlay = .none }
            return []
        case .confirm(let question):
            guard action == .yes || action == .no else { return [] }
            state.overlay = .none
            switch question {
            case .briefing(let q): return BriefingPrompts.answer(q, yes: action == .yes, &state)
            }
        case .prompt(let purpose, var editor, let problem):
            switch action {
            case .cancel:
                state.overlay = .none
                if case .filter(let pane) = purpose { ConsoleUpdate.setFilter("", for: pane, &state) }
            case .submit:
                state.overlay = .none
                return submit(editor.text, for: purpose, &state)
            case .complete:
                guard purpose == .command else { return [] }
                let completed = CommandLine.complete(editor.text, themes: state.themeNames, topics: state.snapshot.briefing.topicHolds.map(\.topic))
                state.overlay = .prompt(purpose, PromptEditor(text: completed, history: editor.history), problem: problem)
            case .historyPrevious, .historyNext:
                _ = editor.handle(action == .historyPrevious ? .up : .down)
                state.overlay = .prompt(purpose, editor, problem: problem)
            default:
                break
            }
            return []
        }
    }

    /// The new first line for a scrolling key; nil for other keys. The view clamps at the end.
    static func scrolled(_ scroll: Int, _ action: OverlayAction) -> Int? {
        switch action {
        case .scrollDown: return scroll + 1
        case .scrollUp: return max(0, scroll - 1)
        case .scrollPageDown: return scroll + ConsoleUpdate.pageRows
        case .scrollPageUp: return max(0, scroll - ConsoleUpdate.pageRows)
        case .scrollTop: return 0
        case .scrollBottom: return Int.max / 2
        default: return nil
        }
    }

    static func submit(_ text: String, for purpose: PromptPurpose, _ state: inout ConsoleState) -> [ConsoleEffect] {
        switch purpose {
        case .filter(let pane):
            ConsoleUpdate.setFilter(text, for: pane, &state)
            return []
        case .command:
            if !text.isEmpty { state.commandHistory = (state.commandHistory + [text]).suffix(PromptEditor.historyLimit) }
            return CommandLine.run(text, &state)
        case .briefing(let prompt):
            return BriefingPrompts.submit(prompt, text: text, &state)
        case .moderation(let prompt):
            return ModerationPrompts.submit(prompt, text: text, &state)
        }
    }
}
