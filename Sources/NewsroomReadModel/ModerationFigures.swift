import Foundation
import NewsroomCore

/// The moderation metrics for one window, as `newsroom kpi` prints them and the KPI pane's
/// moderation block shows them: backlog, oldest new, time to first reply and to resolution,
/// SLA breaches, hides by reason, actions per moderator. Read from tallies, counters and two
/// indexed queries, so a million comments cost what ten do.
public struct ModerationFigures: Equatable, Sendable {
    public let window: KPIWindow
    public let backlog: ModerationBacklog
    public let oldestNew: OldestNewAge
    public let firstResponse: FirstResponseTime
    public let resolution: ResolutionTime
    public let slaBreaches: SLABreachSummary
    public let hides: HidesByReason
    public let moderators: ModeratorActivity

    /// `mostOverdue` breaches are listed beside their count (0: the count only).
    public static func load(from store: some NewsroomReadSource, window: KPIWindow, at now: Date, mostOverdue: Int = 0) throws -> ModerationFigures {
        let config = store.config
        return ModerationFigures(
            window: window,
            backlog: ModerationBacklog(tallies: try store.tallies()),
            oldestNew: OldestNewAge(postedAt: try store.oldestComment(in: .new)?.postedAt, at: now),
            firstResponse: try FirstResponseTime.compute(store, window: window),
            resolution: try ResolutionTime.compute(store, window: window),
            slaBreaches: try SLABreachSummary.load(from: store, at: now, settings: config.moderation, calendar: config.calendar,
                                                   mostOverdue: mostOverdue),
            hides: try HidesByReason.compute(store, window: window),
            moderators: try ModeratorActivity.compute(store, window: window, at: now))
    }
}
