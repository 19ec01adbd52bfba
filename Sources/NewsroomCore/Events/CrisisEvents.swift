import Foundation

/// `crisis.declared`: a person set the crisis level by hand to 5 or 6, with a note saying why. It
/// applies over the automatic level until `crisis.cleared`. A body with another level does not read
/// (an import cannot bring one in).
public struct CrisisDeclared: Hashable, Sendable, Codable {
    public var level: CrisisLevel
    public var note: String

    public init(level: CrisisLevel, note: String) {
        self.level = level
        self.note = note
    }

    enum CodingKeys: String, CodingKey { case level, note }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        level = try c.decode(CrisisLevel.self, forKey: .level)
        note = try c.decode(String.self, forKey: .note)
        guard CrisisLevel.manualLevels.contains(level.rawValue) else {
            throw DecodingError.dataCorruptedError(forKey: .level, in: c,
                                                   debugDescription: "a crisis level set by hand is 5 or 6 (0 to 4 come from the counts), not \(level.rawValue)")
        }
    }
}

/// `crisis.cleared`: a person took the hand-set level back; the automatic level applies again.
public struct CrisisCleared: Hashable, Sendable, Codable {
    public var note: String?

    public init(note: String? = nil) { self.note = note }
}
