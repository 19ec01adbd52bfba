import Foundation

/// An ambassador's account on one network.
public struct NetworkAccount: Hashable, Sendable, Codable {
    public var network: Network
    public var handle: String
    public var followers: Int

    public init(network: Network, handle: String, followers: Int) {
        self.network = network
        self.handle = handle
        self.followers = followers
    }
}

/// A completed training; it may expire.
public struct Training: Hashable, Sendable, Codable {
    public var kind: String
    public var completedAt: Date
    public var validUntil: Date?

    public init(kind: String, completedAt: Date, validUntil: Date? = nil) {
        self.kind = kind
        self.completedAt = completedAt
        self.validUntil = validUntil
    }

    public func isValid(at moment: Date) -> Bool { completedAt <= moment && (validUntil.map { moment < $0 } ?? true) }
}

/// A move from one team to another; the history stays.
public struct TeamChange: Hashable, Sendable, Codable {
    public var from: String
    public var to: String
    public var at: Date

    public init(from: String, to: String, at: Date) {
        self.from = from
        self.to = to
        self.at = at
    }
}

/// A team lead's note on an ambassador.
public struct AmbassadorNote: Hashable, Sendable, Codable {
    public var text: String
    public var by: String
    public var at: Date

    public init(text: String, by: String, at: Date) {
        self.text = text
        self.by = by
        self.at = at
    }
}

/// An employee or executive who shares from a personal account. Work data, shown to the roles
/// that need it. Keeps the running figures the ambassador pane needs without a replay.
public struct Ambassador: Hashable, Sendable, Codable {
    public let id: AmbassadorID
    public var name: String
    public var team: String
    public var role: String
    public var timeZone: String
    /// The "digital persona": topics and specialties the ambassador cares about.
    public var topics: [String]
    /// Topics the ambassador keeps out of (e.g. political or religious ones).
    public var avoidedTopics: [String]
    public var accounts: [NetworkAccount]
    public var trainings: [Training]
    public var guidelineAcknowledgedAt: Date?
    public var joinedAt: Date
    public var leftAt: Date?
    public var teamChanges: [TeamChange]
    public var notes: [AmbassadorNote]
    /// When the ambassador last shared: "active in the last 7 days" without a replay.
    public var lastSharedAt: Date?
    public var shareCount: Int
    /// Mondays (newsroom zone) of the weeks with at least one share: weekly streaks.
    public var activeWeeks: Set<LocalDate>
    /// The hashtags the ambassador has posted (lower-case, no `#`): a first use counts them as
    /// taking the hashtag up (`Metric.hashtagAdopters`).
    public var hashtags: Set<String>
    public var version: Int64

    public init(id: AmbassadorID, name: String, team: String, role: String, timeZone: String, topics: [String],
                avoidedTopics: [String] = [], accounts: [NetworkAccount], joinedAt: Date, version: Int64) {
        self.id = id
        self.name = name
        self.team = team
        self.role = role
        self.timeZone = timeZone
        self.topics = topics
        self.avoidedTopics = avoidedTopics
        self.accounts = accounts
        self.trainings = []
        self.guidelineAcknowledgedAt = nil
        self.joinedAt = joinedAt
        self.leftAt = nil
        self.teamChanges = []
        self.notes = []
        self.lastSharedAt = nil
        self.shareCount = 0
        self.activeWeeks = []
        self.hashtags = []
        self.version = version
    }

    /// Followers over all networks: the ambassador's potential reach.
    public var totalFollowers: Int { accounts.reduce(0) { $0 + $1.followers } }

    public func hasLeft(at moment: Date) -> Bool { leftAt.map { $0 <= moment } ?? false }

    /// Whether any training is valid at that moment.
    public func isTrained(at moment: Date) -> Bool { trainings.contains { $0.isValid(at: moment) } }

    /// Shared within `days` days before the moment.
    public func isActive(at moment: Date, withinDays days: Int = 7) -> Bool {
        guard let last = lastSharedAt else { return false }
        return moment.timeIntervalSince(last) <= Double(days) * 86_400 && last <= moment
    }

    /// Consecutive weeks with a share, counting back from the week of `moment` (or the week before,
    /// when this week has no share yet).
    public func weeklyStreak(at moment: Date, calendar: NewsroomCalendar) -> Int {
        var week = calendar.week(of: moment)
        if !activeWeeks.contains(week) { week = week.adding(days: -7) }
        var streak = 0
        while activeWeeks.contains(week) {
            streak += 1
            week = week.adding(days: -7)
        }
        return streak
    }
}
