/// A campaign's progress towards its goal: its goal metric, summed over the campaign's days and its own shares, against
/// its target (`campaigns:` in `newsroom.yaml`). Measure what the goal is (DOMAIN.md): for a
/// trade-fair ticket campaign that is visits from social, not impressions.
public struct CampaignProgress: Hashable, Sendable, Encodable {
    public let campaign: String
    public let window: KPIWindow
    /// The goal metric as configured.
    public let goalMetricName: String
    /// The metric it names; nil when the name is not a `Metric` (then nothing is counted).
    public let goalMetric: Metric?
    public let count: Int64
    public let target: Double

    /// `count / target` (may exceed 1); nil when the metric is unknown or the target is not positive.
    public var progress: Double? {
        guard goalMetric != nil, target > 0 else { return nil }
        return Double(count) / target
    }

    /// Sums the goal metric over the campaign's window and over the shares that are the
    /// campaign's (`CampaignAttribution`); `stories` finds the stories the shares name.
    public static func compute(_ campaign: Campaign, _ source: some CounterSource, calendar: NewsroomCalendar,
                               stories: ([StoryID]) throws -> [StoryID: Story]) throws -> CampaignProgress {
        let window = KPIWindow.campaign(campaign, calendar: calendar)
        let metric = Metric(rawValue: campaign.goalMetric)
        let attribution = CampaignAttribution(campaign)
        let count = try metric.map { try attribution.sum($0, over: window.buckets, source, stories: stories) } ?? 0
        return CampaignProgress(campaign: campaign.name, window: window, goalMetricName: campaign.goalMetric,
                                goalMetric: metric, count: count, target: campaign.target)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(campaign, forKey: "campaign")
        try c.encode(progress, forKey: "progress")
        try c.encode(goalMetricName, forKey: "goalMetric")
        try c.encode(count, forKey: "count")
        try c.encode(target, forKey: "target")
        try c.encode(window, forKey: "window")
        try c.encode("progress = Σ goalMetric of the campaign's shares (its stories, hashtags, links) over its days / target", forKey: "formula")
    }
}
