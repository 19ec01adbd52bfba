import Foundation

/// `moderator.added` / `moderator.changed`: a moderator and their roles.
public struct ModeratorChanged: Hashable, Sendable, Codable {
    public var moderator: Moderator

    public init(moderator: Moderator) { self.moderator = moderator }
}

/// `template.saved`: a reply template was added or changed (retire it with `retired: true`).
public struct TemplateSaved: Hashable, Sendable, Codable {
    public var template: ReplyTemplate

    public init(template: ReplyTemplate) { self.template = template }
}

/// `snippet.saved`: a fact snippet was added or changed.
public struct SnippetSaved: Hashable, Sendable, Codable {
    public var snippet: FactSnippet

    public init(snippet: FactSnippet) { self.snippet = snippet }
}

/// `privacy.erased`: a person's data was removed (on request, or by the retention sweep).
/// Carries no personal data; counts and KPIs stay.
public struct PrivacyErased: Hashable, Sendable, Codable {
    public enum Reason: String, Sendable, Codable { case request, retention }
    public var ref: PersonRef
    public var requestID: String?
    public var reason: Reason
    public var textsRemoved: Int

    public init(ref: PersonRef, requestID: String?, reason: Reason, textsRemoved: Int) {
        self.ref = ref
        self.requestID = requestID
        self.reason = reason
        self.textsRemoved = textsRemoved
    }
}

/// `privacy.swept`: the retention sweep ran; what it removed and what it kept because of a legal hold.
public struct PrivacySwept: Hashable, Sendable, Codable {
    public var cutoff: Date
    public var textsRemoved: Int
    public var profilesRemoved: Int
    public var keptUnderLegalEscalation: Int

    public init(cutoff: Date, textsRemoved: Int, profilesRemoved: Int, keptUnderLegalEscalation: Int) {
        self.cutoff = cutoff
        self.textsRemoved = textsRemoved
        self.profilesRemoved = profilesRemoved
        self.keptUnderLegalEscalation = keptUnderLegalEscalation
    }
}
