import Foundation
import NewsroomCore

/// The SLA breaches at a moment as the console's top bar and `newsroom kpi` report them: how many,
/// and the most overdue few, read with a count and a bounded query, so a million comments cost
/// what ten do.
public struct SLABreachSummary: Equatable, Sendable {
    public let count: Int
    /// At most the number asked for, most overdue first.
    public let mostOverdue: [SLABreach]

    public init(count: Int, mostOverdue: [SLABreach]) {
        self.count = count
        self.mostOverdue = mostOverdue
    }

    public static func load(from source: some NewsroomReadSource, at moment: Date, settings: ModerationSettings,
                            calendar: NewsroomCalendar, mostOverdue limit: Int = 0) throws -> SLABreachSummary {
        let cutoffs = SLACutoffs(at: moment, settings: settings, calendar: calendar)
        let items = limit > 0 ? try source.mostOverdue(cutoffs, limit: limit) : []
        return SLABreachSummary(count: try source.slaBreachCount(cutoffs),
                                mostOverdue: Array(SLABreach.breaches(in: items, at: moment, settings: settings, calendar: calendar).prefix(limit)))
    }
}
