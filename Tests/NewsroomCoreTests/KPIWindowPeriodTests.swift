import Foundation
import Testing
@testable import NewsroomCore

/// The period each window is compared with, and the steps of the sparklines, worked out by hand
/// (Europe/Berlin; now is Tuesday 2026-11-24 07:30 UTC = 08:30 local).
@Suite("KPI window periods")
struct KPIWindowPeriodTests {
    let calendar = KPIFixture.calendar
    let now = KPIFixture.now
    func t(_ text: String) -> Date { Timestamp.parse(text)! }

    @Test("today so far against yesterday up to the same time; 7d and 30d against as many days before")
    func previous() {
        let today = KPIWindow.today(now: now, calendar: calendar).previous(calendar: calendar)
        #expect(today.interval == DateInterval(start: t("2026-11-22T23:00:00Z"), end: t("2026-11-23T07:30:00Z")))
        let week = KPIWindow.last7Days(now: now, calendar: calendar).previous(calendar: calendar)
        // 7d starts 2026-11-18 00:00 local (17th 23:00 UTC); the 7 before start on the 11th.
        #expect(week.interval == DateInterval(start: t("2026-11-10T23:00:00Z"), end: t("2026-11-17T07:30:00Z")))
        let month = KPIWindow.last30Days(now: now, calendar: calendar).previous(calendar: calendar)
        // 30d starts 2026-10-26 00:00 local (after the change back to winter time: 25th 23:00 UTC); the 30 before, 26 Sep 00:00 CEST.
        #expect(month.interval.start == t("2026-09-25T22:00:00Z"))
        #expect(month.days == 30 && week.days == 7 && today.days == 1)
    }

    @Test("a campaign against the days just before it")
    func campaign() {
        let fair = Campaign(name: "Fair", start: LocalDate("2026-11-20")!, end: LocalDate("2026-11-22")!, goalMetric: "leads", target: 1)
        let before = KPIWindow.campaign(fair, calendar: calendar).previous(calendar: calendar)
        #expect(before.interval == DateInterval(start: t("2026-11-16T23:00:00Z"), end: t("2026-11-19T23:00:00Z")))
    }

    @Test("sparkline steps: 96 quarter hours up to the one holding now, 30 local days up to today")
    func steps() {
        let quarters = KPIWindow.quarterHours(endingAt: now)
        #expect(quarters.count == 96)
        #expect(quarters.last!.interval == DateInterval(start: t("2026-11-24T07:30:00Z"), duration: 900))
        #expect(quarters.first!.interval.start == t("2026-11-23T07:45:00Z"))
        let days = KPIWindow.days(endingAt: now, calendar: calendar)
        #expect(days.count == 30)
        #expect(days.last!.interval == DateInterval(start: t("2026-11-23T23:00:00Z"), end: now), "today ends now")
        #expect(days[28].interval == DateInterval(start: t("2026-11-22T23:00:00Z"), end: t("2026-11-23T23:00:00Z")))
        #expect(days.first!.interval.start == t("2026-10-25T23:00:00Z"))
    }
}
