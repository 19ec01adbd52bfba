/// Reading a counter scope back into what it is about, so KPIs can group the sums that
/// `CounterSource.sums(of:over:)` returns per ambassador, hide reason, network or mention topic.
/// The inverse of the constructors in `Aggregates/Metric.swift`.
extension CounterScope {
    /// The ambassador of an `.ambassador(id)` scope.
    public var ambassadorID: AmbassadorID? { value(after: "amb:").map { AmbassadorID($0) } }

    /// The category of a `.reason(category)` scope.
    public var reasonCategory: CommentCategory? { value(after: "reason:").flatMap(CommentCategory.init(rawValue:)) }

    /// The network of a `.network(network)` scope.
    public var networkName: Network? { value(after: "net:").map { Network($0) } }

    /// The moderator of a `.moderator(name)` scope.
    public var moderatorName: String? { value(after: "mod:") }

    /// The histogram bin of a `.bin(i)` scope.
    public var binIndex: Int? { value(after: "bin:").flatMap { Int($0) } }

    /// The source (`ours` or a peer) and topic of a `.mention(source:topic:)` scope.
    public var mentionSourceAndTopic: (source: String, topic: String)? {
        guard let rest = value(after: "src:"), let split = rest.range(of: "|topic:") else { return nil }
        return (String(rest[..<split.lowerBound]), String(rest[split.upperBound...]))
    }

    /// The topic of a `.topic(name)` scope.
    public var topicName: String? { value(after: "topic:") }

    /// The post of a `.commented(on:)` scope: its kind and id.
    public var postTarget: CommentTarget? {
        guard let rest = value(after: "on:"), let colon = rest.firstIndex(of: ":"),
              let kind = CommentTarget.Kind(rawValue: String(rest[..<colon])) else { return nil }
        return CommentTarget(kind: kind, id: String(rest[rest.index(after: colon)...]))
    }

    private func value(after prefix: String) -> String? {
        key.hasPrefix(prefix) ? String(key.dropFirst(prefix.count)) : nil
    }
}
