import Foundation
import NewsroomCore

/// Collects the demo's events as the parts of the generator make them (in any order), then puts
/// them in time order. Ids come from the seed and a serial number, so the log is reproducible.
struct DemoLog {
    static let account = "demo"

    private let seed: UInt64
    private(set) var events: [NewEvent] = []
    private var keys: [(millis: Int64, serial: Int)] = []

    init(seed: UInt64) {
        self.seed = seed
        events.reserveCapacity(110_000)
        keys.reserveCapacity(110_000)
    }

    /// Records one event; `time` is when it happened.
    mutating func emit(_ time: Date, _ actor: String, _ payload: EventPayload, _ personal: PersonalData = PersonalData()) {
        let serial = events.count
        let id = DemoRandom.uuid(seed: seed, serial: UInt64(serial))
        let event = Event(id: id, time: time, actor: actor, account: DemoLog.account, payload: payload)
        keys.append((Int64((event.time.timeIntervalSince1970 * 1000).rounded()), serial))
        events.append(NewEvent(event, personal: personal))
    }

    /// The events in time order; at the same millisecond, in the order they were made (a cause is
    /// always made before its effects).
    func sorted() -> [NewEvent] {
        let order = keys.sorted { $0.millis != $1.millis ? $0.millis < $1.millis : $0.serial < $1.serial }
        return order.map { events[$0.serial] }
    }
}
