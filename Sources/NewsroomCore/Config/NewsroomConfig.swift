import Foundation

/// The newsroom's configuration (`newsroom.yaml`): what rarely changes and is decided by people,
/// not by daily work. Every field has a documented default, so an empty file is a valid newsroom.
public struct NewsroomConfig: Hashable, Sendable, Codable {
    public var name: String
    public var timeZone: String
    public var language: String
    public var currency: String
    public var networks: [NetworkSettings]
    public var teams: [String]
    public var topics: [String]
    public var peers: [String]
    public var engagement: EngagementSettings
    public var moderation: ModerationSettings
    public var campaigns: [Campaign]
    public var ambassadors: AmbassadorSettings
    public var storm: StormSettings
    public var privacy: PrivacySettings

    public init(name: String = "Newsroom", timeZone: String = "Europe/Berlin", language: String = "de", currency: String = "EUR",
                networks: [NetworkSettings] = NetworkSettings.defaults, teams: [String] = NewsroomConfig.defaultTeams,
                topics: [String] = [], peers: [String] = [], engagement: EngagementSettings = EngagementSettings(),
                moderation: ModerationSettings = ModerationSettings(), campaigns: [Campaign] = [],
                ambassadors: AmbassadorSettings = AmbassadorSettings(), storm: StormSettings = StormSettings(),
                privacy: PrivacySettings = PrivacySettings()) {
        self.name = name
        self.timeZone = timeZone
        self.language = language
        self.currency = currency
        self.networks = networks
        self.teams = teams
        self.topics = topics
        self.peers = peers
        self.engagement = engagement
        self.moderation = moderation
        self.campaigns = campaigns
        self.ambassadors = ambassadors
        self.storm = storm
        self.privacy = privacy
    }

    /// The six kinds of team the Otto program describes, plus executives and engineers.
    public static let defaultTeams = ["multipliers", "contacts", "subject experts", "executives", "recruiters", "engineers"]

    /// The newsroom's calendar; an unknown zone falls back to UTC (the loader reports it first).
    public var calendar: NewsroomCalendar { NewsroomCalendar(timeZone: TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!) }

    public func network(_ network: Network) -> NetworkSettings? { networks.first { Network($0.name) == network } }
}

/// A network's post length limit and its earned-media value rates.
public struct NetworkSettings: Hashable, Sendable, Codable {
    public var name: String
    public var postLimit: Int
    /// Cost per thousand impressions, for earned media value.
    public var cpm: Double
    /// Cost per click.
    public var cpc: Double
    /// What one reaction is worth, as a multiple of the CPC.
    public var reactionMultiplier: Double

    public init(name: String, postLimit: Int, cpm: Double, cpc: Double, reactionMultiplier: Double) {
        self.name = name
        self.postLimit = postLimit
        self.cpm = cpm
        self.cpc = cpc
        self.reactionMultiplier = reactionMultiplier
    }

    public static let defaults: [NetworkSettings] = [
        NetworkSettings(name: "linkedin", postLimit: 3000, cpm: 30, cpc: 5.0, reactionMultiplier: 0.2),
        NetworkSettings(name: "x", postLimit: 280, cpm: 6, cpc: 0.8, reactionMultiplier: 0.1),
        NetworkSettings(name: "xing", postLimit: 3000, cpm: 20, cpc: 3.0, reactionMultiplier: 0.2),
        NetworkSettings(name: "instagram", postLimit: 2200, cpm: 8, cpc: 1.0, reactionMultiplier: 0.1),
        NetworkSettings(name: "facebook", postLimit: 63206, cpm: 7, cpc: 0.9, reactionMultiplier: 0.1),
    ]
}

/// The engagement score's weights and what counts as 100 per factor.
public struct EngagementSettings: Hashable, Sendable, Codable {
    public var weights: FactorWeights
    /// How each factor sums its counts (weight per metric).
    public var reach: [String: Double]
    public var interaction: [String: Double]
    public var businessImpact: [String: Double]
    /// The weighted count per factor that scores 100 for the whole program, per 7 days.
    public var programReference: FactorReferences
    /// The same for one ambassador.
    public var ambassadorReference: FactorReferences

