import Foundation
import Testing
@testable import NewsroomCore

@Suite("KPI moderation")
struct KPIModerationTests {
    /// Nine comments through the fold; "now" is 2026-11-24 07:30 UTC; today's window starts 11-23 23:00 UTC.
    func fixture() -> KPIFixture {
        var f = KPIFixture()
        f.comment("c1", postedAt: "2026-11-24T06:00:00Z"); f.classify("c1", .insult, at: "2026-11-24T06:05:00Z")           // triaged, 90 min old
        f.comment("c2", postedAt: "2026-11-24T05:00:00Z"); f.classify("c2", .threat, byModel: true, at: "2026-11-24T05:00:01Z") // new (model), 150 min
        f.comment("c3", postedAt: "2026-11-23T20:00:00Z")                                                                       // new, unclassified, 690 min
        f.comment("c4", postedAt: "2026-11-24T03:00:00Z"); f.classify("c4", .question, at: "2026-11-24T03:01:00Z")          // triaged, 270 min
        f.comment("c5", postedAt: "2026-11-24T04:00:00Z"); f.classify("c5", .criticism, at: "2026-11-24T04:01:00Z")
        f.reply("c5", at: "2026-11-24T04:10:00Z")                                                                              // answered after 10 min
        f.comment("c6", postedAt: "2026-11-24T01:00:00Z"); f.hide("c6", .insult, at: "2026-11-24T02:00:00Z")
        f.unhide("c6", at: "2026-11-24T03:00:00Z")                                                                             // new, visible again, 390 min
        f.comment("c7", postedAt: "2026-11-23T22:00:00Z"); f.reply("c7", at: "2026-11-23T22:03:00Z")                           // answered after 3 min (yesterday)
        f.move("c7", to: .resolved, at: "2026-11-23T22:30:00Z")
        f.comment("c8", postedAt: "2026-11-24T07:00:00Z"); f.classify("c8", .spam, at: "2026-11-24T07:01:00Z")
        f.escalate("c8", at: "2026-11-24T07:10:00Z")                                                                           // escalated, 30 min
        f.comment("c9", postedAt: "2026-11-23T22:00:00Z"); f.hide("c9", .spam, at: "2026-11-23T22:59:00Z")                    // new, hidden (yesterday local)
        return f
    }

    @Test("open backlog by state, from the tallies and from the comments alike")
    func backlog() {
        let f = fixture()
        let fromTallies = ModerationBacklog(tallies: f.state.tallies)
        let fromComments = ModerationBacklog(comments: f.state.comments.values)
        // new: c2, c3, c6, c9 = 4; triaged: c1, c4 = 2; escalated: c8 = 1; answered c5 and resolved c7 are not open.
        #expect(fromTallies.count(.new) == 4)
        #expect(fromTallies.count(.triaged) == 2)
        #expect(fromTallies.count(.escalated) == 1)
        #expect(fromTallies.count(.assigned) == 0)
        #expect(fromTallies.total == 7)
        #expect(fromTallies == fromComments)
        #expect(fromTallies.byState[.resolved] == nil)
        #expect(ModerationBacklog(tallies: [:]).total == 0)
    }

    @Test("median time to first response, interpolated inside the histogram bin")
    func medianFromFold() throws {
        let f = fixture()
        // Today: only c5's 10 minutes, bin [10, 15): rank 0.5 of 1 → 10 + 0.5 × 5 = 12.5.
        let today = try FirstResponseTime.compute(f.state.counters, window: f.today)
        #expect(today.count == 1)
        #expect(kpiApprox(today.medianMinutes, 12.5))
        // 7 days: c7's 3 minutes in bin [2, 5) and c5's 10 in [10, 15): rank 1 of 2 falls at the end of
        // the first bin → 2 + 1/1 × 3 = 5.
        let week = try FirstResponseTime.compute(f.state.counters, window: f.week)
        #expect(week.bins == [2: 1, 4: 1])
        #expect(kpiApprox(week.medianMinutes, 5))
    }

