import Foundation

/// The catalogue: every event type that exists, one case each, with its `area.verb` name and the
/// schema version this program writes. This file is the one definition of what events exist.
/// A type written by a newer program is kept as `.unknown`, skipped by the fold and counted.
public enum EventPayload: Hashable, Sendable {
    case storyAdded(StoryAdded)
    case storyEdited(StoryEdited)
    case storyRestricted(StoryRestricted)
    case briefingScheduled(BriefingScheduled)
    case briefingDecided(BriefingDecided)
    case briefingReordered(BriefingReordered)
    case briefingNoted(BriefingNoted)
    case topicHeld(TopicHeld)
    case topicReleased(TopicReleased)
    case ambassadorJoined(AmbassadorJoined)
    case ambassadorUpdated(AmbassadorUpdated)
    case ambassadorMoved(AmbassadorMoved)
    case ambassadorTrained(AmbassadorTrained)
    case ambassadorAcknowledged(AmbassadorAcknowledged)
    case ambassadorNoted(AmbassadorNoted)
    case ambassadorNudged(AmbassadorNudged)
    case ambassadorLeft(AmbassadorLeft)
    case sharePosted(SharePosted)
    case shareMeasured(ShareMeasured)
    case mentionCounted(MentionCounted)
    case commentReceived(CommentReceived)
    case commentClassified(CommentClassified)
    case commentAssigned(CommentAssigned)
    case commentClaimed(CommentClaimed)
    case commentReleased(CommentReleased)
    case commentReplied(CommentReplied)
    case commentEscalated(CommentEscalated)
    case commentMoved(CommentMoved)
    case commentHidden(CommentHidden)
    case commentUnhidden(CommentUnhidden)
    case moderatorChanged(ModeratorChanged)
    case templateSaved(TemplateSaved)
    case snippetSaved(SnippetSaved)
    case privacyErased(PrivacyErased)
    case privacySwept(PrivacySwept)
    case crisisDeclared(CrisisDeclared)
    case crisisCleared(CrisisCleared)
    /// A type (or a newer version of a type) this program does not know: kept, never folded.
    case unknown(type: String, version: Int, body: String)

    /// Every known type name with the body version this program writes.
    public static let knownTypes: [String: Int] = [
        "story.added": 1, "story.edited": 1, "story.restricted": 1,
        "briefing.scheduled": 1, "briefing.decided": 1, "briefing.reordered": 1, "briefing.noted": 1,
        "topic.held": 1, "topic.released": 1,
        "ambassador.joined": 1, "ambassador.updated": 1, "ambassador.moved": 1, "ambassador.trained": 1,
        "ambassador.acknowledged": 1, "ambassador.noted": 1, "ambassador.nudged": 1, "ambassador.left": 1,
        "share.posted": 1, "share.measured": 1, "mention.counted": 1,
        "comment.received": 1, "comment.classified": 1, "comment.assigned": 1, "comment.claimed": 1,
        "comment.released": 1, "comment.replied": 1, "comment.escalated": 1, "comment.moved": 1,
        "comment.hidden": 1, "comment.unhidden": 1,
        "moderator.changed": 1, "template.saved": 1, "snippet.saved": 1,
        "privacy.erased": 1, "privacy.swept": 1,
        "crisis.declared": 1, "crisis.cleared": 1,
    ]

    /// The `area.verb` name.
    public var type: String {
        switch self {
        case .storyAdded: return "story.added"
        case .storyEdited: return "story.edited"
        case .storyRestricted: return "story.restricted"
        case .briefingScheduled: return "briefing.scheduled"
        case .briefingDecided: return "briefing.decided"
        case .briefingReordered: return "briefing.reordered"
        case .briefingNoted: return "briefing.noted"
        case .topicHeld: return "topic.held"
        case .topicReleased: return "topic.released"
        case .ambassadorJoined: return "ambassador.joined"
        case .ambassadorUpdated: return "ambassador.updated"
        case .ambassadorMoved: return "ambassador.moved"
        case .ambassadorTrained: return "ambassador.trained"
        case .ambassadorAcknowledged: return "ambassador.acknowledged"
        case .ambassadorNoted: return "ambassador.noted"
        case .ambassadorNudged: return "ambassador.nudged"
        case .ambassadorLeft: return "ambassador.left"
        case .sharePosted: return "share.posted"
        case .shareMeasured: return "share.measured"
        case .mentionCounted: return "mention.counted"
        case .commentReceived: return "comment.received"
        case .commentClassified: return "comment.classified"
        case .commentAssigned: return "comment.assigned"
        case .commentClaimed: return "comment.claimed"
        case .commentReleased: return "comment.released"
        case .commentReplied: return "comment.replied"
        case .commentEscalated: return "comment.escalated"
        case .commentMoved: return "comment.moved"
        case .commentHidden: return "comment.hidden"
        case .commentUnhidden: return "comment.unhidden"
        case .moderatorChanged: return "moderator.changed"
        case .templateSaved: return "template.saved"
        case .snippetSaved: return "snippet.saved"
        case .privacyErased: return "privacy.erased"
        case .privacySwept: return "privacy.swept"
        case .crisisDeclared: return "crisis.declared"
        case .crisisCleared: return "crisis.cleared"
        case .unknown(let type, _, _): return type
        }
    }

