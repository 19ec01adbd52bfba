import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import TerminalKit

/// The four panes of the overview, in focus order (`1`–`4`).
public enum Pane: Int, CaseIterable, Sendable {
    case briefing, moderation, kpis, ambassadors

    public var title: String {
        switch self {
        case .briefing: return "Briefing"
        case .moderation: return "Moderation"
        case .kpis: return "KPIs"
        case .ambassadors: return "Ambassadors"
        }
    }
}

/// What a one-line prompt at the bottom is asking for.
public enum PromptPurpose: Hashable, Sendable {
    case command
    case filter
    case holdReason(StoryID)
    case embargoTime(StoryID)
    case teams(StoryID)
    case newStory(NewStoryDraft)
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

/// What covers the panes, if anything. While a prompt or overlay is open it receives every key.
public enum Overlay: Hashable, Sendable {
    case none
    case help
    case prompt(PromptPurpose, PromptEditor)
    /// "Hold the whole topic for today?" after a hold with a reason.
    case confirmTopicHold(topic: String, reason: String)
}

/// A line in the bottom bar: what just happened, or what went wrong.
public struct ConsoleMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// The console's whole state: a value, changed only by `ConsoleUpdate`.
public struct ConsoleState: Sendable {
    public var focus: Pane = .briefing
    public var zoomed = false
    public var overlay: Overlay = .none
    public var date: LocalDate
    /// The selected story, by id, so live updates never move the selection.
    public var selection: StoryID?
    public var filter = ""
    public var detailOpen = false
    public var message: ConsoleMessage?
    public var snapshot: ConsoleSnapshot
    public var now: Date
    public var actor: String
    public var calendar: NewsroomCalendar
    public var themeName: String
    /// Decisions this console made, newest last, for `u`.
    public var undoStack: [UndoEntry] = []
    public var commandHistory: [String] = []
    /// Which post text of the selected story `y` copies next.
    public var postIndex = 0
    /// Theme names for completing `:theme`.
    public var themeNames: [String] = []

    public init(snapshot: ConsoleSnapshot, date: LocalDate, now: Date, actor: String, calendar: NewsroomCalendar, themeName: String) {
        self.snapshot = snapshot
        self.date = date
        self.now = now
        self.actor = actor
        self.calendar = calendar
        self.themeName = themeName
        selection = snapshot.briefing.rows.first?.story.id
    }

    /// The agenda rows the filter lets through, in agenda order.
    public var visibleRows: [BriefingRow] {
        let needle = filter.lowercased()
        guard !needle.isEmpty else { return snapshot.briefing.rows }
        return snapshot.briefing.rows.filter { row in
            row.story.content.headline.lowercased().contains(needle) || row.story.content.topics.contains { $0.lowercased().contains(needle) }
        }
    }

    public var selectedIndex: Int? {
        guard let selection else { return nil }
        return visibleRows.firstIndex { $0.story.id == selection }
    }

    public var selectedRow: BriefingRow? { selectedIndex.map { visibleRows[$0] } }

    /// Keeps a selection that still exists; otherwise the nearest row.
    public mutating func repairSelection(near index: Int? = nil) {
        let rows = visibleRows
        if let selection, rows.contains(where: { $0.story.id == selection }) { return }
        guard !rows.isEmpty else { selection = nil; return }
        selection = rows[min(max(index ?? 0, 0), rows.count - 1)].story.id
    }
}

/// A decision made here that `u` can take back.
public struct UndoEntry: Hashable, Sendable {
    public let date: LocalDate
    public let story: StoryID
    public let eventID: UUID
}
