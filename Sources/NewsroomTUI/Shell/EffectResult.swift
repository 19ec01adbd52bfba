import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore

/// What came of an effect, handed back to `update` as an event: the edge only does the I/O.
public enum EffectResult: Sendable {
    /// Appended; `lastSeq` is the last committed `seq` and `firstEventID` the first event's id.
    case recorded(Recording, lastSeq: Int64, firstEventID: UUID?)
    /// Refused: the item changed since it was seen. Nothing was written.
    case refused(Recording, VersionConflict)
    /// Not written, for the reason given (a rule, a read-only store, a full disk).
    case failed(Recording, String)
    /// Not written yet: another writer holds the store. Kept, and tried again on every tick.
    case waiting(Recording)
    case reloaded(ConsoleSnapshot)
    case readFailed(String)
    case exported(path: String)
    case themeApplied(String, savedTo: String?)
    case copied(label: String, note: String)
    case edited(EditRequest, EditOutcome)
    /// The KPI board for a window (nil: the window does not exist, e.g. no campaign).
    case boardLoaded(KPIWindowChoice, KPIBoard?)
    /// A gauge's top stories, ambassadors and topics (nil: it is not made of share figures).
    case drillDownLoaded(KPIDrillDown?)
    case threadLoaded(CommentThread)
    /// The rows asked for (`asked`), less those that left the request meanwhile.
    case queueRowsRead([QueueRow], asked: [CommentID])
    /// Something the edge could not do, said plainly.
    case problem(String)
}

/// How an editor session ended.
public enum EditOutcome: Hashable, Sendable {
    /// The editor exited normally; the text is what the file holds now, kept at `file`.
    case saved(text: String, file: String)
    /// The editor ended with a status other than 0; the text stays at `file`.
    case editorFailed(status: Int32, file: String)
    /// No editor could be started.
    case couldNotStart(String)
}
