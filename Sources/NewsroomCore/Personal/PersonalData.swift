import Foundation

/// Who an outside person is on a network. Personal data: kept only in the store's personal-data
/// table under `ref`, never in an event body; removed on erasure.
public struct PersonProfile: Hashable, Sendable, Codable {
    public var ref: PersonRef
    public var network: Network
    public var handle: String
    public var displayName: String?
    public var profileURL: String?

    public init(ref: PersonRef, network: Network, handle: String, displayName: String? = nil, profileURL: String? = nil) {
        self.ref = ref
        self.network = network
        self.handle = handle
        self.displayName = displayName
        self.profileURL = profileURL
    }
}

/// Something an outside person wrote (a comment's text), under their ref and the item it belongs to.
public struct AuthoredText: Hashable, Sendable, Codable {
    public var ref: PersonRef
    /// The comment id the text belongs to.
    public var subject: String
    public var text: String
    public var writtenAt: Date

    public init(ref: PersonRef, subject: String, text: String, writtenAt: Date) {
        self.ref = ref
        self.subject = subject
        self.text = text
        self.writtenAt = writtenAt
    }
}

/// The personal data that travels with an event on its way into the store (or inline in a full
/// export); the store splits it off into its personal-data table.
public struct PersonalData: Hashable, Sendable, Codable {
    public var profiles: [PersonProfile]
    public var texts: [AuthoredText]

    public init(profiles: [PersonProfile] = [], texts: [AuthoredText] = []) {
        self.profiles = profiles
        self.texts = texts
    }

    public var isEmpty: Bool { profiles.isEmpty && texts.isEmpty }
}

/// An event about to be written, with the personal data that belongs beside it.
public struct NewEvent: Hashable, Sendable {
    public var event: Event
    public var personal: PersonalData

    public init(_ event: Event, personal: PersonalData = PersonalData()) {
        self.event = event
        self.personal = personal
    }
}

/// A record that a person's data was erased, for screens ("erased on request (date)").
public struct Erasure: Hashable, Sendable, Codable {
    public var ref: PersonRef
    public var requestID: String?
    public var reason: PrivacyErased.Reason
    public var at: Date

    public init(ref: PersonRef, requestID: String?, reason: PrivacyErased.Reason, at: Date) {
        self.ref = ref
        self.requestID = requestID
        self.reason = reason
        self.at = at
    }
}
