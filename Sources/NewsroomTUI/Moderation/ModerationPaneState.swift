import Foundation
import NewsroomCore
import NewsroomReadModel

/// The moderation pane's own state. The rows keep the order they were ranked in until the user
/// re-sorts (`=`): new arrivals wait behind a counter, items others handled stay in place, dimmed,
/// so nothing moves under the cursor.
public struct ModerationPaneState: Sendable, Equatable {
    /// Comment ids in the order shown.
    public var order: [CommentID] = []
    /// The last known row of every id in `order`.
    public var rows: [CommentID: QueueRow] = [:]
    /// Rows that left the open queue since they were ranked (someone handled them): what is known.
    public var handled: [CommentID: String] = [:]
    /// Ranked items not yet in `order`: "n new", slotted in by `=`.
    public var arrived: [CommentID] = []
    public var selectedIndex = 0
    /// Marked rows: a decision applies to all of them, recorded per item.
    public var marks: Set<CommentID> = []
    public var view: QueueView = .open
    /// What `F` narrowed the view to: state, category, network, assignee, band.
    public var facets = QueueFilter()
    /// The request `order` was ranked for; a snapshot for another one replaces the rows.
    public var shownRequest: QueueRequest?
    /// Ranked ids past the rows read so far, read a screenful at a time as the cursor nears them.
    public var unread: [CommentID] = []
    /// Rows are being read for `unread`'s head.
    public var readingRows = false
    /// Words to find in the text, the author, the category or the id (`/`, as typed).
    public var filter = ""
    /// The selected item's thread, once loaded (Enter).
    public var thread: CommentThread?
    public var showsThread = false
    /// Decisions `u` can take back, newest last.
    public var undoStack: [ModerationUndo] = []
    /// `=` asked for a full ranking; the next snapshot is taken in that order.
    public var resortPending = false
    /// What this console did to an item, for the dimmed row once it left the queue.
    public var ownActions: [CommentID: String] = [:]
    /// When this console last tried to claim or renew a claim (renewals wait at least 30 s).
    public var lastClaimTry: Date?
    /// Template and snippet edits that were not saved (a broken text), by "template ID": the text
    /// and its file, so `:template ID` goes on from the user's edit instead of the stored one.
    public var keptEdits: [String: KeptEdit] = [:]

    /// New open P1 items outside the view and filters shown (their rows are in `rows`).
    public var urgentElsewhere: Set<CommentID> = []
    /// `!` asked for an item outside the view: selected and opened once the open queue comes.
    public var jumpPending: CommentID?

    /// The most urgent arrival in P1 not yet slotted in, in this view or another: the top bar
    /// raises it in every pane.
    public var newUrgent: CommentID? {
        (arrived.filter { rows[$0]?.priority.band == .p1 } + urgentElsewhere)
            .max { (rows[$0]?.priority.score ?? 0, $1.rawValue) < (rows[$1]?.priority.score ?? 0, $0.rawValue) }
    }

    public init() {}

    /// What the store is asked for: the view, narrowed by the `F` facets.
    func request(actor: String) -> QueueRequest {
        var filter = facets
        var request: QueueRequest
        switch view {
        case .open: request = QueueRequest(selection: .open, filter: filter)
        case .mine:
            filter.mine = actor
            request = QueueRequest(selection: .open, filter: filter)
        case .escalated: request = QueueRequest(selection: .state(.escalated), filter: filter)
        case .hidden: request = QueueRequest(selection: .hidden, filter: filter)
        case .all: request = QueueRequest(selection: .all, filter: filter)
        }
        // A state asked for replaces "open" or "all": the store reads it by index, handled or not.
        if filter.states.count == 1, let state = filter.states.first, request.selection == .open || request.selection == .all {
            request.selection = .state(state)
        }
        return request
    }

    /// The ids in view, in order: the rows of the request, narrowed by the words of `/`.
    func visible(actor: String, at moment: Date) -> [CommentID] {
        let words = filter.lowercased().split(separator: " ").map(String.init)
        guard !words.isEmpty else { return order }
        return order.filter { id in
            guard let row = rows[id] else { return false }
            let haystack = "\(row.text) \(row.author) \(row.comment.category?.label ?? "unclassified") \(id)".lowercased()
            return words.allSatisfy(haystack.contains)
        }
    }
}

/// The queue's views (`v` cycles them): everything open, mine (assigned to or claimed by me),
/// escalated, hidden, and all (handled ones too, newest first up to the queue's cap).
public enum QueueView: String, CaseIterable, Sendable, Hashable {
    case open, mine, escalated, hidden, all

    var next: QueueView { QueueView.allCases[(QueueView.allCases.firstIndex(of: self)! + 1) % QueueView.allCases.count] }
}

/// A decision `u` can take back: the comment as it was, and the event that changed it.
public struct ModerationUndo: Hashable, Sendable {
    public let before: Comment
    public let payload: EventPayload
    public let eventID: UUID
}
