import NewsroomCore
import TerminalKit

/// What the moderation pane's keys do: one key per decision, no confirm dialogs (`u` undoes).
public enum ModerationAction: String, Hashable, Sendable, CaseIterable {
    case classify, assign, takeOver, reply, hide, unhide, escalate, wait, noAction, resolve, undo
    case explainNoDelete, toggleMark, markSimilar, nextView, filter, resort, closeThread
}

/// The moderation pane's key context (remappable as `moderation.hide: [x]` in settings.yaml).
public enum ModerationKeys {
    static func bind(_ key: Character, _ action: ModerationAction, _ text: String, _ group: String, bar: Bool = false) -> KeyBinding<ConsoleAction> {
        KeyBinding([.character(key)], .moderation(action), text, group: group, showsInBar: bar)
    }

    public static let context = KeyContext<ConsoleAction>(Pane.moderation.keyContext, title: "Moderation", [
        bind("c", .classify, "classify (menu)", "Triage", bar: true),
        bind("a", .assign, "assign to someone", "Triage"),
        bind("T", .takeOver, "take over someone's claim", "Triage"),
        bind("r", .reply, "reply (template, then edit)", "Respond", bar: true),
        bind("x", .hide, "hide: unlawful only, with reason and note", "Decide", bar: true),
        bind("X", .unhide, "unhide", "Decide"),
        bind("e", .escalate, "escalate to legal, HR or an expert", "Decide", bar: true),
        bind("w", .wait, "waiting", "Decide"),
        bind("n", .noAction, "no action", "Decide"),
        bind("R", .resolve, "resolve", "Decide"),
        bind("u", .undo, "undo my last decision", "Decide", bar: true),
        bind("d", .explainNoDelete, "why there is no delete", "Decide"),
        KeyBinding([.space], .moderation(.toggleMark), "mark / unmark", group: "Bulk"),
        bind("*", .markSimilar, "mark similar (same text or author)", "Bulk"),
        bind("v", .nextView, "view: open, mine, escalated, hidden, all", "Queue"),
        bind("F", .filter, "filter by state, category, network, assignee, priority", "Queue"),
        bind("=", .resort, "re-sort, with new items", "Queue"),
        KeyBinding([.backspace], .moderation(.closeThread), "back to the queue", group: "Queue"),
    ])
}
