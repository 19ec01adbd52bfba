import Foundation
import NewsroomCore

/// Someone a comment can be given to (`a`): a member of the moderation team with their roles, or
/// an ambassador of a team that answers outsiders' questions (contacts answer applicants,
/// subject experts the technical ones), so the pane can offer them by name.
public struct Assignee: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case moderator(roles: [ModeratorRole])
        case ambassador(team: String)
    }

    public let name: String
    public let kind: Kind

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// The ambassador teams whose members answer outsiders.
    public static let answeringTeams = ["contacts", "subject experts"]

    /// How the assign menu shows it: "ben (moderator, legal)", "Jana Roth (contacts)".
    public var label: String {
        switch kind {
        case .moderator(let roles): return "\(name) (\(roles.isEmpty ? "moderator" : roles.map(\.rawValue).joined(separator: ", ")))"
        case .ambassador(let team): return "\(name) (\(team))"
        }
    }

    /// The active moderators, then the ambassadors of the answering teams who have not left.
    public static func all(from store: some NewsroomReadSource, at now: Date) throws -> [Assignee] {
        let team = try store.moderators().filter(\.active).map { Assignee(name: $0.name, kind: .moderator(roles: $0.roles)) }
        let answering = try store.ambassadors()
            .filter { answeringTeams.contains($0.team) && !$0.hasLeft(at: now) }
            .sorted { ($0.team, $0.name) < ($1.team, $1.name) }
            .map { Assignee(name: $0.name, kind: .ambassador(team: $0.team)) }
        return team + answering
    }
}
