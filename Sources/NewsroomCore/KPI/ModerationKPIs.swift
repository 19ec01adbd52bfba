/// The open moderation backlog: how many comments still need someone, per workflow state.
/// "Open" is `ModerationState.isOpen` (new, triaged, assigned, waiting, escalated);
/// visibility is separate, so a hidden comment still counts while its state is open.
public struct ModerationBacklog: Hashable, Sendable, Encodable {
    /// Count per open state, in the order of `ModerationState.allCases`; states with none are 0.
    public let byState: [ModerationState: Int]

    public var total: Int { byState.values.reduce(0, +) }

    /// The open states, in workflow order: the rows of the backlog.
    public static let openStates = ModerationState.allCases.filter(\.isOpen)

    public init(byState: [ModerationState: Int]) {
        var counts: [ModerationState: Int] = [:]
        for state in Self.openStates { counts[state] = max(0, byState[state] ?? 0) }
        self.byState = counts
    }

    /// From the fold's state tallies (`Tally.state(_:)`), kept without a replay.
    public init(tallies: [Tally: Int]) {
        var counts: [ModerationState: Int] = [:]
        for state in Self.openStates { counts[state] = tallies[.state(state)] ?? 0 }
        self.init(byState: counts)
    }

    /// From a list of comments (a projection page, or the in-memory state in tests).
    public init(comments: some Sequence<Comment>) {
        var counts: [ModerationState: Int] = [:]
        for comment in comments where comment.state.isOpen { counts[comment.state, default: 0] += 1 }
        self.init(byState: counts)
    }

    public func count(_ state: ModerationState) -> Int { byState[state] ?? 0 }
}

/// Hides (and unhides) per reason in a window, from the `.commentsHidden` and `.commentsUnhidden`
/// counters in `.reason(category)` scopes, counted in the bucket of the hide. An unhide does not
/// take back the hide: both are moderation work, and both are shown.
public struct HidesByReason: Hashable, Sendable, Encodable {
    public let window: KPIWindow
    /// Hides per reason; only reasons with a count appear.
    public let hidden: [CommentCategory: Int64]
    /// Unhides per reason (the reason the hide had).
    public let unhidden: [CommentCategory: Int64]

    public var totalHidden: Int64 { hidden.values.reduce(0, +) }
    public var totalUnhidden: Int64 { unhidden.values.reduce(0, +) }

    /// Reasons by hides, most first (then by severity).
    public var rankedReasons: [(reason: CommentCategory, hides: Int64)] {
        hidden.map { (reason: $0.key, hides: $0.value) }
            .sorted { $0.hides != $1.hides ? $0.hides > $1.hides : $0.reason.severity > $1.reason.severity }
    }

    public static func compute(_ source: some CounterSource, window: KPIWindow) throws -> HidesByReason {
        func byReason(_ metric: Metric) throws -> [CommentCategory: Int64] {
            var out: [CommentCategory: Int64] = [:]
            for (scope, total) in try source.sums(of: metric, over: window.buckets) {
                guard let reason = scope.reasonCategory, total != 0 else { continue }
                out[reason, default: 0] += total
            }
            return out
        }
        return HidesByReason(window: window, hidden: try byReason(.commentsHidden), unhidden: try byReason(.commentsUnhidden))
    }
}

extension ModerationBacklog {
    /// JSON: `{"total", "byState": {"new": 4, ...}}` with every open state in workflow order.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(total, forKey: "total")
        var states = c.nestedContainer(keyedBy: KPIKey.self, forKey: "byState")
        for state in Self.openStates { try states.encode(count(state), forKey: KPIKey(state.rawValue)) }
    }
}

extension HidesByReason {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(window, forKey: "window")
        try c.encode(totalHidden, forKey: "totalHidden")
        try c.encode(totalUnhidden, forKey: "totalUnhidden")
        try c.encodeMap(hidden, forKey: "hidden") { $0.rawValue }
        try c.encodeMap(unhidden, forKey: "unhidden") { $0.rawValue }
    }
}
