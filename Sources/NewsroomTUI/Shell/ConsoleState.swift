import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import TerminalKit

/// The four panes of the overview, in focus order (`1`–`4`); each is a room of its own with its
/// folder, state, actions, key context, update and view.
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

    /// The pane's key context (`briefing.share` in settings.yaml).
    public var keyContext: String {
        switch self {
        case .briefing: return "briefing"
        case .moderation: return "moderation"
        case .kpis: return "kpis"
        case .ambassadors: return "ambassadors"
        }
    }
}

/// The console's whole state: the shell's (focus, zoom, overlay, messages) and each pane's own.
/// A value, changed only by `ConsoleUpdate`.
public struct ConsoleState: Sendable {
    public var focus: Pane = .briefing
    public var zoomed = false
    /// Wall mode: the KPI pane large and alone (`W`).
    public var wall = false
    public var overlay: Overlay = .none
    /// The message in the bottom bar, if any; every message also goes to `messageLog`.
    public private(set) var message: ConsoleMessage?
    /// Recent messages, newest last, for the full view (`M`).
    public private(set) var messageLog: [ConsoleMessage] = []
    public var snapshot: ConsoleSnapshot
    public var now: Date
    public var actor: String
    public var calendar: NewsroomCalendar
    public var themeName: String
    /// Theme names for completing `:theme`.
    public var themeNames: [String] = []
    public var commandHistory: [String] = []
    /// Recordings the store could not take yet (another writer holds it), oldest first: kept, never
    /// dropped, and tried again on every tick.
    public var waiting: [Recording] = []
    /// Since when the oldest of them waits.
    public var waitingSince: Date?
    /// `q` while something waits asks once more.
    public var quitAsked = false

    public var briefing: BriefingPaneState
    public var moderation = ModerationPaneState()
    public var kpis = KPIPaneState()
    public var ambassadors = AmbassadorPaneState()

    /// The most messages `M` keeps.
    public static let messageLogLimit = 50

    public init(snapshot: ConsoleSnapshot, date: LocalDate, now: Date, actor: String, calendar: NewsroomCalendar, themeName: String) {
        self.snapshot = snapshot
        self.now = now
        self.actor = actor
        self.calendar = calendar
        self.themeName = themeName
        briefing = BriefingPaneState(date: date)
        briefing.repairSelection(in: snapshot)
        moderation.merge(snapshot.moderation.queue)
        moderation.shownRequest = snapshot.moderation.request
        moderation.unread = snapshot.moderation.pending
    }

    /// Says something in the bottom bar (and keeps it for `M`).
    public mutating func say(_ text: String, isError: Bool = false, path: String? = nil) {
        let message = ConsoleMessage(text, isError: isError, path: path)
        self.message = message
        messageLog = Array((messageLog + [message]).suffix(Self.messageLogLimit))
    }

    public mutating func clearMessage() { message = nil }

    /// The key contexts in force, innermost first: the overlay's alone, or the focused pane's,
    /// then movement, then global.
    public var keyChain: [String] {
        switch overlay {
        case .none: return [focus.keyContext, ConsoleKeys.movement, ConsoleKeys.global]
        case .help: return [ConsoleKeys.help]
        case .messages: return [ConsoleKeys.messages]
        case .confirm: return [ConsoleKeys.confirm]
        case .prompt: return [ConsoleKeys.prompt]
        case .menu: return [ConsoleKeys.menu]
        }
    }
}
