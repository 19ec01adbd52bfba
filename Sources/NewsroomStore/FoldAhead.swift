import Foundation
import NewsroomCore

/// The fold of an append into an empty log (the demo's one pass), run on the thread that prepares
/// the events: with nothing in the projections the fold reads nothing from the store, so the
/// writer only inserts meanwhile and the two halves of the work share the two cores.
/// It numbers the events as the writer does (in order, a repeated id once).
final class FoldAhead: @unchecked Sendable {
    // Touched only by the preparing thread until `PreparedEvents.waitUntilDone()` returns.
    private(set) var workspace: ProjectionWorkspace
    private(set) var committed: [StoredEvent] = []
    private(set) var failure: (any Error)?
    /// The flush's largest rows, made here once the last event is folded (the writer is still
    /// inserting then); nil when the fold stopped short.
    private(set) var rows: ProjectionWorkspace.Rows?
    private var expected: Int
    private var seen = Set<UUID>()
    private var seq: Int64
    private let committedAt: Date

    init(calendar: NewsroomCalendar, after seq: Int64, committedAt: Date, expecting count: Int) {
        workspace = ProjectionWorkspace(db: nil, calendar: calendar)
        self.seq = seq
        self.committedAt = committedAt
        expected = count
        committed.reserveCapacity(count)
    }

    func fold(_ item: PreparedEvents.Item) {
        expected -= 1
        defer { if expected == 0, failure == nil { rowsAhead() } }
        guard failure == nil, seen.insert(item.stored.id).inserted else { return }
        seq += 1
        let stored = StoredEvent(seq: seq, event: item.stored, committedAt: committedAt)
        do {
            try Fold.apply(stored, to: &workspace)
            committed.append(stored)
        } catch {
            failure = error
        }
    }

    private func rowsAhead() {
        do {
            rows = try workspace.rows()
        } catch {
            failure = error
        }
    }
}
