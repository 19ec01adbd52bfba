/// Everything a key can ask the console to do. Keys map to actions through `ConsoleKeyMap`.
public enum ConsoleAction: String, Hashable, Sendable, CaseIterable {
    // Global
    case focusNext, focusPrevious, focusBriefing, focusModeration, focusKPIs, focusAmbassadors
    case toggleZoom, help, commandLine, filter, back, quit, redraw
    // Movement
    case moveDown, moveUp, moveTop, moveBottom, pageDown, pageUp, open
    // Briefing
    case share, hold, embargo, pending, undo, moveStoryDown, moveStoryUp, previousDate, nextDate
    case copyPostText, teams, newStory, editStory
}
