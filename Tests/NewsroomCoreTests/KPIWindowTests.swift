import Foundation
import Testing
@testable import NewsroomCore

@Suite("KPI windows")
struct KPIWindowTests {
    let calendar = KPIFixture.calendar
    let now = KPIFixture.now  // 2026-11-24 07:30 UTC = 08:30 in Berlin (UTC+1)

    @Test("today runs from local midnight to now")
    func today() {
        let w = KPIWindow.today(now: now, calendar: calendar)
        // Local midnight 2026-11-24 00:00 CET = 2026-11-23 23:00 UTC.
        #expect(w.name == "today")
        #expect(w.interval.start == KPIFixture.t("2026-11-23T23:00:00Z"))
        #expect(w.interval.end == now)
        #expect(w.days == 1)
        // 23:00 to 07:30 is 8.5 hours = 34 buckets of 15 minutes.
        #expect(w.buckets.count == 34)
        #expect(w.buckets.lowerBound == Bucket(containing: KPIFixture.t("2026-11-23T23:00:00Z")).index)
    }

    @Test("7d and 30d start at local midnight of the first day and end now")
    func lastDays() {
        let week = KPIWindow.last7Days(now: now, calendar: calendar)
        // Today and the six days before: 2026-11-18 .. 2026-11-24; local midnight of 11-18 = 11-17 23:00 UTC.
        #expect(week.name == "7d")
        #expect(week.interval.start == KPIFixture.t("2026-11-17T23:00:00Z"))
        #expect(week.interval.end == now)
        #expect(week.days == 7)
        #expect(week.scaleToWeek == 1)
        let month = KPIWindow.last30Days(now: now, calendar: calendar)
        // 2026-10-26 .. 2026-11-24; 10-26 is after the switch to CET (10-25), so midnight = 10-25 23:00 UTC.
        #expect(month.interval.start == KPIFixture.t("2026-10-25T23:00:00Z"))
        #expect(month.days == 30)
    }

    @Test("90d crosses the change from summer time: midnight is 22:00 UTC then")
    func ninetyDaysAcrossDST() throws {
        let w = try KPIWindow.parse("90d", now: now, calendar: calendar)
        // 2026-11-24 minus 89 days = 2026-08-27; midnight CEST (UTC+2) = 2026-08-26 22:00 UTC.
        #expect(w.interval.start == KPIFixture.t("2026-08-26T22:00:00Z"))
        #expect(w.days == 90)
    }

    @Test("a campaign runs from the start of its first day to the end of its last day")
    func campaign() {
        let fair = Campaign(name: "Fair", start: LocalDate("2026-11-20")!, end: LocalDate("2026-11-22")!,
                            goalMetric: "visitsFromSocial", target: 500)
        let w = KPIWindow.campaign(fair, calendar: calendar)
        #expect(w.name == "campaign:Fair")
        #expect(w.interval.start == KPIFixture.t("2026-11-19T23:00:00Z"))
        #expect(w.interval.end == KPIFixture.t("2026-11-22T23:00:00Z"))
        #expect(w.days == 3)
        // Three days of 96 buckets.
        #expect(w.buckets.count == 288)
    }

    @Test("parse reads every standard name and picks the campaign that is running")
    func parse() throws {
        let past = Campaign(name: "Spring", start: LocalDate("2026-03-01")!, end: LocalDate("2026-03-31")!, goalMetric: "leads", target: 10)
        let running = Campaign(name: "Fair", start: LocalDate("2026-11-20")!, end: LocalDate("2026-11-30")!, goalMetric: "visitsFromSocial", target: 500)
        #expect(try KPIWindow.parse(" Today ", now: now, calendar: calendar).name == "today")
        #expect(try KPIWindow.parse("7d", now: now, calendar: calendar).days == 7)
        #expect(try KPIWindow.parse("30D", now: now, calendar: calendar).days == 30)
        #expect(try KPIWindow.parse("campaign", now: now, calendar: calendar, campaigns: [past, running]).name == "campaign:Fair")
        #expect(try KPIWindow.parse("campaign:spring", now: now, calendar: calendar, campaigns: [past, running]).name == "campaign:Spring")
        // With no campaign running, the one that ended last.
        #expect(try KPIWindow.parse("campaign", now: now, calendar: calendar, campaigns: [past]).name == "campaign:Spring")
    }

    @Test("parse errors say what is accepted")
    func parseErrors() {
        #expect(throws: KPIWindowError.unknown("week")) { try KPIWindow.parse("week", now: now, calendar: calendar) }
        #expect(throws: KPIWindowError.badDays("0d")) { try KPIWindow.parse("0d", now: now, calendar: calendar) }
        #expect(throws: KPIWindowError.noCampaign) { try KPIWindow.parse("campaign", now: now, calendar: calendar) }
        #expect(throws: KPIWindowError.unknownCampaign("Nope", known: [])) { try KPIWindow.parse("campaign:Nope", now: now, calendar: calendar) }
        #expect(KPIWindowError.unknown("week").description.contains("today, 7d, 30d, 90d"))
    }

    @Test("a count in the bucket just before the window is left out, the first bucket inside is counted")
    func boundary() {
        var c = Counters()
        let key = CounterKey(.clicks)
        c.add(CounterDelta(key, bucket: Bucket(containing: KPIFixture.t("2026-11-23T22:59:59Z")), amount: 5))  // yesterday 23:59 local
        c.add(CounterDelta(key, bucket: Bucket(containing: KPIFixture.t("2026-11-23T23:00:00Z")), amount: 7))  // today 00:00 local
        c.add(CounterDelta(key, bucket: Bucket(containing: KPIFixture.t("2026-11-24T07:29:59Z")), amount: 11)) // the last bucket before now
        let w = KPIWindow.today(now: now, calendar: calendar)
        // 7 + 11 = 18; the 5 belongs to yesterday.
        #expect(c.sum(key, over: w.buckets) == 18)
    }
}
