/// Which shares belong to a campaign: those of a story it lists, those carrying one of its
/// hashtags, those linking to one of its links, and the shares of stories whose own texts carry
/// its hashtags or whose link is one of its links. Four campaigns running at once then each get
/// their own work, not the whole program's (docs/kpi.md, "Campaign progress").
public struct CampaignAttribution: Sendable {
    public let campaign: Campaign
    private let hashtags: Set<String>
    private let links: [String]
    private let listed: Set<StoryID>

    public init(_ campaign: Campaign) {
        self.campaign = campaign
        hashtags = Set(campaign.hashtags.map { ($0.hasPrefix("#") ? String($0.dropFirst()) : $0).lowercased() })
        links = campaign.links.compactMap(ShareLinks.normalized)
        listed = Set(campaign.stories)
    }

    /// Whether a story is the campaign's by itself (listed, or its texts or link carry the campaign's marks).
    public func claims(_ story: Story) -> Bool {
        if listed.contains(story.id) { return true }
        let c = story.content
        if let link = c.link.flatMap(ShareLinks.normalized), matches(link) { return true }
        let texts = c.postTexts.map(\.text) + [c.approvedWording ?? ""]
        return texts.contains { !hashtags.isDisjoint(with: Hashtags.extract(from: $0)) }
    }

    /// Whether shares with these marks count for the campaign; `story` is the share's story when it has one.
    public func includes(_ marks: ShareMarks, story: Story?) -> Bool {
        if !hashtags.isDisjoint(with: marks.hashtags) || marks.links.contains(where: matches) { return true }
        guard let id = marks.storyID else { return false }
        return listed.contains(id) || story.map(claims) == true
    }

    /// The sum of a metric over the shares that count for the campaign, in these buckets: the
    /// `.post` scopes of the metric that are the campaign's. `stories` finds the stories the scopes name.
    public func sum(_ metric: Metric, over buckets: Range<Int64>, _ source: some CounterSource,
                    stories: ([StoryID]) throws -> [StoryID: Story]) throws -> Int64 {
        try attributed(metric, over: buckets, source, stories: stories).reduce(0) { $0 + $1.value }
    }

    /// The campaign's `.post` scopes of a metric with their sums, for a drill-down by story.
    public func attributed(_ metric: Metric, over buckets: Range<Int64>, _ source: some CounterSource,
                           stories: ([StoryID]) throws -> [StoryID: Story]) throws -> [(marks: ShareMarks, value: Int64)] {
        let posts = try source.sums(of: metric, over: buckets).compactMap { scope, value in scope.postMarks.map { ($0, value) } }
        let found = try stories(Array(Set(posts.compactMap(\.0.storyID))))
        return posts.filter { includes($0.0, story: $0.0.storyID.flatMap { found[$0] }) }.map { (marks: $0.0, value: $0.1) }
    }

    private func matches(_ link: String) -> Bool { links.contains { link.hasPrefix($0) } }
}