    /// The body's schema version (`v`).
    public var schemaVersion: Int {
        if case .unknown(_, let version, _) = self { return version }
        return Self.knownTypes[type] ?? 1
    }

    /// The body as a JSON object (keys sorted, times RFC 3339 with milliseconds).
    public func encodedBody() throws -> Data { try encodedBody(using: EventJSON.encoder()) }

    /// The same, with an encoder the caller reuses over many events.
    public func encodedBody(using encoder: JSONEncoder) throws -> Data {
        if Self.knownTypes[type] == BodyJSON.shapesVersion, let fast = BodyJSON.encode(self) { return Data(fast) }
        switch self {
        case .storyAdded(let b): return try encoder.encode(b)
        case .storyEdited(let b): return try encoder.encode(b)
        case .storyRestricted(let b): return try encoder.encode(b)
        case .briefingScheduled(let b): return try encoder.encode(b)
        case .briefingDecided(let b): return try encoder.encode(b)
        case .briefingReordered(let b): return try encoder.encode(b)
        case .briefingNoted(let b): return try encoder.encode(b)
        case .topicHeld(let b): return try encoder.encode(b)
        case .topicReleased(let b): return try encoder.encode(b)
        case .ambassadorJoined(let b): return try encoder.encode(b)
        case .ambassadorUpdated(let b): return try encoder.encode(b)
        case .ambassadorMoved(let b): return try encoder.encode(b)
        case .ambassadorTrained(let b): return try encoder.encode(b)
        case .ambassadorAcknowledged(let b): return try encoder.encode(b)
        case .ambassadorNoted(let b): return try encoder.encode(b)
        case .ambassadorNudged(let b): return try encoder.encode(b)
        case .ambassadorLeft(let b): return try encoder.encode(b)
        case .sharePosted(let b): return try encoder.encode(b)
        case .shareMeasured(let b): return try encoder.encode(b)
        case .mentionCounted(let b): return try encoder.encode(b)
        case .commentReceived(let b): return try encoder.encode(b)
        case .commentClassified(let b): return try encoder.encode(b)
        case .commentAssigned(let b): return try encoder.encode(b)
        case .commentClaimed(let b): return try encoder.encode(b)
        case .commentReleased(let b): return try encoder.encode(b)
        case .commentReplied(let b): return try encoder.encode(b)
        case .commentEscalated(let b): return try encoder.encode(b)
        case .commentMoved(let b): return try encoder.encode(b)
        case .commentHidden(let b): return try encoder.encode(b)
        case .commentUnhidden(let b): return try encoder.encode(b)
        case .moderatorChanged(let b): return try encoder.encode(b)
        case .templateSaved(let b): return try encoder.encode(b)
        case .snippetSaved(let b): return try encoder.encode(b)
        case .privacyErased(let b): return try encoder.encode(b)
        case .privacySwept(let b): return try encoder.encode(b)
        case .crisisDeclared(let b): return try encoder.encode(b)
        case .crisisCleared(let b): return try encoder.encode(b)
        case .unknown(_, _, let body): return Data(body.utf8)
        }
    }

    /// Reads a body of any version this program ever wrote (upcasting older ones first).
    /// A type or version it does not know becomes `.unknown`; a known one that does not decode throws.
    public static func decode(type: String, version: Int, body: Data) throws -> EventPayload {
        try decode(type: type, version: version, body: body, using: EventJSON.decoder())
    }

