import Foundation

/// An item the newsroom offers ambassadors for sharing.
public struct Story: Hashable, Sendable, Codable {
    public let id: StoryID
    public var content: StoryContent
    public var createdAt: Date
    public var createdBy: String
    /// The last `seq` that touched the story: acting on an older one is a conflict.
    public var version: Int64

    public init(id: StoryID, content: StoryContent, createdAt: Date, createdBy: String, version: Int64) {
        self.id = id
        self.content = content
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.version = version
    }
}

/// Where a story comes from.
public enum StorySource: String, CaseIterable, Sendable, Codable {
    case pressRelease, blog, intranet, campaign, other
}

/// A ready-to-copy post text for one network. A story may carry several per network, so that
/// ambassadors need not all post the same words.
public struct PostText: Hashable, Sendable, Codable {
    public var network: Network
    public var text: String

    public init(network: Network, text: String) {
        self.network = network
        self.text = text
    }
}

/// Who may share a story. Empty lists mean everyone; otherwise the ambassador's team or role
/// must be listed. A restricted story is never offered to anyone else.
public struct StoryRestriction: Hashable, Sendable, Codable {
    public var teams: [String]
    public var roles: [String]

    public init(teams: [String] = [], roles: [String] = []) {
        self.teams = teams
        self.roles = roles
    }

    public var isRestricted: Bool { !teams.isEmpty || !roles.isEmpty }

    /// Whether an ambassador of this team and role may share the story.
    public func allows(team: String, role: String) -> Bool {
        guard isRestricted else { return true }
        return teams.contains(team) || roles.contains(role)
    }
}

/// What an editor writes about a story: everything but its identity and history.
public struct StoryContent: Hashable, Sendable, Codable {
    public var headline: String
    public var summary: String
    public var link: String?
    public var source: StorySource
    public var language: String
    public var topics: [String]
    /// The approved wording ("Sprachregelung"); nil while none exists ("in your own words").
    public var approvedWording: String?
    public var talkingPoints: [String]
    public var postTexts: [PostText]
    public var restriction: StoryRestriction

    public init(headline: String, summary: String = "", link: String? = nil, source: StorySource = .other,
                language: String = "de", topics: [String] = [], approvedWording: String? = nil,
                talkingPoints: [String] = [], postTexts: [PostText] = [], restriction: StoryRestriction = StoryRestriction()) {
        self.headline = headline
        self.summary = summary
        self.link = link
        self.source = source
        self.language = language
        self.topics = topics
        self.approvedWording = approvedWording
        self.talkingPoints = talkingPoints
        self.postTexts = postTexts
        self.restriction = restriction
    }

    /// The post texts for one network, in the order the editor wrote them.
    public func postTexts(for network: Network) -> [PostText] { postTexts.filter { $0.network == network } }
}
