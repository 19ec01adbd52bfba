/// What a counter counts. Every counter is kept per 15-minute bucket, so any window is a sum.
public enum Metric: String, CaseIterable, Sendable, Codable {
    // Share figures (growth, counted when measured)
    case impressions, adImpressions, eventVisits, clicks, reactions, comments, reshares, visitsFromSocial, leads, bookedMeetings
    // Activity
    case sharesPosted
    case commentsReceived
    case commentsHidden
    case commentsUnhidden
    case firstResponses
    /// Time to first response, as a histogram: one counter per bin (`CounterScope.bin`).
    case firstResponseMinutes
    /// Time from posting to first reaching `resolved` or `noAction`, as a histogram like `firstResponseMinutes`.
    case resolutionMinutes
    /// Moderation decisions by people (`ModeratorActions.counts`): program scope and one `.moderator(name)` scope each.
    case moderationActions
    /// Comments whose category is critical (`CommentCategory.isCritical`), in the bucket of their
    /// `postedAt`: program scope, `.network`, `.topic` (the topics of the story they are about) and
    /// `.post` (what they were written on). Taken back when a later decision makes them non-critical.
    /// What the storm warning reads.
    case criticalComments
    case mentions
    case mentionEngagement
    /// Shares posted with a hashtag, one scope `.hashtag(tag)` each, in the bucket of posting.
    case hashtagShares
    /// Ambassadors taking a hashtag up: one count when an ambassador first posts it, in that bucket.
    case hashtagAdopters

    /// By case, not by name: a `String` enum otherwise hashes its raw value, and the fold hashes a
    /// metric at every count (a replay of a million events counts millions of times).
    public func hash(into hasher: inout Hasher) { hasher.combine(withUnsafeBytes(of: self) { $0[0] }) }
}

/// What a counter is about: the whole program, one ambassador, one topic, one reason ...
/// Encoded as a short string so the store can index it. The string's hash is taken once, when the
/// scope is made: a replay adds to counters millions of times, and campaign scopes are long.
public struct CounterScope: Hashable, Sendable, Codable, CustomStringConvertible {
    public let key: String
    private let keyHash: Int

    public init(key: String) {
        self.key = key
        keyHash = key.hashValue
    }

    public static func == (a: CounterScope, b: CounterScope) -> Bool { a.keyHash == b.keyHash && a.key == b.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(keyHash) }

    private enum CodingKeys: String, CodingKey { case key }
    public init(from decoder: Decoder) throws {
        self.init(key: try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .key))
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
    }

    public static let program = CounterScope(key: "")
    public static func ambassador(_ id: AmbassadorID) -> CounterScope { CounterScope(key: "amb:\(id.rawValue)") }
    public static func team(_ name: String) -> CounterScope { CounterScope(key: "team:\(name)") }
    public static func reason(_ category: CommentCategory) -> CounterScope { CounterScope(key: "reason:\(category.rawValue)") }
    public static func network(_ network: Network) -> CounterScope { CounterScope(key: "net:\(network.name)") }
    public static func bin(_ index: Int) -> CounterScope { CounterScope(key: "bin:\(index)") }
    /// One person who moderates, by the actor name their decisions carry.
    public static func moderator(_ name: String) -> CounterScope { CounterScope(key: "mod:\(name)") }
    /// Mentions of a topic by a source (`ours` or a peer).
    public static func mention(source: String, topic: String) -> CounterScope { CounterScope(key: "src:\(source)|topic:\(topic)") }

    /// The shares that carry these marks (story, hashtags, links): what campaigns are attributed from.
    public static func post(_ marks: ShareMarks) -> CounterScope { CounterScope(key: "post:" + marks.scopeText) }
    /// One hashtag, lower-case, without `#`.
    public static func hashtag(_ tag: String) -> CounterScope { CounterScope(key: "tag:\(tag)") }

    /// The marks a `.post` scope names; nil for any other scope.
    public var postMarks: ShareMarks? { key.hasPrefix("post:") ? ShareMarks(scopeText: String(key.dropFirst(5))) : nil }
    /// The hashtag a `.hashtag` scope names; nil for any other scope.
    public var hashtag: String? { key.hasPrefix("tag:") ? String(key.dropFirst(4)) : nil }

    /// A topic of the newsroom's stories (`StoryContent.topics`).
    public static func topic(_ name: String) -> CounterScope { CounterScope(key: "topic:\(name)") }
    /// The post a comment was written on: a share, a story or a company post, by kind and id.
    public static func commented(on target: CommentTarget) -> CounterScope { CounterScope(key: "on:\(target.kind.rawValue):\(target.id)") }

    public var description: String { key.isEmpty ? "program" : key }
}

/// A counter: a metric in a scope.
public struct CounterKey: Hashable, Sendable, Codable {
    public let metric: Metric
    public let scope: CounterScope

    public init(_ metric: Metric, _ scope: CounterScope = .program) {
        self.metric = metric
        self.scope = scope
    }
}

/// An addition to one counter in one bucket, as the fold emits it.
public struct CounterDelta: Hashable, Sendable {
    public let key: CounterKey
    public let bucket: Bucket
    public let amount: Int64

    public init(_ key: CounterKey, bucket: Bucket, amount: Int64) {
        self.key = key
        self.bucket = bucket
        self.amount = amount
    }
}

/// Bins of the time-to-first-response histogram, in minutes (upper bounds; the last is open).
public enum ResponseTimeBins {
    public static let upperBounds: [Double] = [1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 1440, 2880, 10_080]

    /// The bin of a duration in minutes (`upperBounds.count` is the open last bin).
    public static func bin(forMinutes minutes: Double) -> Int {
        upperBounds.firstIndex { minutes < $0 } ?? upperBounds.count
    }

    /// The lower and upper bound of a bin, for interpolation.
    public static func bounds(of bin: Int) -> (Double, Double) {
        let lower = bin == 0 ? 0 : upperBounds[bin - 1]
        let upper = bin < upperBounds.count ? upperBounds[bin] : upperBounds[upperBounds.count - 1] * 2
        return (lower, upper)
    }
}
