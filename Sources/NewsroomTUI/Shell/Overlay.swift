import Foundation
import NewsroomCore
import TerminalKit

/// What a one-line prompt at the bottom is asking for; a pane's own prompts carry the pane.
public enum PromptPurpose: Hashable, Sendable {
    case command
    case filter(Pane)
    case briefing(BriefingPrompt)
    case moderation(ModerationPrompt)
}

/// What a pick-one menu is for; a pane's menus carry the pane.
public enum MenuPurpose: Hashable, Sendable {
    case moderation(ModerationMenu)
}

/// A yes/no question about something on screen; it takes only the answer keys.
public enum Question: Hashable, Sendable {
    case briefing(BriefingQuestion)
}

/// What covers the panes, if anything. While one is open it receives every key through its own
/// key context (`help`, `messages`, `confirm`, `prompt`).
public enum Overlay: Hashable, Sendable {
    case none
    /// The keys, focused context first; `scroll` is the first line shown.
    case help(scroll: Int)
    /// Recent messages in full, newest first.
    case messages(scroll: Int)
    case prompt(PromptPurpose, PromptEditor, problem: String?)
    case confirm(Question)
    /// Pick one with type-to-filter; Enter picks, Esc cancels.
    case menu(MenuPurpose, SelectionMenu)

    public static let help = Overlay.help(scroll: 0)

    public static func prompt(_ purpose: PromptPurpose, _ editor: PromptEditor = PromptEditor()) -> Overlay {
        .prompt(purpose, editor, problem: nil)
    }
}

/// A line in the bottom bar: what just happened, or what went wrong. A path in it is kept apart
/// so that it is always shown whole, however little room the bar has.
public struct ConsoleMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
    public var path: String?

    public init(_ text: String, isError: Bool = false, path: String? = nil) {
        self.text = text
        self.isError = isError
        self.path = path
    }

    /// The message as one line of text, path included.
    public var fullText: String { path.map { "\(text) \($0)" } ?? text }
}
