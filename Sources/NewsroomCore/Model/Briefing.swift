import Foundation

/// One decision as it was recorded, kept so that undo can restore the one before.
public struct DecisionRecord: Hashable, Sendable, Codable {
    public var decision: BriefingDecision
    public var decidedBy: String
    public var decidedAt: Date
    public var note: String?

    public init(decision: BriefingDecision, decidedBy: String, decidedAt: Date, note: String? = nil) {
        self.decision = decision
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.note = note
    }
}

/// A story on a day's agenda, with the decision history of that day (newest last).
public struct BriefingEntry: Hashable, Sendable, Codable {
    public let storyID: StoryID
    public var history: [DecisionRecord]
    /// The `seq` of the last decision on this story that day (0: none), so a decision made on
    /// what a console saw is refused when another console decided the same story meanwhile.
    public var version: Int64

    public init(storyID: StoryID, history: [DecisionRecord] = [], version: Int64 = 0) {
        self.storyID = storyID
        self.history = history
        self.version = version
    }

    private enum CodingKeys: String, CodingKey { case storyID, history, version }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        storyID = try c.decode(StoryID.self, forKey: .storyID)
        history = try c.decode([DecisionRecord].self, forKey: .history)
        version = try c.decodeIfPresent(Int64.self, forKey: .version) ?? 0
    }

    public var current: DecisionRecord? { history.last }
    public var decision: BriefingDecision { history.last?.decision ?? .pending }
}

/// "We keep back on this topic today", for every story on it.
public struct TopicHold: Hashable, Sendable, Codable {
    public var topic: String
    public var reason: String
    public var heldBy: String
    public var heldAt: Date

    public init(topic: String, reason: String, heldBy: String, heldAt: Date) {
        self.topic = topic
        self.reason = reason
        self.heldBy = heldBy
        self.heldAt = heldAt
    }
}

/// A free note on the day's briefing ("Q3 numbers only after 10:00").
public struct BriefingNote: Hashable, Sendable, Codable {
    public var text: String
    public var by: String
    public var at: Date

    public init(text: String, by: String, at: Date) {
        self.text = text
        self.by = by
        self.at = at
    }
}

/// The day's agenda of stories with a decision each, made in the morning call.
public struct Briefing: Hashable, Sendable, Codable {
    public let date: LocalDate
    public var agenda: [StoryID]
    public var entries: [StoryID: BriefingEntry]
    public var topicHolds: [String: TopicHold]
    public var notes: [BriefingNote]
    public var version: Int64

    public init(date: LocalDate, agenda: [StoryID] = [], entries: [StoryID: BriefingEntry] = [:],
                topicHolds: [String: TopicHold] = [:], notes: [BriefingNote] = [], version: Int64 = 0) {
        self.date = date
        self.agenda = agenda
        self.entries = entries
        self.topicHolds = topicHolds
        self.notes = notes
        self.version = version
    }

    public func decision(of story: StoryID) -> BriefingDecision { entries[story]?.decision ?? .pending }

    /// The status of a story at a moment: embargoes lift by themselves, topic holds keep back.
    public func status(of story: StoryID, topics: [String], at moment: Date) -> BriefingStatus {
        let released: BriefingStatus
        switch decision(of: story) {
        case .pending: return .pending
        case .hold(let reason): return .hold(reason: reason)
        case .embargo(let until):
            if moment < until { return .embargoed(until: until) }
            released = .released(embargoEnded: until)
        case .share:
            released = .share
        }
        if let hold = topics.lazy.compactMap({ self.topicHolds[$0] }).first {
            return .topicHeld(topic: hold.topic, reason: hold.reason)
        }
        return released
    }

    /// The held topic among these, if any.
    public func heldTopic(among topics: [String]) -> TopicHold? {
        topics.lazy.compactMap { self.topicHolds[$0] }.first
    }
}
