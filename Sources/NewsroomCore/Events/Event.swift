import Foundation

/// One change to the newsroom: who did what, when. The envelope of DESIGN's contract;
/// `seq` is given by the store on commit (see `StoredEvent`).
public struct Event: Hashable, Sendable {
    /// Made by the writer; an event whose id the store knows is skipped on ingest.
    public let id: UUID
    /// When it happened, UTC, millisecond precision.
    public let time: Date
    public let actor: String
    /// The operating-system account (or database role) that wrote it.
    public let account: String
    public let payload: EventPayload

    public init(id: UUID = UUID(), time: Date, actor: String, account: String, payload: EventPayload) {
        self.id = id
        self.time = Date(timeIntervalSince1970: (time.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        self.actor = actor
        self.account = account
        self.payload = payload
    }

    public init(id: UUID = UUID(), time: Date, by identity: ActorIdentity, payload: EventPayload) {
        self.init(id: id, time: time, actor: identity.actor, account: identity.account, payload: payload)
    }

    public var type: String { payload.type }
    public var schemaVersion: Int { payload.schemaVersion }
}

/// An event as committed: with its gapless position in the newsroom's log, and when the store
/// took it by the machine's clock (the audit's check on `event.time`, which a writer states).
public struct StoredEvent: Hashable, Sendable {
    public let seq: Int64
    public let event: Event
    /// From the system clock at commit, never the simulated one; nil for events of stores older
    /// than this record (schema v3).
    public let committedAt: Date?

    public init(seq: Int64, event: Event, committedAt: Date? = nil) {
        self.seq = seq
        self.event = event
        self.committedAt = committedAt
    }
}
