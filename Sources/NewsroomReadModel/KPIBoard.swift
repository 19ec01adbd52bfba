import Foundation
import NewsroomCore

/// Everything the KPI pane and the wall show for one window: the gauges (the running campaign's
/// goal first), the campaigns, the hashtags, the topic footprint and the moderation figures.
/// Read from counters (one excerpt of the last 60 days kept by the console and refreshed at its
/// newest end), tallies and bounded queries: never a replay, never every comment.
public struct KPIBoard: Equatable, Sendable {
    public let window: KPIWindow
    public let previousWindow: KPIWindow
    public let at: Date
    /// The gauges in the order shown: the lead campaign's goal and the figure it names first.
    public let gauges: [KPIGauge]
    public let campaigns: [CampaignProgress]
    public let hashtags: [HashtagTrend]
    public let footprint: TopicFootprint
    public let buzz: ShareOfBuzz
    public let moderation: ModerationFigures

    public func gauge(_ kind: KPIGauge.Kind) -> KPIGauge? { gauges.first { $0.kind == kind } }

    /// How many days the console's excerpt holds: the 30-day window, its previous period and the sparklines.
    public static let excerptDays = 60

    /// The counters the board reads from its excerpt: the program's figures, per network (media
    /// value), per mention topic, per hashtag, per histogram bin and hide reason, and shares per
    /// ambassador (who was active on which day).
    public static let excerptSelection: [Metric: [ScopeSelection]] = {
        var s: [Metric: [ScopeSelection]] = [:]
        for (metric, _) in ShareMetrics.zero.figures { s[metric] = [.program] }
        for metric in [Metric.impressions, .clicks, .reactions] { s[metric] = [.program, .kind("net:")] }
        s[.sharesPosted] = [.program, .kind("amb:")]
        s[.commentsReceived] = [.program]
        s[.firstResponses] = [.program]
        s[.firstResponseMinutes] = [.kind("bin:")]
        s[.resolutionMinutes] = [.kind("bin:")]
        s[.commentsHidden] = [.kind("reason:")]
        s[.mentions] = [.kind("src:")]
        s[.mentionEngagement] = [.kind("src:")]
        s[.hashtagShares] = [.kind("tag:")]
        s[.hashtagAdopters] = [.kind("tag:")]
        return s
    }()

    /// The buckets of the excerpt at a moment: from midnight 59 days before today to the bucket after now.
    public static func excerptBuckets(at now: Date, calendar: NewsroomCalendar) -> Range<Int64> {
        let start = calendar.startOfDay(calendar.localDate(of: now).adding(days: -(excerptDays - 1)))
        return Bucket(containing: start).index..<(Bucket(containing: now).index + 1)
    }

    /// Reads the excerpt the board is computed from.
    public static func readExcerpt(from store: some CounterSource, at now: Date, calendar: NewsroomCalendar) throws -> CounterExcerpt {
        try CounterExcerpt.read(excerptSelection, over: excerptBuckets(at: now, calendar: calendar), from: store)
    }

    /// Brings an excerpt up to `now` after new events: the buckets from midnight yesterday on are
    /// read again (where live events land); a new day, or events older than that, read it anew.
    public static func refreshed(_ excerpt: CounterExcerpt, from store: some CounterSource, at now: Date,
                                 calendar: NewsroomCalendar, oldestTouched: Date? = nil) throws -> CounterExcerpt {
        let wanted = excerptBuckets(at: now, calendar: calendar)
        let yesterday = Bucket(containing: calendar.startOfDay(calendar.localDate(of: now).adding(days: -1))).index
        guard excerpt.buckets.lowerBound == wanted.lowerBound, excerpt.selection == excerptSelection,
              (oldestTouched.map { Bucket(containing: $0).index } ?? yesterday) >= yesterday else {
            return try readExcerpt(from: store, at: now, calendar: calendar)
        }
        var out = excerpt
        try out.refresh(from: yesterday, to: wanted.upperBound, source: store)
        return out
    }

    /// The earliest moment whose counters these events changed (a comment's or share's posting
    /// time, a mention count's day, else the event's time): where an excerpt must be read again from.
    public static func oldestTouched(by events: [StoredEvent], calendar: NewsroomCalendar) -> Date? {
        events.map { stored -> Date in
            switch stored.event.payload {
            case .sharePosted(let b): return min(b.postedAt, stored.event.time)
            case .commentReceived(let b): return min(b.postedAt, stored.event.time)
            case .mentionCounted(let b): return min(calendar.startOfDay(b.count.date), stored.event.time)
            default: return stored.event.time
            }
        }.min()
    }

    /// The board for a window. Sums inside the excerpt come from it; a window reaching further
    /// back (a long campaign) is summed in the store.
    public static func load(from store: some NewsroomReadSource, window: KPIWindow, at now: Date,
                            excerpt: CounterExcerpt) throws -> KPIBoard {
        let previous = window.previous(calendar: store.config.calendar)
        let inside = excerpt.buckets.lowerBound <= min(previous.buckets.lowerBound, window.buckets.lowerBound)
        return inside
            ? try make(store, counts: excerpt, excerpt: excerpt, window: window, previous: previous, at: now)
            : try make(store, counts: store, excerpt: excerpt, window: window, previous: previous, at: now)
    }

    private static func make(_ store: some NewsroomReadSource, counts: some CounterSource, excerpt: CounterExcerpt,
                             window: KPIWindow, previous: KPIWindow, at now: Date) throws -> KPIBoard {
        let config = store.config
        let calendar = config.calendar
        let moderation = try ModerationFigures.load(from: store, window: window, at: now)
        let campaigns = try config.campaigns.map { try CampaignProgress.compute($0, store, calendar: calendar, stories: store.stories) }
        let lead = window.name.hasPrefix("campaign:")
            ? config.campaigns.first { "campaign:\($0.name)" == window.name }
            : KPIWindow.currentCampaign(config.campaigns, now: now, calendar: calendar)
        let buzz = try ShareOfBuzz.compute(counts, window: window, peers: config.peers, topics: config.topics)
        let footprint = try TopicFootprint.compute(counts, window: window)
        let gauges = try KPIBoardGauges(store: store, counts: counts, excerpt: excerpt, window: window, previous: previous, at: now,
                                        config: config, moderation: moderation, buzz: buzz)
            .all(lead: lead.flatMap { c in campaigns.first { $0.campaign == c.name } }, ambassadors: try store.ambassadors())
        return KPIBoard(window: window, previousWindow: previous, at: now, gauges: gauges, campaigns: campaigns,
                        hashtags: try HashtagTrend.load(counts, excerpt: excerpt, window: window, previous: previous,
                                                        campaigns: config.campaigns, at: now, calendar: calendar),
                        footprint: footprint, buzz: buzz, moderation: moderation)
    }
}
