import Foundation

/// `briefing.scheduled`: a story was put on a day's agenda (at the end, or at a position).
public struct BriefingScheduled: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var storyID: StoryID
    public var position: Int?

    public init(date: LocalDate, storyID: StoryID, position: Int? = nil) {
        self.date = date
        self.storyID = storyID
        self.position = position
    }
}

/// `briefing.decided`: share, hold, embargo or back to pending. An undo is the same event with the
/// earlier decision and `undoes` naming the event it takes back. `reasonForAmbassadors` marks a
/// hold's reason as one to mail with the briefing; it is written only when true, and a body
/// without it (every body before it existed) keeps the reason internal.
public struct BriefingDecided: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var storyID: StoryID
    public var decision: BriefingDecision
    public var note: String?
    public var undoes: UUID?
    public var reasonForAmbassadors: Bool

    public init(date: LocalDate, storyID: StoryID, decision: BriefingDecision, note: String? = nil, undoes: UUID? = nil,
                reasonForAmbassadors: Bool = false) {
        self.date = date
        self.storyID = storyID
        self.decision = decision
        self.note = note
        self.undoes = undoes
        self.reasonForAmbassadors = reasonForAmbassadors
    }

    private enum CodingKeys: String, CodingKey { case date, storyID, decision, note, undoes, reasonForAmbassadors }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decode(LocalDate.self, forKey: .date)
        storyID = try c.decode(StoryID.self, forKey: .storyID)
        decision = try c.decode(BriefingDecision.self, forKey: .decision)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        undoes = try c.decodeIfPresent(UUID.self, forKey: .undoes)
        reasonForAmbassadors = try c.decodeIfPresent(Bool.self, forKey: .reasonForAmbassadors) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(storyID, forKey: .storyID)
        try c.encode(decision, forKey: .decision)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(undoes, forKey: .undoes)
        if reasonForAmbassadors { try c.encode(true, forKey: .reasonForAmbassadors) }
    }
}

/// `briefing.reordered`: the agenda's new order.
public struct BriefingReordered: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var order: [StoryID]

    public init(date: LocalDate, order: [StoryID]) {
        self.date = date
        self.order = order
    }
}

/// `briefing.noted`: a note on the day's briefing.
public struct BriefingNoted: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var note: String

    public init(date: LocalDate, note: String) {
        self.date = date
        self.note = note
    }
}

/// `topic.held`: "we keep back on this topic today", with a reason.
public struct TopicHeld: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var topic: String
    public var reason: String

    public init(date: LocalDate, topic: String, reason: String) {
        self.date = date
        self.topic = topic
        self.reason = reason
    }
}

/// `topic.released`: a topic hold was lifted.
public struct TopicReleased: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var topic: String

    public init(date: LocalDate, topic: String) {
        self.date = date
        self.topic = topic
    }
}
