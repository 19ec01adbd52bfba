import TerminalKit

/// What the briefing pane's keys do.
public enum BriefingAction: String, Hashable, Sendable, CaseIterable {
    case share, hold, embargo, pending, undo, moveStoryDown, moveStoryUp, previousDate, nextDate
    case copyPostText, teams, newStory, editStory, reasonForAmbassadors
}

/// The briefing pane's key context (DESIGN, "Keys").
public enum BriefingKeys {
    static func key(_ keys: [Key], _ action: BriefingAction, _ text: String, bar: Bool = false) -> KeyBinding<ConsoleAction> {
        KeyBinding(keys, .briefing(action), text, group: "Briefing", showsInBar: bar)
    }

    public static let context = KeyContext<ConsoleAction>(Pane.briefing.keyContext, title: "Briefing", [
        key([.character("s")], .share, "share", bar: true),
        key([.character("h")], .hold, "hold", bar: true),
        key([.character("e")], .embargo, "embargo", bar: true),
        key([.character("p")], .pending, "pending"),
        key([.character("u")], .undo, "undo", bar: true),
        key([.character("J")], .moveStoryDown, "move story down"),
        key([.character("K")], .moveStoryUp, "move story up"),
        key([.character("[")], .previousDate, "previous day"),
        key([.character("]")], .nextDate, "next day"),
        key([.character("y")], .copyPostText, "copy post text"),
        key([.character("t")], .teams, "teams that may share"),
        key([.character("n")], .newStory, "new story"),
        key([.character("E")], .editStory, "edit in $EDITOR"),
        key([.character("A")], .reasonForAmbassadors, "hold reason: tell the ambassadors, or keep it internal"),
    ])
}
