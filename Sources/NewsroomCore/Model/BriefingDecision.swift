import Foundation

/// What the morning call decided for a story on a day.
public enum BriefingDecision: Hashable, Sendable, Codable {
    case pending
    case share
    case hold(reason: String)
    case embargo(until: Date)

    public var kind: String {
        switch self {
        case .pending: return "pending"
        case .share: return "share"
        case .hold: return "hold"
        case .embargo: return "embargo"
        }
    }

    private enum Key: String, CodingKey { case kind, reason, until }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "pending": self = .pending
        case "share": self = .share
        case "hold": self = .hold(reason: try c.decode(String.self, forKey: .reason))
        case "embargo": self = .embargo(until: try c.decode(Date.self, forKey: .until))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown decision '\(kind)': use pending, share, hold or embargo")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case .pending, .share: break
        case .hold(let reason): try c.encode(reason, forKey: .reason)
        case .embargo(let until): try c.encode(until, forKey: .until)
        }
    }
}

/// The computed status of a story at a moment: an embargo lifts by itself when its time
/// passes, and a topic hold keeps back a story that was otherwise released. Never stored.
public enum BriefingStatus: Hashable, Sendable {
    case pending
    case share
    case hold(reason: String)
    case embargoed(until: Date)
    /// Was under embargo; the time has passed, so it may be shared now.
    case released(embargoEnded: Date)
    /// Released, but one of its topics is held today.
    case topicHeld(topic: String, reason: String)

    /// Whether ambassadors may share it at that moment.
    public var isShareable: Bool {
        switch self {
        case .share, .released: return true
        default: return false
        }
    }

    public var badge: String {
        switch self {
        case .pending: return "pending"
        case .share: return "share"
        case .hold: return "hold"
        case .embargoed: return "embargo"
        case .released: return "share"
        case .topicHeld: return "topic held"
        }
    }
}
