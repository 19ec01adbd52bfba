import Foundation
import Synchronization
import Testing
@testable import NewsroomCore

@Suite struct TimestampTests {
    @Test func formatsUTCWithMilliseconds() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_795_505_400.123)) == "2026-11-24T07:30:00.123Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
    }

    @Test func parsesZuluOffsetsAndFractions() {
        #expect(Timestamp.parse("2026-11-24T07:30:00Z") == Date(timeIntervalSince1970: 1_795_505_400))
        #expect(Timestamp.parse("2026-11-24T08:30:00+01:00") == Date(timeIntervalSince1970: 1_795_505_400))
        #expect(Timestamp.parse("2026-11-24T07:30:00.5Z") == Date(timeIntervalSince1970: 1_795_505_400.5))
    }

    @Test func refusesWhatIsNotATime() {
        for bad in ["", "2026-11-24", "2026-13-01T00:00:00Z", "2026-11-24T07:30:00", "yesterday", "2026-11-24T07:30:00Zjunk"] {
            #expect(Timestamp.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func roundTripsThroughText() {
        let date = Date(timeIntervalSince1970: 1_795_505_400.987)
        #expect(Timestamp.parse(Timestamp.format(date)) == date)
    }
}

@Suite struct CalendarTests {
    let berlin = NewsroomCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!)

    @Test func todayIsInTheNewsroomsZone() {
        // 23:30 UTC on the 24th is already the 25th in Berlin (UTC+1 in November).
        #expect(berlin.localDate(of: Timestamp.parse("2026-11-24T23:30:00Z")!) == LocalDate("2026-11-25"))
        #expect(berlin.localTime(of: Timestamp.parse("2026-11-24T07:30:00Z")!) == LocalTime("08:30"))
    }

    @Test func localTimeBecomesTheRightInstantAcrossDaylightSaving() {
        #expect(berlin.instant(LocalDate("2026-11-24")!, LocalTime("10:00")!) == Timestamp.parse("2026-11-24T09:00:00Z"))
        #expect(berlin.instant(LocalDate("2026-07-01")!, LocalTime("10:00")!) == Timestamp.parse("2026-07-01T08:00:00Z"))
    }

    @Test func weeksStartOnMonday() {
        #expect(LocalDate("2026-11-26")!.weekStart == LocalDate("2026-11-23"))
        #expect(LocalDate("2026-11-23")!.isoWeekday == 1)
        #expect(LocalDate("2026-11-29")!.isoWeekday == 7)
    }

    @Test func bucketsAreQuarterHours() {
        let b = Bucket(containing: Timestamp.parse("2026-11-24T07:44:59Z")!)
        #expect(b.start == Timestamp.parse("2026-11-24T07:30:00Z"))
        let window = DateInterval(start: Timestamp.parse("2026-11-24T07:30:00Z")!, end: Timestamp.parse("2026-11-24T08:30:00Z")!)
        #expect(Bucket.range(covering: window).count == 4)
    }

    @Test func invalidDatesAreRefused() {
        #expect(LocalDate("2026-02-30") == nil)
        #expect(LocalTime("24:00") == nil)
        #expect(LocalTime("9:05") == LocalTime(hour: 9, minute: 5))
    }
}

@Suite struct ClockTests {
    @Test func fixedClockStandsStill() throws {
        let setting = try ClockSetting.parse(now: "2026-11-24T07:30:00Z", speed: nil)
        let clock = setting.makeClock()
        #expect(clock.now() == Timestamp.parse("2026-11-24T07:30:00Z"))
    }

    @Test func scaledClockRunsFaster() {
        let wallStart = Date(timeIntervalSince1970: 1000)
        let box = WallBox(wallStart)
        let clock = ScaledClock(start: Timestamp.parse("2026-11-24T07:30:00Z")!, speed: 60, realStart: wallStart, wall: { box.now })
        box.now = wallStart.addingTimeInterval(60)
        // One real minute at speed 60 is one simulated hour.
        #expect(clock.now() == Timestamp.parse("2026-11-24T08:30:00Z"))
    }

    @Test func badSettingsSayWhatIsAccepted() {
        #expect(throws: ClockSettingError.badNow("tomorrow")) { try ClockSetting.parse(now: "tomorrow", speed: nil) }
        #expect(throws: ClockSettingError.badSpeed("-1")) { try ClockSetting.parse(now: nil, speed: "-1") }
        #expect(ClockSettingError.badNow("x").description.contains("RFC 3339"))
    }
}

/// A wall clock the test moves by hand.
final class WallBox: Sendable {
    private let value: Mutex<Date>
    init(_ now: Date) { value = Mutex(now) }
    var now: Date {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}

@Suite struct ActorTests {
    @Test func actorFallsBackFromAsToUserToAccount() {
        #expect(ActorIdentity(requested: "editor-anna", environmentUser: "root", accountName: "root").actor == "editor-anna")
        #expect(ActorIdentity(requested: nil, environmentUser: "ben", accountName: "root").actor == "ben")
        #expect(ActorIdentity(requested: nil, environmentUser: "", accountName: "root").actor == "root")
        #expect(ActorIdentity(requested: "  ", environmentUser: nil, accountName: "").actor == "unknown")
        #expect(ActorIdentity(requested: "anna", environmentUser: nil, accountName: "root").account == "root")
    }
}
