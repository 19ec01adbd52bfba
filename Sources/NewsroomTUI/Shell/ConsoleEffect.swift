import Foundation
import NewsroomCore
import NewsroomReadModel

/// Work `update` asks the edge to do: it never writes, reads or prints itself. The edge answers
/// each effect with an `EffectResult` that goes back into `update`.
public enum ConsoleEffect: Hashable, Sendable {
    /// Append events, checked against the version of the item they were decided on.
    case record(Recording)
    /// Read the snapshot again: what new events touched, or everything (another day).
    case reload(everything: Bool)
    /// Write the day's briefing as Markdown to `exports/`.
    case exportBriefing(LocalDate)
    case setTheme(String, save: Bool)
    /// Put text on the clipboard (OSC 52); `label` says what it was.
    case copy(String, label: String)
    /// Hand a text to `$EDITOR` and bring back what the user saved.
    case edit(EditRequest)
    /// Remove a file the console wrote for the editor, once its content is recorded.
    case discardFile(String)
    /// Read the KPI board for a window (the counter excerpt brought up to date first).
    case loadBoard(KPIWindowChoice)
    /// Read what a gauge is made of in the window (top stories, ambassadors, topics).
    case loadDrillDown(KPIGauge.Kind, KPIWindowChoice)
    /// Read one comment's thread, its author's other comments and its audit trail.
    case loadThread(CommentID)
    /// Read the rows of ranked queue items past those shown (their authors and texts), as they
    /// are now for the request.
    case readQueueRows([CommentID], QueueRequest)
    case redrawAll
    case quit
}

/// Events to append, the version they were decided on, and what they were for, so that the
/// result can go back to the pane that asked.
public struct Recording: Hashable, Sendable {
    /// Tells two equal decisions apart (two `s` in a row while the store is busy are two recordings).
    public let id = UUID()
    public var payloads: [EventPayload]
    public var expecting: ExpectedVersion?
    /// The message on success.
    public var done: String
    public var purpose: RecordingPurpose
    /// Whether the edge reads the snapshot again after it: a bulk decision reloads once, after its last item.
    public var reloads = true

    public init(_ payloads: [EventPayload], expecting: ExpectedVersion?, done: String, purpose: RecordingPurpose, reloads: Bool = true) {
        self.payloads = payloads
        self.expecting = expecting
        self.done = done
        self.purpose = purpose
        self.reloads = reloads
    }
}

/// Which pane a recording belongs to, and what it does with the result.
public enum RecordingPurpose: Hashable, Sendable {
    case briefing(BriefingRecording)
    case moderation(ModerationRecording)
    /// The crisis level set or cleared by hand.
    case crisis
}

/// A text for `$EDITOR`: the edge writes it to a private file, runs the editor, reads it back.
public struct EditRequest: Hashable, Sendable {
    public var text: String
    /// A few letters for the file's name, so the user can tell their files apart.
    public var name: String
    public var purpose: EditPurpose

    public init(text: String, name: String, purpose: EditPurpose) {
        self.text = text
        self.name = name
        self.purpose = purpose
    }
}

/// What an edit is for.
public enum EditPurpose: Hashable, Sendable {
    /// The story as it was seen (content and version), so the diff and the conflict check are pure.
    case story(StoryID, version: Int64, content: StoryContent)
    /// A reply to a comment as it was seen, with the template it started from.
    case reply(CommentID, version: Int64, template: TemplateID?, language: String)
    /// A reply template as it was when the edit began (nil: a new one).
    case template(TemplateID, original: ReplyTemplate?)
    case snippet(SnippetID, original: FactSnippet?)
}
