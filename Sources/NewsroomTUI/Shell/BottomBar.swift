import Foundation
import TerminalKit

/// The bottom bar: the open prompt, or the message and the keys of the context in force. A
/// message that does not fit is cut and points to `M`, which shows it in full; a path in it is
/// always shown whole, so the user can find their work.
struct BottomBar {
    let state: ConsoleState
    let theme: Theme
    let keys: KeyContexts<ConsoleAction>

    func render(in rect: Rect, _ canvas: inout Canvas) {
        if case .prompt(let purpose, let editor, _) = state.overlay {
            canvas.render(PromptView(label: Self.label(purpose), editor: editor), in: rect, theme: theme)
            return
        }
        var hints = state.keyChain.flatMap { keys[$0]?.map.barHints ?? [] }
        if case .confirm(let question) = state.overlay {
            canvas.fill(rect, style: theme[.statusBar])
            // A key that is no answer says so, before the question.
            let refusal = state.message.map { $0.text + " · " } ?? ""
            let text = refusal + Self.question(question) + "  " + hints.map { "\($0.keys) \($0.description)" }.joined(separator: " · ")
            canvas.write(" " + text, x: rect.x, y: rect.y, style: theme[.warn].adding(.bold), maxWidth: rect.width)
            return
        }
        guard let message = state.message else {
            canvas.render(StatusBar(hints: hints), in: rect, theme: theme)
            return
        }
        let width = { (h: [(keys: String, description: String)]) in h.reduce(0) { $0 + DisplayWidth.of($1.keys) + DisplayWidth.of($1.description) + 3 } }
        let full = message.fullText
        // A message is read first: hints give way until it fits.
        while !hints.isEmpty, DisplayWidth.of(full) + 2 + width(hints) > rect.width { hints.removeLast() }
        let room = rect.width - 2 - width(hints)
        var text = full
        if DisplayWidth.of(full) > room {
            let more = " (M: all)"
            let path = message.path.map { " " + $0 } ?? ""
            let budget = max(0, room - DisplayWidth.of(path) - DisplayWidth.of(more))
            text = Self.cut(message.text, to: budget) + path + more
        }
        canvas.render(StatusBar(message: text, messageRole: message.isError ? .alert : .statusBar, hints: hints), in: rect, theme: theme)
    }

    /// Text cut to a display width, ending in `…` when cut.
    static func cut(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(String(character))
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    static func label(_ purpose: PromptPurpose) -> String {
        switch purpose {
        case .command: return ":"
        case .filter: return "/"
        case .briefing(let prompt): return BriefingPrompts.label(prompt)
        case .moderation(let prompt): return ModerationPrompts.label(prompt)
        }
    }

    static func question(_ question: Question) -> String {
        switch question {
        case .briefing(.holdTopic(let topic, _, _)): return "Hold the whole topic '\(topic)' today too?"
        }
    }
}
