import Foundation
import NewsroomCore

/// Makes the live feed's events: ids from the run's seed and a serial number (so a run repeated
/// with the same seed and start has the same ids, and the store skips what it already holds),
/// the feed's actor and the account it runs under.
struct LiveLog: Sendable {
    let seed: UInt64
    let account: String
    private(set) var serial: UInt64 = 0

    init(seed: UInt64, account: String) {
        self.seed = seed
        self.account = account
    }

    mutating func event(_ time: Date, _ payload: EventPayload, actor: String = LiveFeedSettings.actor,
                        personal: PersonalData = PersonalData()) -> NewEvent {
        serial += 1
        return NewEvent(Event(id: DemoRandom.uuid(seed: seed, serial: serial), time: time, actor: actor, account: account, payload: payload),
                        personal: personal)
    }
}
