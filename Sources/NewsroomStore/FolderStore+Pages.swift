import Dispatch
import Foundation
import NewsroomCore

extension FolderStore {
    /// An empty state for a full replay of this store, its tables sized from the projections.
    public func replayState() throws -> NewsroomState {
        let counts = try read { db in
            try ["stories", "briefings", "ambassadors", "shares", "comments"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")! }
        }
        var sizes = NewsroomState.Sizes()
        (sizes.stories, sizes.briefings, sizes.ambassadors, sizes.shares, sizes.comments) = (counts[0], counts[1], counts[2], counts[3], counts[4])
        return NewsroomState(calendar: config.calendar, reserving: sizes)
    }

    /// Every event in order, a page at a time. The next page is read and decoded on another core
    /// while `body` works on this one, so a full replay costs about the larger of reading and
    /// folding, not their sum.
    public func forEachPage(size: Int = 10_000, _ body: ([StoredEvent]) throws -> Void) throws {
        let reader = PageRead.Reader(store: self)
        var next = PageRead(reader, after: 0, size: size)
        // A read still running when `body` throws finishes before this returns: it writes `unreadableEvents`.
        defer { next.wait() }
        while true {
            let page = try next.result()
            guard let last = page.last else { return }
            next = PageRead(reader, after: last.seq, size: size)
            try body(page)
        }
    }
}

/// One page being read on another thread.
struct PageRead {
    /// The store, handed to the reading thread; only one page is read at a time, and the caller
    /// does not read events meanwhile.
    struct Reader: @unchecked Sendable {
        let store: FolderStore
    }

    final class Slot: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var outcome: Result<[StoredEvent], any Error>?
        var waited = false
    }

    private let slot = Slot()

    init(_ reader: Reader, after seq: Int64, size: Int) {
        let slot = self.slot
        DispatchQueue.global(qos: .userInitiated).async {
            slot.outcome = Result { try reader.store.events(after: seq, limit: size) }
            slot.done.signal()
        }
    }

    func wait() {
        guard !slot.waited else { return }
        slot.done.wait()
        slot.waited = true
    }

    func result() throws -> [StoredEvent] {
        wait()
        return try slot.outcome!.get()
    }
}
