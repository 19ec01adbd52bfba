import Dispatch
import Foundation
import NewsroomCore

/// The pure part of appending, done ahead on another core: each event's id as text, its body as
/// the log keeps it, and the event as a replay reads that body back. The writing loop takes them
/// chunk by chunk and only inserts and folds, so a long append (the demo, an import batch) uses
/// both cores without changing a byte of what is written.
final class PreparedEvents: @unchecked Sendable {
    struct Item: Sendable {
        let idText: String
        let body: Data
        let stored: Event
    }

    static let chunk = 128
    private let events: [NewEvent]
    // Written only by the preparing task, each slot once, before its chunk's semaphore is signalled;
    // read only after waiting for it.
    private let slots: UnsafeMutableBufferPointer<Result<Item, any Error>?>
    private let ready: [DispatchSemaphore]
    private let done = DispatchGroup()
    private var waited: Int = -1
    /// Run on the preparing thread for each item once it is ready (the fold of an append into an
    /// empty log, which reads nothing from the store).
    private let follow: (@Sendable (Item) -> Void)?

    init(_ events: [NewEvent], then follow: (@Sendable (Item) -> Void)? = nil) {
        self.events = events
        self.follow = follow
        slots = .allocate(capacity: max(events.count, 1))
        slots.initialize(repeating: nil)
        let chunks = (events.count + Self.chunk - 1) / Self.chunk
        ready = (0..<chunks).map { _ in DispatchSemaphore(value: 0) }
        guard chunks > 0 else { return }
        // A decision or two: not worth a hop to another thread.
        guard events.count > Self.inline else { prepare(chunks); return }
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            prepare(chunks)
            done.leave()
        }
    }

    static let inline = 64

    private func prepare(_ chunks: Int) {
        let encoder = EventJSON.encoder(), decoder = EventJSON.decoder()
        for c in 0..<chunks {
            for i in (c * Self.chunk)..<min(events.count, (c + 1) * Self.chunk) {
                let event = events[i].event
                slots[i] = Result {
                    let body = try event.payload.encodedBody(using: encoder)
                    return Item(idText: event.id.logText, body: body, stored: EventRows.asStored(event, body: body, using: decoder))
                }
            }
            ready[c].signal()
            if let follow {
                for i in (c * Self.chunk)..<min(events.count, (c + 1) * Self.chunk) {
                    if case .success(let item) = slots[i] { follow(item) }
                }
            }
        }
    }

    /// Waits until every item is prepared and followed.
    func waitUntilDone() { done.wait() }

    deinit {
        done.wait()
        slots.deinitialize()
        slots.deallocate()
    }

    /// The prepared form of `events[index]`; indices are asked for in order.
    func item(_ index: Int) throws -> Item {
        let c = index / Self.chunk
        while waited < c {
            waited += 1
            ready[waited].wait()
        }
        return try slots[index]!.get()
    }
}
