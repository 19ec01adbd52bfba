import Foundation
import Testing
@testable import NewsroomCore

@Suite("KPI engagement score")
struct KPIEngagementScoreTests {
    /// Two ambassadors' shares measured inside the last 7 days, one outside.
    func programFixture() -> KPIFixture {
        var f = KPIFixture()
        f.join("a1")
        f.join("a2")
        f.join("a3")
        f.post("s1", by: "a1", at: "2026-11-19T09:00:00Z")
        f.post("s2", by: "a2", at: "2026-11-20T09:00:00Z")
        f.post("s3", by: "a3", at: "2026-11-10T09:00:00Z")
        // s1 measured twice: the fold counts the growth, so the window holds the final totals.
        f.measure("s1", ShareMetrics(impressions: 100_000, clicks: 1_000), at: "2026-11-19T12:00:00Z")
        f.measure("s1", ShareMetrics(impressions: 150_000, adImpressions: 50_000, eventVisits: 600, clicks: 3_000, reactions: 5_000,
                                     comments: 600, reshares: 500, visitsFromSocial: 700, leads: 60, bookedMeetings: 12),
                  at: "2026-11-21T12:00:00Z")
        f.measure("s2", ShareMetrics(impressions: 50_000, eventVisits: 400, clicks: 2_000, reactions: 3_000,
                                     comments: 400, reshares: 300, visitsFromSocial: 300, leads: 40, bookedMeetings: 8),
                  at: "2026-11-22T12:00:00Z")
        // Measured 22:59:59 UTC on 11-17 = 23:59:59 local, the day before the 7-day window: excluded.
        f.measure("s3", ShareMetrics(impressions: 999_999, clicks: 99_999, leads: 9_999), at: "2026-11-17T22:59:59Z")
        return f
    }

    @Test("program score over 7 days, hand-computed with the default configuration")
    func programScore() throws {
        let f = programFixture()
        let s = try EngagementScore.program(f.state.counters, window: f.week, settings: EngagementSettings())
        // Reach: impressions 200,000×1 + adImpressions 50,000×1 + eventVisits 1,000×50 = 300,000;
        //        reference 1,000,000 × 7/7 → 100 × 0.3 = 30.
        #expect(kpiApprox(s.reach.weightedCount, 300_000))
        #expect(kpiApprox(s.reach.reference, 1_000_000))
        #expect(kpiApprox(s.reach.score, 30))
        // Interaction: clicks 5,000 + reactions 8,000 + comments 1,000×3 + reshares 800×5 = 20,000; / 50,000 → 40.
        #expect(kpiApprox(s.interaction.weightedCount, 20_000))
        #expect(kpiApprox(s.interaction.score, 40))
        // Business impact: leads 100×10 + meetings 20×25 + visits 1,000×1 = 2,500; / 5,000 → 50.
        #expect(kpiApprox(s.businessImpact.weightedCount, 2_500))
        #expect(kpiApprox(s.businessImpact.score, 50))
        // Score: 0.3×30 + 0.4×40 + 0.3×50 = 9 + 16 + 15 = 40.
        #expect(kpiApprox(s.score, 40))
        #expect(s.scope == .program)
        // Provenance: what the reach factor is made of.
        let reachParts = Dictionary(uniqueKeysWithValues: s.reach.contributions.map { ($0.metric, $0.count) })
        #expect(reachParts == [.impressions: 200_000, .adImpressions: 50_000, .eventVisits: 1_000])
        #expect(s.reach.contributions.first { $0.metric == .eventVisits }?.weighted == 50_000)
        #expect(!s.reach.isCapped)
        #expect(s.ignoredMetricNames.isEmpty)
    }

    @Test("the reference scales with the window: 30 days against 30/7 of the weekly reference")
    func scaledReference() throws {
        let f = programFixture()
        let month = KPIWindow.last30Days(now: KPIFixture.now, calendar: KPIFixture.calendar)
        let s = try EngagementScore.program(f.state.counters, window: month, settings: EngagementSettings())
        // 30 days now include s3's measurement: impressions 200,000 + 999,999 → reach count 300,000 + 999,999 = 1,299,999;
        // reference 1,000,000 × 30/7 = 4,285,714.29 → 100 × 1,299,999 / 4,285,714.29 = 30.3333.
        #expect(kpiApprox(s.reach.reference, 1_000_000 * 30.0 / 7))
        #expect(kpiApprox(s.reach.score, 100 * 1_299_999 / (1_000_000 * 30.0 / 7)))
    }

