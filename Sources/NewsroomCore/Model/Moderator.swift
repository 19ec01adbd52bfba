/// What a member of the moderation team may do.
public enum ModeratorRole: String, CaseIterable, Sendable, Codable {
    case moderator, legal, hr, expert
}

/// A person who works the moderation queue, with their roles.
public struct Moderator: Hashable, Sendable, Codable {
    public var name: String
    public var roles: [ModeratorRole]
    public var active: Bool

    public init(name: String, roles: [ModeratorRole], active: Bool = true) {
        self.name = name
        self.roles = roles
        self.active = active
    }
}