    @Test("median and other quantiles from a hand-made histogram")
    func interpolation() {
        let window = KPIWindow.last7Days(now: KPIFixture.now, calendar: KPIFixture.calendar)
        // Bins: [2,5): 1, [15,30): 2, [30,60): 1 → n = 4.
        let h = FirstResponseTime(window: window, bins: [2: 1, 5: 2, 6: 1])
        // Median rank 2: after 1 in [2,5), inside [15,30) with 2 → 15 + (2 − 1)/2 × 15 = 22.5.
        #expect(kpiApprox(h.medianMinutes, 22.5))
        // 90th percentile rank 3.6: after 3, inside [30,60) with 1 → 30 + 0.6 × 30 = 48.
        #expect(kpiApprox(h.quantile(0.9), 48))
        // The open last bin [10,080, ∞) is read as [10,080, 20,160): one response → 15,120.
        #expect(kpiApprox(FirstResponseTime(window: window, bins: [13: 1]).medianMinutes, 15_120))
    }

    @Test("no first response in the window: no median")
    func noData() throws {
        let f = KPIFixture()
        let t = try FirstResponseTime.compute(f.state.counters, window: f.week)
        #expect(t.count == 0)
        #expect(t.medianMinutes == nil)
    }

    @Test("a first response in the bucket just before the window is not counted")
    func responseBoundary() throws {
        var f = KPIFixture()
        f.comment("late", postedAt: "2026-11-23T22:00:00Z")
        f.reply("late", at: "2026-11-23T22:59:59Z")  // 59:59 min → bin [30, 60), in the last bucket of yesterday (local)
        f.comment("early", postedAt: "2026-11-23T22:58:00Z")
        f.reply("early", at: "2026-11-23T23:00:00Z")  // 2 min → bin [2, 5), in the first bucket of today
        let today = try FirstResponseTime.compute(f.state.counters, window: f.today)
        #expect(today.bins == [2: 1])
    }

    @Test("SLA breaches at a moment: open, visible, unanswered, older than the category's SLA")
    func breaches() {
        let f = fixture()
        // The SLAs these figures were computed for, all in wall-clock minutes.
        let settings = ModerationSettings(slaMinutes: ["default": 240, "threat": 30, "doxxing": 30, "defamation": 60, "insult": 120, "criticism": 240, "question": 480],
                                          slaBusinessHours: [])
        let list = SLABreach.breaches(in: f.state.comments.values, at: KPIFixture.now, settings: settings, calendar: KPIFixture.calendar)
        // c3 unclassified: 690 min > default 240 → 450 over. c6 insult, unhidden: 390 > 120 → 270 over.
        // c2 threat (model): 150 > 30 → 120 over.
        // Not: c1 insult 90 < 120; c4 question 270 < 480; c8 spam (default 240) 30; c5, c7 answered; c9 hidden.
        #expect(list.map(\.commentID) == ["c3", "c6", "c2"])
        #expect(list.map(\.overdueMinutes) == [450, 270, 120])
        #expect(list.map(\.slaMinutes) == [240, 120, 30])
        #expect(list[2].category == .threat)
        // Ten minutes earlier c2 is 140 min old: still over; one minute before its SLA ran out it is not.
        let early = SLABreach.breaches(in: f.state.comments.values, at: KPIFixture.t("2026-11-24T05:29:00Z"), settings: settings, calendar: KPIFixture.calendar)
        #expect(!early.contains { $0.commentID == "c2" })
        #expect(SLABreach.breaches(in: [NewsroomCore.Comment](), at: KPIFixture.now, settings: settings, calendar: KPIFixture.calendar).isEmpty)
    }

    @Test("hides by reason in the window, with unhides beside them")
    func hides() throws {
        let f = fixture()
        let today = try HidesByReason.compute(f.state.counters, window: f.today)
        // Today: c6 hidden (insult) at 02:00 and unhidden at 03:00; c9's hide at 22:59 UTC was yesterday.
        #expect(today.hidden == [.insult: 1])
        #expect(today.unhidden == [.insult: 1])
        let week = try HidesByReason.compute(f.state.counters, window: f.week)
        #expect(week.hidden == [.insult: 1, .spam: 1])
        #expect(week.totalHidden == 2)
        // Equal counts: the more severe reason first.
        #expect(week.rankedReasons.map(\.reason) == [.insult, .spam])
        let empty = try HidesByReason.compute(KPIFixture().state.counters, window: f.week)
        #expect(empty.totalHidden == 0)
    }
}
