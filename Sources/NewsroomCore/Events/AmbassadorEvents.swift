import Foundation

/// `ambassador.joined`: someone joined the program.
public struct AmbassadorJoined: Hashable, Sendable, Codable {
    public var ambassadorID: AmbassadorID
    public var name: String
    public var team: String
    public var role: String
    public var timeZone: String
    public var topics: [String]
    public var avoidedTopics: [String]
    public var accounts: [NetworkAccount]

    public init(ambassadorID: AmbassadorID, name: String, team: String, role: String, timeZone: String,
                topics: [String], avoidedTopics: [String] = [], accounts: [NetworkAccount]) {
        self.ambassadorID = ambassadorID
        self.name = name
        self.team = team
        self.role = role
        self.timeZone = timeZone
        self.topics = topics
        self.avoidedTopics = avoidedTopics
        self.accounts = accounts
    }
}

/// `ambassador.updated`: persona or profile changed; absent fields stay as they were.
public struct AmbassadorUpdated: Hashable, Sendable, Codable {
    public var ambassadorID: AmbassadorID
    public var name: String?
    public var role: String?
    public var timeZone: String?
    public var topics: [String]?
    public var avoidedTopics: [String]?
    public var accounts: [NetworkAccount]?

    public init(ambassadorID: AmbassadorID, name: String? = nil, role: String? = nil, timeZone: String? = nil,
                topics: [String]? = nil, avoidedTopics: [String]? = nil, accounts: [NetworkAccount]? = nil) {
        self.ambassadorID = ambassadorID
        self.name = name
        self.role = role
        self.timeZone = timeZone
        self.topics = topics
        self.avoidedTopics = avoidedTopics
        self.accounts = accounts
    }
}

/// `ambassador.moved`: a team change; the history stays.
public struct AmbassadorMoved: Hashable, Sendable, Codable {
    public var ambassadorID: AmbassadorID
    public var team: String

    public init(ambassadorID: AmbassadorID, team: String) {
        self.ambassadorID = ambassadorID
        self.team = team
    }
}

/// `ambassador.trained`: a training was completed.
public struct AmbassadorTrained: Hashable, Sendable, Codable {
    public var ambassadorID: AmbassadorID
    public var training: Training

    public init(ambassadorID: AmbassadorID, training: Training) {
        self.ambassadorID = ambassadorID
        self.training = training
    }
}

/// `ambassador.acknowledged`: the social-media guideline was acknowledged.
public struct AmbassadorAcknowledged: Hashable, Sendable, Codable {
    public var ambassadorID: AmbassadorID
    public var at: Date

    public init(ambassadorID: AmbassadorID, at: Date) {
        self.ambassadorID = ambassadorID
        self.at = at
    }
}

/// `ambassador.noted`: a team lead's note.
public struct AmbassadorNoted: Hashable, Sendable, Codable {
    public var ambassadorID: AmbassadorID
    public var note: String

    public init(ambassadorID: AmbassadorID, note: String) {
        self.ambassadorID = ambassadorID
        self.note = note
    }
}

/// `ambassador.nudged`: a suggestion was sent (written to the outbox for a connector).
public struct AmbassadorNudged: Hashable, Sendable, Codable {
    public var ambassadorID: AmbassadorID
    public var storyID: StoryID?
    public var message: String

    public init(ambassadorID: AmbassadorID, storyID: StoryID?, message: String) {
        self.ambassadorID = ambassadorID
        self.storyID = storyID
        self.message = message
    }
}

/// `ambassador.left`: left the program; history and figures stay.
public struct AmbassadorLeft: Hashable, Sendable, Codable {
    public var ambassadorID: AmbassadorID

    public init(ambassadorID: AmbassadorID) { self.ambassadorID = ambassadorID }
}