    public init(weights: FactorWeights = FactorWeights(reach: 0.3, interaction: 0.4, businessImpact: 0.3),
                reach: [String: Double] = ["impressions": 1, "adImpressions": 1, "eventVisits": 50],
                interaction: [String: Double] = ["clicks": 1, "reactions": 1, "comments": 3, "reshares": 5],
                businessImpact: [String: Double] = ["leads": 10, "bookedMeetings": 25, "visitsFromSocial": 1],
                programReference: FactorReferences = FactorReferences(reach: 1_000_000, interaction: 50_000, businessImpact: 5_000),
                ambassadorReference: FactorReferences = FactorReferences(reach: 10_000, interaction: 500, businessImpact: 50)) {
        self.weights = weights
        self.reach = reach
        self.interaction = interaction
        self.businessImpact = businessImpact
        self.programReference = programReference
        self.ambassadorReference = ambassadorReference
    }
}

public struct FactorWeights: Hashable, Sendable, Codable {
    public var reach: Double
    public var interaction: Double
    public var businessImpact: Double

    public init(reach: Double, interaction: Double, businessImpact: Double) {
        self.reach = reach
        self.interaction = interaction
        self.businessImpact = businessImpact
    }
}

public struct FactorReferences: Hashable, Sendable, Codable {
    public var reach: Double
    public var interaction: Double
    public var businessImpact: Double

    public init(reach: Double, interaction: Double, businessImpact: Double) {
        self.reach = reach
        self.interaction = interaction
        self.businessImpact = businessImpact
    }
}

/// Service levels and working hours of the moderation team.
public struct ModerationSettings: Hashable, Sendable, Codable {
    /// Minutes to a first response, per category name; `default` for the rest.
    public var slaMinutes: [String: Int]
    /// Categories whose minutes count only within `businessHours` (not on holidays); the others
    /// count every minute, nights and weekends too (a threat does not wait for Monday).
    public var slaBusinessHours: [String]
    public var businessHours: BusinessHours
    public var holidays: [LocalDate]
    public var claimLeaseMinutes: Int
    /// Roles that may hide a comment.
    public var mayHide: [ModeratorRole]

    /// The defaults: threats, doxxing and trade secrets decided within 15 minutes, other unlawful
    /// content within 24 hours, a first reply to criticism, questions and fact claims within 4
    /// business hours, the rest within 24 hours.
    public static let defaultSLAMinutes = ["default": 1440, "threat": 15, "doxxing": 15, "tradeSecret": 15,
                                           "insult": 1440, "defamation": 1440, "workplacePeace": 1440, "spam": 1440,
                                           "criticism": 240, "question": 240, "factClaim": 240]
    public static let defaultSLABusinessHours = ["criticism", "question", "factClaim"]

    public init(slaMinutes: [String: Int] = ModerationSettings.defaultSLAMinutes,
                slaBusinessHours: [String] = ModerationSettings.defaultSLABusinessHours,
                businessHours: BusinessHours = BusinessHours(), holidays: [LocalDate] = [], claimLeaseMinutes: Int = 15,
                mayHide: [ModeratorRole] = [.moderator, .legal]) {
        self.slaMinutes = slaMinutes
        self.slaBusinessHours = slaBusinessHours
        self.businessHours = businessHours
        self.holidays = holidays
        self.claimLeaseMinutes = claimLeaseMinutes
        self.mayHide = mayHide
    }

    public func sla(for category: CommentCategory?) -> Int {
        category.flatMap { slaMinutes[$0.rawValue] } ?? slaMinutes["default"] ?? 240
    }

    /// Whether a category's SLA counts working time only (`default` in the list covers
    /// unclassified comments and categories without their own entry).
    public func slaCountsBusinessHours(_ category: CommentCategory?) -> Bool {
        if let category, slaMinutes[category.rawValue] != nil || slaBusinessHours.contains(category.rawValue) {
            return slaBusinessHours.contains(category.rawValue)
        }
        return slaBusinessHours.contains("default")
    }
}