    /// The same, with a decoder the caller reuses over many events (replays decode millions).
    public static func decode(type: String, version: Int, body: Data, using d: JSONDecoder) throws -> EventPayload {
        guard let current = knownTypes[type], version <= current, version >= 1 else {
            return .unknown(type: type, version: version, body: String(decoding: body, as: UTF8.self))
        }
        let body = EventUpcaster.upcast(type: type, from: version, body: body)
        if version == current, current == BodyJSON.shapesVersion, let fast = try? BodyJSON.decode(type: type, body: Array(body)) { return fast }
        do {
            switch type {
            case "story.added": return .storyAdded(try d.decode(StoryAdded.self, from: body))
            case "story.edited": return .storyEdited(try d.decode(StoryEdited.self, from: body))
            case "story.restricted": return .storyRestricted(try d.decode(StoryRestricted.self, from: body))
            case "briefing.scheduled": return .briefingScheduled(try d.decode(BriefingScheduled.self, from: body))
            case "briefing.decided": return .briefingDecided(try d.decode(BriefingDecided.self, from: body))
            case "briefing.reordered": return .briefingReordered(try d.decode(BriefingReordered.self, from: body))
            case "briefing.noted": return .briefingNoted(try d.decode(BriefingNoted.self, from: body))
            case "topic.held": return .topicHeld(try d.decode(TopicHeld.self, from: body))
            case "topic.released": return .topicReleased(try d.decode(TopicReleased.self, from: body))
            case "ambassador.joined": return .ambassadorJoined(try d.decode(AmbassadorJoined.self, from: body))
            case "ambassador.updated": return .ambassadorUpdated(try d.decode(AmbassadorUpdated.self, from: body))
            case "ambassador.moved": return .ambassadorMoved(try d.decode(AmbassadorMoved.self, from: body))
            case "ambassador.trained": return .ambassadorTrained(try d.decode(AmbassadorTrained.self, from: body))
            case "ambassador.acknowledged": return .ambassadorAcknowledged(try d.decode(AmbassadorAcknowledged.self, from: body))
            case "ambassador.noted": return .ambassadorNoted(try d.decode(AmbassadorNoted.self, from: body))
            case "ambassador.nudged": return .ambassadorNudged(try d.decode(AmbassadorNudged.self, from: body))
            case "ambassador.left": return .ambassadorLeft(try d.decode(AmbassadorLeft.self, from: body))
            case "share.posted": return .sharePosted(try d.decode(SharePosted.self, from: body))
            case "share.measured": return .shareMeasured(try d.decode(ShareMeasured.self, from: body))
            case "mention.counted": return .mentionCounted(try d.decode(MentionCounted.self, from: body))
            case "comment.received": return .commentReceived(try d.decode(CommentReceived.self, from: body))
            case "comment.classified": return .commentClassified(try d.decode(CommentClassified.self, from: body))
            case "comment.assigned": return .commentAssigned(try d.decode(CommentAssigned.self, from: body))
            case "comment.claimed": return .commentClaimed(try d.decode(CommentClaimed.self, from: body))
            case "comment.released": return .commentReleased(try d.decode(CommentReleased.self, from: body))
            case "comment.replied": return .commentReplied(try d.decode(CommentReplied.self, from: body))
            case "comment.escalated": return .commentEscalated(try d.decode(CommentEscalated.self, from: body))
            case "comment.moved": return .commentMoved(try d.decode(CommentMoved.self, from: body))
            case "comment.hidden": return .commentHidden(try d.decode(CommentHidden.self, from: body))
            case "comment.unhidden": return .commentUnhidden(try d.decode(CommentUnhidden.self, from: body))
            case "moderator.changed": return .moderatorChanged(try d.decode(ModeratorChanged.self, from: body))
            case "template.saved": return .templateSaved(try d.decode(TemplateSaved.self, from: body))
            case "snippet.saved": return .snippetSaved(try d.decode(SnippetSaved.self, from: body))
            case "privacy.erased": return .privacyErased(try d.decode(PrivacyErased.self, from: body))
            case "privacy.swept": return .privacySwept(try d.decode(PrivacySwept.self, from: body))
            case "crisis.declared": return .crisisDeclared(try d.decode(CrisisDeclared.self, from: body))
            case "crisis.cleared": return .crisisCleared(try d.decode(CrisisCleared.self, from: body))
            default: return .unknown(type: type, version: version, body: String(decoding: body, as: UTF8.self))
            }
        } catch let error as DecodingError {
            throw EventBodyError(type: type, version: version, detail: EventBodyError.describe(error))
        }
    }
}

/// Turns an old body into the current version's shape. Every type is still at version 1; when a
/// body changes, its version goes up in `knownTypes` and its conversion goes here, never elsewhere.
/// One exception, on purpose: an optional field that is written only when it is set, whose absence
/// keeps the old meaning, and which an older program may ignore without misreading the event, keeps
/// the version (`briefing.decided`'s `reasonForAmbassadors`: an older program keeps that reason
/// internal, which errs on the safe side; a new version would make it skip the decision altogether).
enum EventUpcaster {
    static func upcast(type: String, from version: Int, body: Data) -> Data { body }
}

/// A known event type whose body does not have the fields it needs.
public struct EventBodyError: Error, Equatable, CustomStringConvertible {
    public let type: String
    public let version: Int
    public let detail: String

    public var description: String { "the body of a '\(type)' event (v\(version)) cannot be read: \(detail)" }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return p.isEmpty ? "" : " at '\(p)'"
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field '\(key.stringValue)'\(path(context))"
        case .typeMismatch(_, let context): return "wrong type\(path(context)): \(context.debugDescription)"
        case .valueNotFound(_, let context): return "missing value\(path(context))"
        case .dataCorrupted(let context): return "\(context.debugDescription)\(path(context))"
        @unknown default: return "\(error)"
        }
    }
}

/// The JSON settings every event body uses: sorted keys, RFC 3339 times with milliseconds.
public enum EventJSON {
    public static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(Timestamp.format(date))
        }
        return e
    }

    public static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            let text = try c.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "'\(text)' is not an RFC 3339 time")
            }
            return date
        }
        return d
    }
}
