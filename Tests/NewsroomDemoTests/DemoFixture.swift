import Foundation
import NewsroomCore
import NewsroomDemo

/// One demo generated and folded once for all tests: seed 1 at 2026-11-24T07:30:00Z, Berlin.
enum DemoFixture {
    static let now = Date(timeIntervalSince1970: 1_795_505_400)  // 2026-11-24T07:30:00Z
    static let calendar = NewsroomCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!)
    static let today = calendar.localDate(of: now)

    static let batches: [[NewEvent]] = Array(DemoNewsroom.events(seed: 1, now: now, calendar: calendar))
    static let events: [NewEvent] = batches.flatMap { $0 }

    static let state: NewsroomState = {
        var state = NewsroomState(calendar: calendar)
        state.apply(events.enumerated().map { StoredEvent(seq: Int64($0.offset + 1), event: $0.element.event) })
        return state
    }()

    static func count(_ type: String) -> Int { events.filter { $0.event.type == type }.count }

    static var countsByType: [String: Int] { events.reduce(into: [:]) { $0[$1.event.type, default: 0] += 1 } }

    static let day: Double = 86_400
}
