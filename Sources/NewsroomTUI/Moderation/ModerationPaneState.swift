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

    /// The most urgent arrival in P1 not yet slotted in: the top bar raises it in every pane.
    public var newUrgent: CommentID? {
        arrived.filter { rows[$0]?.priority.band == .p1 }.max { (rows[$0]?.priority.score ?? 0) < (rows[$1]?.priority.score ?? 0) }
    }

    public init() {}

    /// The ids the view shows, in order.
    func visible(actor: String, at moment: Date) -> [CommentID] {
        let words = filter.lowercased().split(separator: " ").map(String.init)
        return order.filter { id in
            guard let row = rows[id] else { return false }
            if !words.isEmpty {
                let haystack = "\(row.text) \(row.author) \(row.comment.category?.label ?? "unclassified") \(id)".lowercased()
                guard words.allSatisfy(haystack.contains) else { return false }
            }
            switch view {
            case .open: return true
            case .mine:
                return row.comment.assignee == actor || (row.comment.claim.map { $0.holder == actor && $0.isHeld(at: moment) } ?? false)
            case .escalated: return row.comment.state == .escalated
            case .hidden: return row.comment.visibility.isHidden
            }
        }
    }
}

/// The queue's views (`v` cycles them): everything open, mine (assigned to or claimed by me),
/// escalated, hidden.
public enum QueueView: String, CaseIterable, Sendable, Hashable {
    case open, mine, escalated, hidden

    var next: QueueView { QueueView.allCases[(QueueView.allCases.firstIndex(of: self)! + 1) % QueueView.allCases.count] }
}

/// A decision `u` can take back: the comment as it was, and the event that changed it.
public struct ModerationUndo: Hashable, Sendable {
    public let before: Comment
    public let payload: EventPayload
    public let eventID: UUID
}
