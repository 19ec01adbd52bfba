import Foundation
import Testing
@testable import NewsroomCore

/// Working time in the newsroom's zone, counted by hand for the cases a moderator meets: a
/// Friday evening, a holiday, the night the clocks change.
@Suite struct BusinessTimeTests {
    static let berlin = NewsroomCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!)
    let week = BusinessTime(hours: BusinessHours(), holidays: [LocalDate("2026-12-24")!, LocalDate("2026-12-25")!], calendar: berlin)

    func t(_ text: String) -> Date { Timestamp.parse(text)! }

    @Test func fourWorkingHoursFromFridayAfternoonEndOnMonday() {
        // Friday 2026-11-27 17:00 Berlin (16:00Z): one hour on Friday, three on Monday from 08:00.
        #expect(week.seconds(from: t("2026-11-27T16:00:00Z"), to: t("2026-11-30T10:00:00Z")) == 4 * 3600)
        #expect(week.cutoff(seconds: 4 * 3600, before: t("2026-11-30T10:00:00Z")) == t("2026-11-27T16:00:00Z"))
        #expect(week.seconds(from: t("2026-11-28T09:00:00Z"), to: t("2026-11-29T15:00:00Z")) == 0, "a weekend counts nothing")
    }

    @Test func aWalkThatEndsAtTheStartOfTheDayReachesBackToTheEveningBefore() {
        // Monday 10:00 Berlin minus two working hours is Monday 08:00; the weekend adds nothing,
        // so what was posted after Friday 18:00 has waited exactly two hours, not more.
        let cutoff = week.cutoff(seconds: 2 * 3600, before: t("2026-11-30T09:00:00Z"))
        #expect(cutoff == t("2026-11-27T17:00:00Z"), "Friday 18:00 Berlin")
        #expect(week.seconds(from: t("2026-11-28T12:00:00Z"), to: t("2026-11-30T09:00:00Z")) == 2 * 3600)
        #expect(week.seconds(from: t("2026-11-27T16:59:59Z"), to: t("2026-11-30T09:00:00Z")) == 2 * 3600 + 1)
    }

    @Test func holidaysAndTheirEveDoNotCount() {
        // Wednesday 23 December 17:00 to Monday 28 December 09:00: one hour on the 23rd, nothing on
        // the 24th and 25th (holidays) or the weekend, one hour on the 28th.
        #expect(week.seconds(from: t("2026-12-23T16:00:00Z"), to: t("2026-12-28T08:00:00Z")) == 2 * 3600)
    }

    @Test func theDayTheClocksGoBackHasItsTenWorkingHours() {
        // Sunday 25 October 2026 is the change; Monday 26 counts 08:00–18:00 CET, Friday 23 in CEST.
        #expect(week.seconds(from: t("2026-10-23T06:00:00Z"), to: t("2026-10-26T17:00:00Z")) == 20 * 3600)
    }

    @Test func withoutWorkingDaysNoTimePasses() {
        let never = BusinessTime(hours: BusinessHours(weekdays: []), holidays: [], calendar: Self.berlin)
        #expect(never.seconds(from: t("2026-11-01T00:00:00Z"), to: t("2026-11-30T00:00:00Z")) == 0)
        #expect(never.cutoff(seconds: 60, before: t("2026-11-30T00:00:00Z")) == .distantPast, "nothing ever breaches")
    }
}
