import Foundation
import NewsroomCore

/// Every KPI for one window, read from counters, tallies and bounded queries (never a replay, never
/// every comment): what `newsroom kpi` prints and the console's KPI pane shows.
public struct KPIReport: Equatable, Sendable {
    public let window: KPIWindow
    public let at: Date
    public let engagement: EngagementScore
    public let funnel: SocialFunnel
    public let earnedMedia: EarnedMediaValue
    public let buzz: ShareOfBuzz
    public let footprint: TopicFootprint
    public let moderation: ModerationFigures
    public let activity: AmbassadorActivity
    public let quiet: [QuietAmbassador]
    public let reach: AmbassadorReach
    public let streaks: [AmbassadorID: Int]
    public let campaigns: [CampaignProgress]
    /// The crisis level at `at` (not a window figure: the storm now).
    public let crisis: CrisisReport

    public static func load(from store: some NewsroomReadSource, window: KPIWindow, at now: Date) throws -> KPIReport {
        let config = store.config
        let ambassadors = try store.ambassadors()
        return KPIReport(
            window: window, at: now,
            engagement: try EngagementScore.program(store, window: window, settings: config.engagement),
            funnel: try SocialFunnel.compute(store, window: window),
            earnedMedia: try EarnedMediaValue.compute(store, window: window, config: config),
            buzz: try ShareOfBuzz.compute(store, window: window, peers: config.peers, topics: config.topics),
            footprint: try TopicFootprint.compute(store, window: window),
            moderation: try ModerationFigures.load(from: store, window: window, at: now, mostOverdue: 50),
            activity: AmbassadorActivity.compute(ambassadors, at: now),
            quiet: QuietAmbassador.list(ambassadors, at: now, settings: config.ambassadors),
            reach: try AmbassadorReach.compute(store, ambassadors: ambassadors, window: window, at: now),
            streaks: WeeklyStreaks.compute(ambassadors, at: now, calendar: config.calendar),
            campaigns: try config.campaigns.map { try CampaignProgress.compute($0, store, calendar: config.calendar, stories: store.stories) },
            crisis: try CrisisReport.load(from: store, at: now))
    }

    public var backlog: ModerationBacklog { moderation.backlog }
    public var firstResponse: FirstResponseTime { moderation.firstResponse }
    public var slaBreaches: SLABreachSummary { moderation.slaBreaches }
    public var hides: HidesByReason { moderation.hides }

    /// The window a command line asked for, with a message that lists what is accepted.
    public static func window(_ text: String, store: some NewsroomReadSource, now: Date) throws -> KPIWindow {
        do {
            return try KPIWindow.parse(text, now: now, calendar: store.config.calendar, campaigns: store.config.campaigns)
        } catch {
            throw KPIWindowRequestError(message: error.description)
        }
    }
}

/// A `--window` that cannot be used.
public struct KPIWindowRequestError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
