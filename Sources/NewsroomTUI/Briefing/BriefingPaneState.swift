import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore

/// The briefing pane's own state: the day, the selected story (by id, so live updates never move
/// it), the filter, the detail, and the decisions `u` can take back.
public struct BriefingPaneState: Sendable {
    public var date: LocalDate
    public var selection: StoryID?
    public var filter = ""
    public var detailOpen = false
    /// Which post text of the selected story `y` copies next.
    public var postIndex = 0
    /// What this console recorded that `u` can take back, newest last.
    public var undoStack: [BriefingUndo] = []

    public init(date: LocalDate) {
        self.date = date
    }

    /// The agenda rows the filter lets through, in agenda order.
    public func visibleRows(in snapshot: ConsoleSnapshot) -> [BriefingRow] {
        let needle = filter.lowercased()
        guard !needle.isEmpty else { return snapshot.briefing.rows }
        return snapshot.briefing.rows.filter { row in
            row.story.content.headline.lowercased().contains(needle) || row.story.content.topics.contains { $0.lowercased().contains(needle) }
        }
    }

    public func selectedIndex(in snapshot: ConsoleSnapshot) -> Int? {
        guard let selection else { return nil }
        return visibleRows(in: snapshot).firstIndex { $0.story.id == selection }
    }

    public func selectedRow(in snapshot: ConsoleSnapshot) -> BriefingRow? {
        guard let selection else { return nil }
        return visibleRows(in: snapshot).first { $0.story.id == selection }
    }

    /// Keeps a selection that still exists; otherwise the nearest row.
    public mutating func repairSelection(in snapshot: ConsoleSnapshot, near index: Int? = nil) {
        let rows = visibleRows(in: snapshot)
        if let selection, rows.contains(where: { $0.story.id == selection }) { return }
        guard !rows.isEmpty else { selection = nil; return }
        selection = rows[min(max(index ?? 0, 0), rows.count - 1)].story.id
    }
}

/// Something recorded in this console that `u` takes back with a compensating event.
public enum BriefingUndo: Hashable, Sendable {
    /// A decision, with the one before it and the entry's version right after it.
    case decision(date: LocalDate, story: StoryID, previous: DecisionRecord?, eventID: UUID, version: Int64)
    /// A topic held for the day.
    case topicHold(date: LocalDate, topic: String, version: Int64)
    /// Teams set with `t`, with the restriction before.
    case restriction(story: StoryID, previous: StoryRestriction, version: Int64)

    var date: LocalDate? {
        switch self {
        case .decision(let date, _, _, _, _), .topicHold(let date, _, _): return date
        case .restriction: return nil
        }
    }
}

/// The briefing's own prompts.
public enum BriefingPrompt: Hashable, Sendable {
    /// The reason for a hold, decided on the story's entry as it was seen.
    case holdReason(StoryID, version: Int64)
    case embargoTime(StoryID, version: Int64)
    case teams(StoryID, version: Int64)
    case newStory(NewStoryDraft)
}

/// The briefing's own questions.
public enum BriefingQuestion: Hashable, Sendable {
    /// "Hold the whole topic for today?" after a hold, next to that story.
    case holdTopic(topic: String, reason: String, story: StoryID)
}

/// What a briefing recording was, so its result goes to the right place.
public enum BriefingRecording: Hashable, Sendable {
    case decision(story: StoryID, date: LocalDate, decision: BriefingDecision, previous: DecisionRecord?)
    case topicHold(topic: String, date: LocalDate)
    case topicRelease(topic: String, date: LocalDate)
    case restriction(story: StoryID, previous: StoryRestriction)
    case reorder
    case newStory(StoryID)
    case undo(BriefingUndo)
    case storyEdit(file: String)
}

/// The short form of `n`: headline, link, topics, language, one prompt each.
public struct NewStoryDraft: Hashable, Sendable {
    public enum Step: Int, Hashable, Sendable { case headline, link, topics, language }
    public var step: Step = .headline
    public var headline = ""
    public var link: String?
    public var topics: [String] = []

    public init() {}
}
