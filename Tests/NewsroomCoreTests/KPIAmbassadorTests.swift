import Foundation
import Testing
@testable import NewsroomCore

@Suite("KPI ambassadors")
struct KPIAmbassadorTests {
    /// "Now" is Tuesday 2026-11-24 07:30 UTC; the newsroom week starts Monday 2026-11-23 (local).
    func fixture() -> KPIFixture {
        var f = KPIFixture()
        f.join("a1", team: "multipliers", followers: [1_200, 300])
        f.join("a2", team: "multipliers", followers: [800])
        f.join("a3", team: "contacts", followers: [200], at: "2026-09-01T07:30:00Z")
        f.join("a4", team: "contacts")
        f.join("a5", team: "multipliers", followers: [5_000])
        // a1: a share in each of the weeks of 11-09, 11-16 and 11-23 → streak 3; active.
        f.post("s1a", by: "a1", at: "2026-11-10T09:00:00Z")
        f.post("s1b", by: "a1", at: "2026-11-17T09:00:00Z")
        f.post("s1c", by: "a1", at: "2026-11-23T09:00:00Z")
        f.measure("s1c", ShareMetrics(impressions: 5_000), at: "2026-11-23T18:00:00Z")
        // a2: Sunday 11-15 23:30 UTC is Monday 11-16 00:30 in Berlin: week of 11-16 → streak 1 (this week has none yet).
        //     8 days 8 hours ago: not active, not quiet (21 days).
        f.post("s2", by: "a2", at: "2026-11-15T23:30:00Z")
        // a3 never shared; joined 2026-09-01 07:30 UTC: 84 days quiet.
        // a4 shared 2026-10-20 10:00 UTC: 34 days 21.5 hours ago → 34 days quiet.
        f.post("s4", by: "a4", at: "2026-10-20T10:00:00Z")
        // a5 shared yesterday, was measured, then left: in no count of current ambassadors.
        f.post("s5", by: "a5", at: "2026-11-23T08:00:00Z")
        f.measure("s5", ShareMetrics(impressions: 1_000), at: "2026-11-23T12:00:00Z")
        f.leave("a5", at: "2026-11-23T15:00:00Z")
        return f
    }

    @Test("active in the last 7 days against all, per program and team; left ambassadors excluded")
    func activity() {
        let f = fixture()
        let a = AmbassadorActivity.compute(f.state.ambassadors.values, at: KPIFixture.now)
        // Current: a1, a2, a3, a4 (a5 left). Active: a1 only.
        #expect(a.program == AmbassadorActivity.Count(active: 1, all: 4))
        #expect(kpiApprox(a.program.ratio, 0.25))
        #expect(a.byTeam["multipliers"] == AmbassadorActivity.Count(active: 1, all: 2))
        #expect(a.byTeam["contacts"] == AmbassadorActivity.Count(active: 0, all: 2))
        // Before a5 left (11-23 14:00 UTC) a5 was current and active: 2 of 5.
        let before = AmbassadorActivity.compute(f.state.ambassadors.values, at: KPIFixture.t("2026-11-23T14:00:00Z"))
        #expect(before.program == AmbassadorActivity.Count(active: 2, all: 5))
        #expect(AmbassadorActivity.compute([Ambassador](), at: KPIFixture.now).program.ratio == nil)
    }

    @Test("went quiet: no share for 21 days, counted from joining when there was none")
    func quiet() {
        let f = fixture()
        let quiet = QuietAmbassador.list(f.state.ambassadors.values, at: KPIFixture.now, settings: AmbassadorSettings())
        // a3: 2026-09-01 07:30 → 2026-11-24 07:30 = 84 days; a4: 34 days. a2 (8 days) and a1 are not quiet; a5 left.
        #expect(quiet.map(\.id) == ["a3", "a4"])
        #expect(quiet.map(\.daysQuiet) == [84, 34])
        #expect(quiet[0].lastSharedAt == nil)
        // With a 7-day threshold a2 (8 days) goes quiet too.
        let strict = QuietAmbassador.list(f.state.ambassadors.values, at: KPIFixture.now, settings: AmbassadorSettings(quietAfterDays: 7))
        #expect(strict.map(\.id) == ["a3", "a4", "a2"])
    }

    @Test("weekly streaks in the newsroom's weeks")
    func streaks() {
        let f = fixture()
        let streaks = WeeklyStreaks.compute(f.state.ambassadors.values, at: KPIFixture.now, calendar: KPIFixture.calendar)
        // a1: weeks 11-23, 11-16, 11-09 → 3. a2: not this week, last week (local) yes → 1.
        // a3: never → 0. a4: last share in the week of 10-19 → 0. a5 left: not listed.
        #expect(streaks == ["a1": 3, "a2": 1, "a3": 0, "a4": 0])
    }

    @Test("total reach: impressions in the window beside the followers of active ambassadors")
    func reach() throws {
        let f = fixture()
        let r = try AmbassadorReach.compute(f.state.counters, ambassadors: f.state.ambassadors.values, window: f.week, at: KPIFixture.now)
        // Impressions in 7 days: a1 5,000 + a5 1,000 (counted while a member; history stays) = 6,000.
        #expect(r.impressions == 6_000)
        #expect(r.impressionsByAmbassador == ["a1": 5_000, "a5": 1_000])
        // Potential reach: active a1's followers 1,200 + 300 = 1,500 (a5 left).
        #expect(r.potentialReach == 1_500)
        // Followers of current members: a1 1,500 + a2 800 + a3 200 + a4 0 = 2,500.
        #expect(r.memberFollowers == 2_500)
        // Today holds no measurement.
        let today = try AmbassadorReach.compute(f.state.counters, ambassadors: f.state.ambassadors.values, window: f.today, at: KPIFixture.now)
        #expect(today.impressions == 0)
    }
}
