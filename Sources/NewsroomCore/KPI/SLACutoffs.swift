import Foundation

/// The SLA at a moment as one posting-time cutoff per category: a comment waiting for its first
/// response breaches exactly when it was posted before its category's cutoff. Breaching is
/// monotonic in the posting time, so a store can count breaches with an index range instead of
/// reading comments.
public struct SLACutoffs: Hashable, Sendable {
    public let moment: Date
    /// For every category and for unclassified comments (`nil`): breached when posted before this.
    public let before: [CommentCategory?: Date]

    /// `moment − sla(category)` in wall-clock time, or in working time for the categories of
    /// `slaBusinessHours` (a comment posted on Friday evening starts waiting on Monday morning).
    public init(at moment: Date, settings: ModerationSettings, calendar: NewsroomCalendar) {
        self.moment = moment
        let working = BusinessTime(hours: settings.businessHours, holidays: settings.holidays, calendar: calendar)
        var before: [CommentCategory?: Date] = [:]
        for category in [nil] + CommentCategory.allCases.map(Optional.some) {
            let seconds = Double(settings.sla(for: category)) * 60
            before[category] = settings.slaCountsBusinessHours(category)
                ? working.cutoff(seconds: seconds, before: moment) : moment.addingTimeInterval(-seconds)
        }
        self.before = before
    }

    /// The cutoff for a category (`nil`: unclassified), in the order a store asks for them.
    public var categories: [(category: CommentCategory?, postedBefore: Date)] {
        ([nil] + CommentCategory.allCases.map(Optional.some)).map { ($0, cutoff(for: $0)) }
    }

    public func cutoff(for category: CommentCategory?) -> Date {
        before[category] ?? moment
    }

    /// Whether a comment waits for a first response: open, visible (a hide is an action of its
    /// own) and without a reply. Only these can breach.
    public static func awaitsFirstResponse(_ comment: Comment) -> Bool {
        comment.state.isOpen && !comment.visibility.isHidden && comment.firstResponseAt == nil
    }

    /// Whether a comment breaches its SLA at `moment`.
    public func isBreached(_ comment: Comment) -> Bool {
        Self.awaitsFirstResponse(comment) && comment.postedAt < cutoff(for: comment.category)
    }
}
