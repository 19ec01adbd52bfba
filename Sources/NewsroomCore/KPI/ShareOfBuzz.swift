/// One topic's buzz: our mentions against the named peers' mentions of it.
public struct TopicBuzz: Hashable, Sendable, Encodable {
    public let topic: String
    public let ours: Int64
    /// Mentions per named peer (only peers with a count appear).
    public let peers: [String: Int64]

    public var peerTotal: Int64 { peers.values.reduce(0, +) }
    public var total: Int64 { ours + peerTotal }
    /// `ours / (ours + peers)`; nil when nobody mentioned the topic (no buzz to share).
    public var share: Double? { total > 0 ? Double(ours) / Double(total) : nil }

    public init(topic: String, ours: Int64, peers: [String: Int64]) {
        self.topic = topic
        self.ours = ours
        self.peers = peers
    }
}

/// Share of buzz per topic: how much of the conversation on a topic is ours, against the peers
/// named in `newsroom.yaml` (`peers:`). A thought-leadership KPI (DOMAIN.md, principle 6).
/// Read from the `.mentions` counters in `.mention(source:topic:)` scopes.
public struct ShareOfBuzz: Hashable, Sendable, Encodable {
    public let window: KPIWindow
    /// Sorted by total mentions (most first), then by topic.
    public let topics: [TopicBuzz]
    /// Sources with counts that are neither `ours` nor a named peer: left out of every share.
    public let unnamedSources: [String]

    public func topic(_ name: String) -> TopicBuzz? { topics.first { $0.topic == name } }

    public static let formula = "share(topic) = ours / (ours + Σ named peers) mentions on the topic in the window; null without mentions"

    /// Our share over all topics together; nil when there were no mentions at all.
    public var overall: Double? {
        let ours = topics.reduce(0) { $0 + $1.ours }
        let total = topics.reduce(0) { $0 + $1.total }
        return total > 0 ? Double(ours) / Double(total) : nil
    }

    /// Computes the share of buzz in a window. `peers` are the names that count (compared without
    /// regard to case); `topics` are listed even without mentions (their share is nil).
    public static func compute(_ source: some CounterSource, window: KPIWindow, peers: [String],
                               topics: [String] = []) throws -> ShareOfBuzz {
        var canonicalPeer: [String: String] = [:]
        for peer in peers { canonicalPeer[peer.lowercased()] = peer }
        var ours: [String: Int64] = [:]
        var peerCounts: [String: [String: Int64]] = [:]
        var unnamed: Set<String> = []
        for name in topics { ours[name] = ours[name] ?? 0 }
        for (scope, total) in try source.sums(of: .mentions, over: window.buckets) {
            guard let (src, topic) = scope.mentionSourceAndTopic else { continue }
            if src.lowercased() == MentionCount.ours {
                ours[topic, default: 0] += total
            } else if let peer = canonicalPeer[src.lowercased()] {
                peerCounts[topic, default: [:]][peer, default: 0] += total
                ours[topic] = ours[topic] ?? 0
            } else {
                unnamed.insert(src)
            }
        }
        let rows = ours.map { TopicBuzz(topic: $0.key, ours: $0.value, peers: peerCounts[$0.key] ?? [:]) }
            .sorted { $0.total != $1.total ? $0.total > $1.total : $0.topic < $1.topic }
        return ShareOfBuzz(window: window, topics: rows, unnamedSources: unnamed.sorted())
    }
}

extension TopicBuzz {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(topic, forKey: "topic")
        try c.encode(share, forKey: "share")
        try c.encode(ours, forKey: "ours")
        try c.encode(peerTotal, forKey: "peerTotal")
        try c.encode(total, forKey: "total")
        try c.encodeMap(peers, forKey: "peers") { $0 }
    }
}

extension ShareOfBuzz {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(window, forKey: "window")
        try c.encode(Self.formula, forKey: "formula")
        try c.encode(overall, forKey: "overall")
        try c.encode(topics, forKey: "topics")
        try c.encode(unnamedSources, forKey: "unnamedSources")
    }
}
