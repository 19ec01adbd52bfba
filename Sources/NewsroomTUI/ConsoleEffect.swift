import NewsroomCore

/// Work `update` asks the edge to do: it never writes, reads or prints itself.
public enum ConsoleEffect: Hashable, Sendable {
    /// Append events; `done` is the message on success; `undoable` marks a decision `u` may take back.
    case record([EventPayload], done: String, undoable: StoryID?)
    /// Take back a decision this console made (the edge reads the briefing's history first).
    case undo(UndoEntry)
    /// Read the snapshot again (another day, or after a change).
    case reload
    /// Write today's briefing as Markdown to `exports/`.
    case exportBriefing
    case setTheme(String, save: Bool)
    /// Put text on the clipboard (OSC 52); `label` says what it was.
    case copy(String, label: String)
    /// Open the story in `$EDITOR`, read it back, record what changed.
    case editStory(StoryID)
    case redrawAll
    case quit
}
