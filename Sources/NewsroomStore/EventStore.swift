import Foundation
import NewsroomCore

/// The store protocol of DESIGN: synchronous and small, the same for the folder store and a later
/// PostgreSQL backend. The console's one loop calls it from the main thread.
public protocol EventStore: AnyObject {
    /// True when the store could only be opened for reading; every write then throws `StoreError.readOnly`.
    var isReadOnly: Bool { get }
    var config: NewsroomConfig { get }

    /// Appends in one transaction and returns the committed events with their `seq`. Events whose
    /// `id` the log already holds are skipped (and so is their personal data), so re-importing
    /// changes nothing. `expecting` is the version of the item the action was decided on; if the
    /// item changed since, nothing is written and a `VersionConflict` says what changed.
    @discardableResult
    func append(_ events: [NewEvent], expecting: ExpectedVersion?) throws -> [StoredEvent]

    /// Events after a `seq`, oldest first, at most `limit`.
    func events(after seq: Int64, limit: Int) throws -> [StoredEvent]

    /// The last committed `seq` (0 for an empty log).
    func lastSeq() throws -> Int64

    /// Whether another connection committed since the last call: cheap enough to ask every loop.
    func hasChanges() throws -> Bool
}

extension EventStore {
    @discardableResult
    public func append(_ events: [NewEvent]) throws -> [StoredEvent] { try append(events, expecting: nil) }

    @discardableResult
    public func append(_ event: Event, personal: PersonalData = PersonalData(), expecting: ExpectedVersion? = nil) throws -> StoredEvent? {
        try append([NewEvent(event, personal: personal)], expecting: expecting).first
    }
}