public struct BusinessHours: Hashable, Sendable, Codable {
    public var start: LocalTime
    public var end: LocalTime
    /// ISO weekdays, Monday = 1.
    public var weekdays: [Int]

    public init(start: LocalTime = LocalTime(hour: 8, minute: 0)!, end: LocalTime = LocalTime(hour: 18, minute: 0)!, weekdays: [Int] = [1, 2, 3, 4, 5]) {
        self.start = start
        self.end = end
        self.weekdays = weekdays
    }
}

/// A campaign with a goal metric and a target (e.g. visits from social for a trade fair), and
/// what makes a share part of it: its stories, its hashtags, its links (`CampaignAttribution`).
public struct Campaign: Hashable, Sendable, Codable {
    public var name: String
    public var start: LocalDate
    public var end: LocalDate
    public var goalMetric: String
    public var target: Double
    /// Without `#`; compared without regard to case.
    public var hashtags: [String]
    /// Stories that belong to the campaign whatever their shares say.
    public var stories: [StoryID]
    /// Links (e.g. the ticket shop) whose shares, and whose stories' shares, belong to it.
    public var links: [String]

    public init(name: String, start: LocalDate, end: LocalDate, goalMetric: String, target: Double, hashtags: [String] = [],
                stories: [StoryID] = [], links: [String] = []) {
        self.name = name
        self.start = start
        self.end = end
        self.goalMetric = goalMetric
        self.target = target
        self.hashtags = hashtags
        self.stories = stories
        self.links = links
    }
}

public struct AmbassadorSettings: Hashable, Sendable, Codable {
    /// Days without a share after which an ambassador "went quiet".
    public var quietAfterDays: Int
    /// How long a training counts when it carries no end date.
    public var trainingValidityMonths: Int

    public init(quietAfterDays: Int = 21, trainingValidityMonths: Int = 12) {
        self.quietAfterDays = quietAfterDays
        self.trainingValidityMonths = trainingValidityMonths
    }
}

/// When critical comments count as a storm: the storm warning's thresholds (`StormDetector`,
/// docs/kpi.md "Storm warning"). Counts are per 15-minute bucket, always.
public struct StormSettings: Hashable, Sendable, Codable {
    /// How many past weeks give the baseline (the same weekday and quarter hour, and its neighbours).
    public var baselineWeeks: Int
    /// λ of the exponentially weighted moving average of z: the weight of the newest quarter hour.
    public var smoothing: Double
    /// Smoothed z for level 1 (rising).
    public var level1Z: Double
    /// Smoothed z for level 2 (storm), held for `level2Buckets` quarter hours in a row.
    public var level2Z: Double
    public var level2Buckets: Int
    /// Smoothed z for level 3 (strong storm), on top of level 2.
    public var level3Z: Double
    /// Level 3 also when the share of critical comments among all comments is this far above its
    /// baseline share (0.15 = 15 percentage points), on top of level 2.
    public var negativeShareRise: Double
    /// Level 4 when this many networks are at level 2 or more at once.
    public var level4Networks: Int
    /// Below this many critical comments in a quarter hour it cannot raise the level: one comment
    /// in a quiet hour is not a storm.
    public var minimumCount: Int
    /// The least spread (in comments) z is measured in, for baselines that barely vary.
    public var spreadFloor: Double

    public init(baselineWeeks: Int = 4, smoothing: Double = 0.3, level1Z: Double = 1, level2Z: Double = 2, level2Buckets: Int = 2,
                level3Z: Double = 3, negativeShareRise: Double = 0.15, level4Networks: Int = 2, minimumCount: Int = 5,
                spreadFloor: Double = 2) {
        self.baselineWeeks = baselineWeeks
        self.smoothing = smoothing
        self.level1Z = level1Z
        self.level2Z = level2Z
        self.level2Buckets = level2Buckets
        self.level3Z = level3Z
        self.negativeShareRise = negativeShareRise
        self.level4Networks = level4Networks
        self.minimumCount = minimumCount
        self.spreadFloor = spreadFloor
    }
}

public struct PrivacySettings: Hashable, Sendable, Codable {
    public var retentionMonths: Int

    public init(retentionMonths: Int = 24) { self.retentionMonths = retentionMonths }
}