    @Test("one ambassador today, against the per-ambassador reference scaled to one day, business impact capped")
    func ambassadorToday() throws {
        var f = KPIFixture()
        f.join("b")
        f.post("sb", by: "b", at: "2026-11-24T06:00:00Z")
        f.measure("sb", ShareMetrics(impressions: 1_000, clicks: 20, reactions: 30, comments: 2, reshares: 1,
                                     visitsFromSocial: 5, leads: 1), at: "2026-11-24T07:00:00Z")
        let s = try EngagementScore.ambassador("b", f.state.counters, window: f.today, settings: EngagementSettings())
        // References per day = per week / 7: reach 10,000/7 = 1,428.571; interaction 500/7 = 71.4286; impact 50/7 = 7.142857.
        // Reach: 1,000 / 1,428.571 = 0.7 → 70.
        #expect(kpiApprox(s.reach.score, 70))
        // Interaction: 20 + 30 + 2×3 + 1×5 = 61; 61 / 71.4286 = 0.854 → 85.4.
        #expect(kpiApprox(s.interaction.weightedCount, 61))
        #expect(kpiApprox(s.interaction.score, 85.4))
        // Impact: 1×10 + 5×1 = 15 > 7.14 → capped at 100.
        #expect(kpiApprox(s.businessImpact.score, 100))
        #expect(s.businessImpact.isCapped)
        // 0.3×70 + 0.4×85.4 + 0.3×100 = 21 + 34.16 + 30 = 85.16.
        #expect(kpiApprox(s.score, 85.16))
        #expect(s.scope == .ambassador("b"))
        // The batch form gives the same number, and 0 for an ambassador without counts.
        let all = try EngagementScore.ambassadors(["b", "nobody"], f.state.counters, window: f.today, settings: EngagementSettings())
        #expect(all["b"] == s)
        #expect(all["nobody"]?.score == 0)
    }

    @Test("every factor capped gives 100, never more")
    func allCapped() throws {
        let f = programFixture()
        // a1 alone in 7 days: reach 230,000 ≫ 10,000; interaction 12,300 ≫ 500; impact 1,600 ≫ 50.
        let s = try EngagementScore.ambassador("a1", f.state.counters, window: f.week, settings: EngagementSettings())
        #expect(s.factors.allSatisfy { $0.score == 100 && $0.isCapped })
        #expect(kpiApprox(s.score, 100))
    }

    @Test("no data scores 0 with the references still shown")
    func empty() throws {
        let f = KPIFixture()
        let s = try EngagementScore.program(f.state.counters, window: f.week, settings: EngagementSettings())
        #expect(s.score == 0)
        #expect(s.factors.allSatisfy { $0.score == 0 && $0.weightedCount == 0 })
        #expect(s.interaction.reference == 50_000)
    }

    @Test("weights are normalised to sum 1; unknown metric names are ignored and reported")
    func normalisedWeights() throws {
        let f = programFixture()
        var settings = EngagementSettings()
        settings.weights = FactorWeights(reach: 3, interaction: 4, businessImpact: 3)
        settings.reach["sparkles"] = 1_000
        let s = try EngagementScore.program(f.state.counters, window: f.week, settings: settings)
        // 3/10, 4/10, 3/10: the same 40 as with the defaults.
        #expect(kpiApprox(s.reach.weight, 0.3))
        #expect(kpiApprox(s.score, 40))
        #expect(s.ignoredMetricNames == ["sparkles"])
        let zero = EngagementScore.normalisedWeights(FactorWeights(reach: 0, interaction: 0, businessImpact: 0))
        #expect(kpiApprox(zero.reach + zero.interaction + zero.businessImpact, 1))
    }
}
