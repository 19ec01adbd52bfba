import Foundation
import NewsroomCore

/// A hashtag's use by the ambassadors (shares posted with it, who took it up) and in the counted
/// mentions, against the period before; `isNew` marks one that grows among ambassadors without
/// a campaign behind it, so the newsroom sees a `#werkstolz` early (docs/kpi.md, "Hashtags").
public struct HashtagTrend: Equatable, Sendable {
    public let tag: String
    /// The campaign whose hashtag it is; nil for one the employees started.
    public let campaign: String?
    public let shares: Int64
    public let previousShares: Int64
    /// Ambassadors who first posted it in the window.
    public let adopters: Int64
    /// Our counted mentions of `#tag` in the window.
    public let mentions: Int64
    /// Shares with it per day over the last 30 days.
    public let lastMonth: [Double]
    public let isNew: Bool

    /// At least this many ambassadors took it up in the last 7 days, more than in the 7 before.
    public static let newAfterAdopters: Int64 = 3
    /// And nobody posted it before this many days ago: a tag in use for months is not new.
    public static let newWithinDays = 30

    /// Every hashtag used in the window or the one before, most used first.
    static func load(_ counts: some CounterSource, excerpt: CounterExcerpt, window: KPIWindow, previous: KPIWindow,
                     campaigns: [Campaign], at now: Date, calendar: NewsroomCalendar) throws -> [HashtagTrend] {
        func byTag(_ metric: Metric, _ w: KPIWindow, _ source: some CounterSource) throws -> [String: Int64] {
            var out: [String: Int64] = [:]
            for (scope, n) in try source.sums(of: metric, over: w.buckets) { if let tag = scope.hashtag { out[tag] = n } }
            return out
        }
        let shares = try byTag(.hashtagShares, window, counts)
        let before = try byTag(.hashtagShares, previous, counts)
        let adopters = try byTag(.hashtagAdopters, window, counts)
        var mentions: [String: Int64] = [:]
        for (scope, n) in try counts.sums(of: .mentions, over: window.buckets) {
            guard let m = scope.mentionSourceAndTopic, m.source == MentionCount.ours, m.topic.hasPrefix("#") else { continue }
            mentions[String(m.topic.dropFirst()).lowercased(), default: 0] += n
        }
        let week = KPIWindow.last7Days(now: now, calendar: calendar)
        let recent = try byTag(.hashtagAdopters, week, excerpt)
        let earlier = try byTag(.hashtagAdopters, week.previous(calendar: calendar), excerpt)
        let recentStart = Bucket(containing: calendar.startOfDay(calendar.localDate(of: now).adding(days: -(newWithinDays - 1)))).index
        let older = try byTag(.hashtagShares, KPIWindow(name: "older", interval: DateInterval(
            start: Bucket(index: excerpt.buckets.lowerBound).start, end: Bucket(index: max(excerpt.buckets.lowerBound, recentStart)).start)), excerpt)
        let owners = Dictionary(campaigns.flatMap { c in c.hashtags.map { ($0.lowercased(), c.name) } }, uniquingKeysWith: { a, _ in a })
        let days = KPIWindow.days(endingAt: now, calendar: calendar)
        return Set(shares.keys).union(before.keys).union(mentions.keys).map { tag in
            let campaign = owners[tag]
            let taken = recent[tag] ?? 0
            return HashtagTrend(tag: tag, campaign: campaign, shares: shares[tag] ?? 0, previousShares: before[tag] ?? 0,
                                adopters: adopters[tag] ?? 0, mentions: mentions[tag] ?? 0,
                                lastMonth: days.map { Double(excerpt.sum(CounterKey(.hashtagShares, .hashtag(tag)), over: $0.buckets)) },
                                isNew: campaign == nil && taken >= newAfterAdopters && taken > (earlier[tag] ?? 0) && older[tag] == nil)
        }.sorted { ($0.shares, $0.mentions, $1.tag) > ($1.shares, $1.mentions, $0.tag) }
    }
}
