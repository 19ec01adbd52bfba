import Foundation
import Testing
import NewsroomCore
import NewsroomDemo

/// The demo is anchored at any "now": just after midnight, on a Sunday, on the day the clocks change.
@Suite struct DemoAnchorTests {
    static let anchors: [Date] = [
        Timestamp.parse("2026-03-29T00:30:00Z")!,  // 01:30 CET, the night the clocks go forward
        Timestamp.parse("2026-07-05T22:05:00Z")!,  // 00:05 on a Monday in Berlin, Sunday in UTC
        Timestamp.parse("2027-01-01T16:45:00Z")!,  // a holiday afternoon
    ]

    @Test(arguments: anchors)
    func anyNowGivesAConsistentNewsroom(now: Date) throws {
        let calendar = DemoFixture.calendar
        let events = Array(DemoNewsroom.events(seed: 3, now: now, calendar: calendar).joined())
        #expect(events.allSatisfy { $0.event.time <= now && $0.event.time >= now.addingTimeInterval(-90 * 86_400) })
        var state = NewsroomState(calendar: calendar)
        state.apply(events.enumerated().map { StoredEvent(seq: Int64($0.offset + 1), event: $0.element.event) })
        #expect(state.skipped.isEmpty)
        let today = calendar.localDate(of: now)
        let briefing = try #require(state.briefings[today])
        #expect(briefing.agenda.contains { id in
            if case .embargo(let until) = briefing.decision(of: id) { return until > now && calendar.localDate(of: until) == today }
            return false
        })
        #expect(!briefing.topicHolds.isEmpty)
        #expect(state.comments.count >= 20_000)
        #expect(state.comments.values.filter { $0.state.isOpen }.allSatisfy { $0.postedAt >= now.addingTimeInterval(-3 * 86_400) })
    }
}
