/// How our own mentions, and the engagement on them, spread over topics: where the program is
/// heard. A thought-leadership KPI (DOMAIN.md); the shares of each column sum to 1.
public struct TopicFootprint: Hashable, Sendable, Encodable {
    /// One topic's part of our mentions and of our mention engagement.
    public struct Entry: Hashable, Sendable, Encodable {
        public let topic: String
        public let mentions: Int64
        public let engagement: Int64
        /// `mentions / total mentions`; nil when we had no mentions at all.
        public let mentionShare: Double?
        /// `engagement / total engagement`; nil when there was no engagement at all.
        public let engagementShare: Double?
    }

    public let window: KPIWindow
    /// Sorted by mentions (most first), then engagement, then topic.
    public let entries: [Entry]
    public let totalMentions: Int64
    public let totalEngagement: Int64

    public func entry(_ topic: String) -> Entry? { entries.first { $0.topic == topic } }

    public static let formula = "mentionShare(topic) = our mentions on the topic / all our mentions; engagementShare likewise with mention engagement"

    /// Our (`MentionCount.ours`) `.mentions` and `.mentionEngagement` counters per topic in the window.
    public static func compute(_ source: some CounterSource, window: KPIWindow) throws -> TopicFootprint {
        let buckets = window.buckets
        var mentions: [String: Int64] = [:]
        var engagement: [String: Int64] = [:]
        for (scope, total) in try source.sums(of: .mentions, over: buckets) {
            guard let (src, topic) = scope.mentionSourceAndTopic, src.lowercased() == MentionCount.ours else { continue }
            mentions[topic, default: 0] += total
        }
        for (scope, total) in try source.sums(of: .mentionEngagement, over: buckets) {
            guard let (src, topic) = scope.mentionSourceAndTopic, src.lowercased() == MentionCount.ours else { continue }
            engagement[topic, default: 0] += total
        }
        let totalMentions = mentions.values.reduce(0, +)
        let totalEngagement = engagement.values.reduce(0, +)
        let topics = Set(mentions.keys).union(engagement.keys)
        let entries = topics.map { topic -> Entry in
            let m = mentions[topic] ?? 0
            let e = engagement[topic] ?? 0
            return Entry(topic: topic, mentions: m, engagement: e,
                         mentionShare: totalMentions > 0 ? Double(m) / Double(totalMentions) : nil,
                         engagementShare: totalEngagement > 0 ? Double(e) / Double(totalEngagement) : nil)
        }.sorted {
            if $0.mentions != $1.mentions { return $0.mentions > $1.mentions }
            if $0.engagement != $1.engagement { return $0.engagement > $1.engagement }
            return $0.topic < $1.topic
        }
        return TopicFootprint(window: window, entries: entries, totalMentions: totalMentions, totalEngagement: totalEngagement)
    }
}

extension TopicFootprint {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(window, forKey: "window")
        try c.encode(Self.formula, forKey: "formula")
        try c.encode(totalMentions, forKey: "totalMentions")
        try c.encode(totalEngagement, forKey: "totalEngagement")
        try c.encode(entries, forKey: "entries")
    }
}

extension TopicFootprint.Entry {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(topic, forKey: "topic")
        try c.encode(mentions, forKey: "mentions")
        try c.encode(mentionShare, forKey: "mentionShare")
        try c.encode(engagement, forKey: "engagement")
        try c.encode(engagementShare, forKey: "engagementShare")
    }
}
