import Foundation

/// How long the oldest comment still in state `new` has waited at a moment: nobody has looked
/// at it yet, so this is the queue's blind spot. Read with one indexed MIN over the comments,
/// not a list; hidden comments in state `new` count, as in the backlog.
public struct OldestNewAge: Hashable, Sendable, Encodable {
    /// When the oldest `new` comment was posted; nil when none is new.
    public let postedAt: Date?
    public let at: Date

    public init(postedAt: Date?, at moment: Date) {
        self.postedAt = postedAt
        at = moment
    }

    /// Wall-clock minutes from its posting to the moment (never below 0); nil when none is new.
    public var ageMinutes: Double? { postedAt.map { max(0, at.timeIntervalSince($0) / 60) } }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encodeTime(postedAt, forKey: "postedAt")
        try c.encode(ageMinutes, forKey: "ageMinutes")
    }
}
