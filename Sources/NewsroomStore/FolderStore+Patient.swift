import Foundation
import NewsroomCore

/// Appending without blocking a console: the store's busy timeout (30 s) is for batch work, but a
/// console's loop must keep drawing its clock and taking keys while another writer holds the lock.
extension FolderStore {
    /// `append(_:expecting:)`, waiting at most `patience` for the write lock; then it throws
    /// `StoreError.busy` and writes nothing, so the caller keeps the work and tries again later.
    @discardableResult
    public func append(_ events: [NewEvent], expecting: ExpectedVersion?, patience: Duration) throws -> [StoredEvent] {
        let millis = Int(patience.components.seconds * 1000 + patience.components.attoseconds / 1_000_000_000_000_000)
        // The writer's busy handler tries every 2 ms; for this append, only for `patience`.
        Self.busyTries.store(max(1, millis / 2), ordering: .relaxed)
        defer { Self.busyTries.store(15_000, ordering: .relaxed) }
        return try append(events, expecting: expecting)
    }
}
