import Foundation

/// `share.posted`: an ambassador posted, usually a story.
public struct SharePosted: Hashable, Sendable, Codable {
    public var shareID: ShareID
    public var ambassadorID: AmbassadorID
    public var storyID: StoryID?
    public var network: Network
    public var postedAt: Date
    public var text: String

    public init(shareID: ShareID, ambassadorID: AmbassadorID, storyID: StoryID?, network: Network, postedAt: Date, text: String) {
        self.shareID = shareID
        self.ambassadorID = ambassadorID
        self.storyID = storyID
        self.network = network
        self.postedAt = postedAt
        self.text = text
    }
}

/// `share.measured`: the share's figures as totals at the event's time.
public struct ShareMeasured: Hashable, Sendable, Codable {
    public var shareID: ShareID
    public var metrics: ShareMetrics

    public init(shareID: ShareID, metrics: ShareMetrics) {
        self.shareID = shareID
        self.metrics = metrics
    }
}

/// `mention.counted`: mentions of a topic on a day, ours or a peer's (share of buzz).
public struct MentionCounted: Hashable, Sendable, Codable {
    public var count: MentionCount

    public init(count: MentionCount) { self.count = count }
}
