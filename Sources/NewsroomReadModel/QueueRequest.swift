import Foundation
import NewsroomCore

/// What a moderator asked the queue for: a selection the store reads by index, narrowed after
/// ranking by a filter. The pane's views and `F` filters and `newsroom queue`'s options all end
/// here, so the console and the command line agree on what "mine" or "escalated" means.
public struct QueueRequest: Hashable, Sendable {
    public var selection: QueueSelection
    public var filter: QueueFilter

    public init(selection: QueueSelection = .open, filter: QueueFilter = QueueFilter()) {
        self.selection = selection
        self.filter = filter
    }

    /// The names a view or a state goes by, for help texts and errors.
    public static let viewNames = ["open", "mine", "escalated", "hidden", "all"]

    /// A view (`open`, `mine`, `escalated`, `hidden`, `all`) or a state by name, for `me`;
    /// nil for a name that is neither.
    public static func named(_ name: String, me: String, filter: QueueFilter = QueueFilter()) -> QueueRequest? {
        var filter = filter
        switch name.lowercased() {
        case "open": return QueueRequest(selection: .open, filter: filter)
        case "mine":
            filter.mine = me
            return QueueRequest(selection: .open, filter: filter)
        case "escalated": return QueueRequest(selection: .state(.escalated), filter: filter)
        case "hidden": return QueueRequest(selection: .hidden, filter: filter)
        case "all": return QueueRequest(selection: .all, filter: filter)
        case let other:
            return ModerationState(rawValue: other).map { QueueRequest(selection: .state($0), filter: filter) }
        }
    }

    /// Whether a comment with this priority belongs in the answer, as the store's selection and
    /// the filter would judge it now: how a follower decides about a comment that just changed.
    public func admits(_ comment: Comment, priority: CommentPriority, at moment: Date) -> Bool {
        selection.admits(comment) && filter.admits(comment, band: priority.band, at: moment)
    }
}

extension QueueSelection {
    /// Whether the comment is one the selection reads (the cap of `.all` and `.hidden` aside).
    public func admits(_ comment: Comment) -> Bool {
        switch self {
        case .open: return comment.state.isOpen
        case .state(let s): return comment.state == s
        case .hidden: return comment.visibility.isHidden
        case .all: return true
        }
    }
}
