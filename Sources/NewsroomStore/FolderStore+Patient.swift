import Foundation
import Synchronization
import NewsroomCore

/// Appending without blocking a console: the store's busy timeout (30 s) is for batch work, but a
/// console's loop must keep drawing its clock and taking keys while another writer holds the lock.
/// How many 2 ms tries one store's writer makes for the lock: 15,000 (30 s) for batch work; a
/// console's append lowers it for its one try. One per store, so two stores never share it.
final class LockPatience: Sendable {
    static let batch = 15_000
    let tries = Atomic<Int>(LockPatience.batch)
}

extension FolderStore {
    /// `append(_:expecting:)`, waiting at most `patience` for the write lock; then it throws
    /// `StoreError.busy` and writes nothing, so the caller keeps the work and tries again later.
    @discardableResult
    public func append(_ events: [NewEvent], expecting: ExpectedVersion?, patience: Duration) throws -> [StoredEvent] {
        let millis = Int(patience.components.seconds * 1000 + patience.components.attoseconds / 1_000_000_000_000_000)
        // The writer's busy handler tries every 2 ms; for this append, only for `patience`.
        lockPatience.tries.store(max(1, millis / 2), ordering: .relaxed)
        defer { lockPatience.tries.store(LockPatience.batch, ordering: .relaxed) }
        return try append(events, expecting: expecting)
    }
}
