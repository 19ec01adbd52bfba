import Foundation
import NewsroomCore
import NewsroomStore

/// What the console shows, read from the store's projections in one go (a few queries, never a
/// replay): the briefing of the chosen day and compact summaries for the other panes.
public struct ConsoleSnapshot: Sendable {
    public var newsroom: String
    public var briefing: BriefingReport
    public var briefingVersion: Int64
    public var moderation: ModerationSummary
    public var engagement: EngagementScore?
    public var ambassadors: AmbassadorSummary
    public var lastSeq: Int64
    public var readOnly: Bool
    /// Post length limit per network name, from newsroom.yaml.
    public var postLimits: [String: Int]
    /// The teams of newsroom.yaml, for `t`.
    public var teams: [String]

    /// Reads everything the screen needs for `date` as of `now`.
    public static func load(from store: FolderStore, date: LocalDate, now: Date) throws -> ConsoleSnapshot {
        let config = store.config
        let calendar = config.calendar
        let briefing = try BriefingReport.load(from: store, date: date, at: now)
        let version = try store.briefing(on: date)?.version ?? 0
        let tallies = try store.tallies()
        let top = try store.comments(CommentQuery(.open, limit: 6))
        var topItems: [ModerationSummary.Item] = []
        for c in top {
            topItems.append(ModerationSummary.Item(comment: c, text: try store.text(of: c.id) ?? "[erased]"))
        }
        let open = try store.comments(CommentQuery(.open, limit: 100_000))
        let ambassadors = try store.ambassadors()
        let activity = AmbassadorActivity.compute(ambassadors, at: now)
        let quiet = QuietAmbassador.list(ambassadors, at: now, settings: config.ambassadors)
        let untrained = ambassadors.filter { !$0.hasLeft(at: now) && !$0.isTrained(at: now) }.count
        let window = KPIWindow.last7Days(now: now, calendar: calendar)
        return ConsoleSnapshot(
            newsroom: config.name, briefing: briefing, briefingVersion: version,
            moderation: ModerationSummary(backlog: ModerationBacklog(tallies: tallies), oldestOpen: try store.oldestOpenComment()?.postedAt,
                                          slaBreaches: SLABreach.breaches(in: open, at: now, settings: config.moderation).count,
                                          hidden: tallies[.hidden] ?? 0, top: topItems),
            engagement: try? EngagementScore.program(store, window: window, settings: config.engagement),
            ambassadors: AmbassadorSummary(activity: activity, quiet: quiet.count, untrained: untrained),
            lastSeq: try store.lastSeq(), readOnly: store.isReadOnly,
            postLimits: Dictionary(config.networks.map { ($0.name, $0.postLimit) }, uniquingKeysWith: { a, _ in a }),
            teams: config.teams)
    }

    /// Alerts for the top bar: embargoes lifting within 15 minutes, held topics, SLA breaches.
    public func alerts(at now: Date, calendar: NewsroomCalendar) -> [String] {
        var out: [String] = []
        for row in briefing.embargoed {
            if case .embargoed(let until) = row.status, until.timeIntervalSince(now) <= 15 * 60 {
                out.append("embargo lifts \(calendar.localTime(of: until))")
            }
        }
        if !briefing.topicHolds.isEmpty { out.append("held: " + briefing.topicHolds.map(\.topic).joined(separator: ", ")) }
        if moderation.slaBreaches > 0 { out.append("SLA breaches \(moderation.slaBreaches)") }
        return out
    }
}

/// The moderation pane's summary until that pane is built: open items by state, the oldest, the worst.
public struct ModerationSummary: Sendable {
    public struct Item: Sendable {
        public let comment: NewsroomCore.Comment
        public let text: String
    }

    public var backlog: ModerationBacklog
    public var oldestOpen: Date?
    public var slaBreaches: Int
    public var hidden: Int
    public var top: [Item]
}

/// The ambassador pane's summary: active of all, per team, and how many carry a flag.
public struct AmbassadorSummary: Sendable {
    public var activity: AmbassadorActivity
    public var quiet: Int
    public var untrained: Int
}
