import Foundation
import NewsroomCore

/// The newsroom as the live feed finds it when it starts: who shares and how often, what may be
/// shared, which shares are still growing, where people comment, and how busy past weeks were
/// hour by hour. Read once (`LiveNewsroom.read(from:at:)`); the feed then runs on it without I/O,
/// so the same newsroom, seed and start give the same events.
public struct LiveNewsroom: Sendable {
    public var calendar: NewsroomCalendar
    /// Everyone who may share: joined, not left, with at least one account.
    public var ambassadors: [Ambassador]
    /// Stories on the recent briefings and those the tracked shares are about.
    public var stories: [StoryID: Story]
    /// The briefings of the last days, today's included when there is one.
    public var briefings: [Briefing]
    /// Shares of the last seven days, oldest first: their figures still grow.
    public var shares: [Share]
    /// The company's own posts people commented on lately, with their network.
    public var companyPosts: [LiveTarget]
    public var rhythm: LiveRhythm
    /// Mentions a day, by source (`ours` or a peer) and topic.
    public var mentionLevels: [LiveMentionSource: Double]
    /// Days without a share after which an ambassador "went quiet" (they stay quiet here).
    public var quietAfterDays: Int
    /// A storm brings at least 1.5 times this many critical comments a quarter hour, whatever the usual:
    /// well above the detector's `storm.minimumCount` and spread floor, so a quiet newsroom's storm shows too.
    public var stormMinimumComments: Int

    public init(calendar: NewsroomCalendar, ambassadors: [Ambassador], stories: [StoryID: Story], briefings: [Briefing], shares: [Share],
                companyPosts: [LiveTarget], rhythm: LiveRhythm, mentionLevels: [LiveMentionSource: Double], quietAfterDays: Int = 21,
                stormMinimumComments: Int = 20) {
        self.calendar = calendar
        self.ambassadors = ambassadors
        self.stories = stories
        self.briefings = briefings
        self.shares = shares
        self.companyPosts = companyPosts
        self.rhythm = rhythm
        self.mentionLevels = mentionLevels
        self.quietAfterDays = quietAfterDays
        self.stormMinimumComments = stormMinimumComments
    }

    /// What the feed cannot run without, as a sentence a user can act on; nil when it can run.
    public var missingPart: String? {
        if ambassadors.isEmpty { return "no ambassadors who could share" }
        if briefings.allSatisfy(\.agenda.isEmpty) && shares.isEmpty {
            return "no stories on the briefings of the last three days and no shares in the last week"
        }
        return nil
    }
}

/// A post comments are written under, and the network it is on.
public struct LiveTarget: Hashable, Sendable {
    public var target: CommentTarget
    public var network: Network

    public init(_ target: CommentTarget, on network: Network) {
        self.target = target
        self.network = network
    }
}

/// Who is mentioned (`ours` or a peer's name) on which topic: one line of share of buzz.
public struct LiveMentionSource: Hashable, Sendable, Comparable {
    public var source: String
    public var topic: String

    public init(source: String, topic: String) {
        self.source = source
        self.topic = topic
    }

    public static func < (a: Self, b: Self) -> Bool { (a.source, a.topic) < (b.source, b.topic) }
}
