import Foundation
import Testing
@testable import NewsroomCore

@Suite("KPI campaign progress")
struct KPICampaignProgressTests {
    @Test("the goal metric over the campaign's days against its target")
    func progress() throws {
        var f = KPIFixture()
        f.join("a1")
        f.post("s1", by: "a1", at: "2026-11-19T09:00:00Z", text: "Come to the #Fair")
        // 11-19 22:59 UTC is 23:59 local on 11-19, the day before the campaign (11-20 .. 11-22): excluded.
        f.measure("s1", ShareMetrics(impressions: 10_000, visitsFromSocial: 40), at: "2026-11-19T22:59:00Z")
        // Inside: 11-20 00:00 local and 11-22 23:59 local.
        f.measure("s1", ShareMetrics(impressions: 20_000, visitsFromSocial: 140), at: "2026-11-19T23:00:00Z")
        f.measure("s1", ShareMetrics(impressions: 25_000, visitsFromSocial: 240), at: "2026-11-22T22:59:00Z")
        // After the last day: excluded.
        f.measure("s1", ShareMetrics(impressions: 30_000, visitsFromSocial: 999), at: "2026-11-22T23:00:00Z")
        let fair = Campaign(name: "Fair", start: LocalDate("2026-11-20")!, end: LocalDate("2026-11-22")!,
                            goalMetric: "visitsFromSocial", target: 400, hashtags: ["fair"])
        let p = try CampaignProgress.compute(fair, f.state.counters, calendar: KPIFixture.calendar, stories: f.stories)
        // Growth inside: (140 − 40) + (240 − 140) = 200 visits; 200 / 400 = 0.5.
        #expect(p.count == 200)
        #expect(kpiApprox(p.progress, 0.5))
        // An unknown goal metric counts nothing and has no progress.
        let odd = Campaign(name: "Odd", start: fair.start, end: fair.end, goalMetric: "tickets", target: 10)
        let q = try CampaignProgress.compute(odd, f.state.counters, calendar: KPIFixture.calendar, stories: f.stories)
        #expect(q.goalMetric == nil)
        #expect(q.progress == nil)
    }
}
