import Foundation
import NewsroomCore

/// Collects the demo's events as the parts of the generator make them (in any order), then puts
/// them in time order. Ids come from the seed and a serial number, so the log is reproducible.
struct DemoLog {
    static let account = "demo"

    private let seed: UInt64
    /// The serial of this log's first event: a part made on another core takes a range of its own,
    /// so its ids and its place among events of the same millisecond do not depend on timing.
    private let firstSerial: UInt64
    private(set) var events: [NewEvent] = []
    private var keys: [(millis: Int64, serial: UInt64)] = []

    init(seed: UInt64, firstSerial: UInt64 = 0, capacity: Int = 110_000) {
        self.seed = seed
        self.firstSerial = firstSerial
        events.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
    }

    /// A log for part `part` (1, 2 …) of the generator, made beside this one and appended to it:
    /// its serials start where no log of a demo reaches (2³² events a part).
    func part(_ part: Int, capacity: Int) -> DemoLog {
        DemoLog(seed: seed, firstSerial: UInt64(part) << 32, capacity: capacity)
    }

    /// Records one event; `time` is when it happened.
    mutating func emit(_ time: Date, _ actor: String, _ payload: EventPayload, _ personal: PersonalData = PersonalData()) {
        let serial = firstSerial + UInt64(events.count)
        let id = DemoRandom.uuid(seed: seed, serial: serial)
        let event = Event(id: id, time: time, actor: actor, account: DemoLog.account, payload: payload)
        keys.append((Int64((event.time.timeIntervalSince1970 * 1000).rounded()), serial))
        events.append(NewEvent(event, personal: personal))
    }

    /// Takes over the events of a part made beside this log.
    mutating func append(_ part: DemoLog) {
        events.append(contentsOf: part.events)
        keys.append(contentsOf: part.keys)
    }

    /// The events in time order; at the same millisecond, by serial (a cause is always made
    /// before its effects, and a part's events after those of the parts before it).
    func sorted() -> [NewEvent] {
        var order = keys.indices.map { (millis: keys[$0].millis, serial: keys[$0].serial, position: $0) }
        order.sort { $0.millis != $1.millis ? $0.millis < $1.millis : $0.serial < $1.serial }
        return order.map { events[$0.position] }
    }
}
