import Foundation
import Testing
@testable import NewsroomCore

@Suite("KPI social funnel and earned media value")
struct KPISocialFunnelTests {
    @Test("visits from social against impressions, hand-computed")
    func funnel() throws {
        var f = KPIFixture()
        f.join("a1")
        f.post("s1", by: "a1", at: "2026-11-20T09:00:00Z")
        f.measure("s1", ShareMetrics(impressions: 200_000, clicks: 5_000, visitsFromSocial: 1_000), at: "2026-11-21T09:00:00Z")
        let funnel = try SocialFunnel.compute(f.state.counters, window: f.week)
        #expect(funnel.impressions == 200_000)
        #expect(funnel.visitsFromSocial == 1_000)
        // 1,000 / 200,000 = 0.005 = 5 per thousand impressions; 1,000 / 5,000 clicks = 0.2.
        #expect(kpiApprox(funnel.visitsPerImpression, 0.005))
        #expect(kpiApprox(funnel.visitsPerThousandImpressions, 5))
        #expect(kpiApprox(funnel.visitsPerClick, 0.2))
        // The same for the ambassador's scope.
        let mine = try SocialFunnel.compute(f.state.counters, window: f.week, scope: .ambassador("a1"))
        #expect(mine.visitsFromSocial == 1_000)
        // Today holds nothing: counts 0, ratios nil (not NaN).
        let today = try SocialFunnel.compute(f.state.counters, window: f.today)
        #expect(today.impressions == 0)
        #expect(today.visitsPerImpression == nil)
        #expect(today.visitsPerClick == nil)
    }

    @Test("earned media value per network with the default rates; unknown networks are not priced")
    func earnedMediaValue() throws {
        var c = Counters()
        let bucket = Bucket(containing: KPIFixture.t("2026-11-22T10:00:00Z"))
        func put(_ metric: Metric, _ network: Network, _ amount: Int64) {
            c.add(CounterDelta(CounterKey(metric, .network(network)), bucket: bucket, amount: amount))
        }
        put(.impressions, .linkedIn, 10_000); put(.clicks, .linkedIn, 100); put(.reactions, .linkedIn, 500)
        put(.impressions, .x, 5_000); put(.clicks, .x, 10); put(.reactions, .x, 100)
        put(.impressions, "mastodon", 1_000)
        let window = KPIWindow.last7Days(now: KPIFixture.now, calendar: KPIFixture.calendar)
        let emv = try EarnedMediaValue.compute(c, window: window, config: NewsroomConfig())
        // LinkedIn (cpm 30, cpc 5, ×0.2): 10,000/1,000×30 = 300 + 100×5 = 500 + 500×5×0.2 = 500 → 1,300.
        // X (cpm 6, cpc 0.8, ×0.1): 5,000/1,000×6 = 30 + 10×0.8 = 8 + 100×0.8×0.1 = 8 → 46.
        #expect(emv.networks.map(\.network) == [.linkedIn, .x])
        #expect(kpiApprox(emv.networks[0].value, 1_300))
        #expect(kpiApprox(emv.networks[1].value, 46))
        #expect(kpiApprox(emv.total, 1_346))
        #expect(emv.unpriced == ["mastodon"])
        #expect(emv.currency == "EUR")
    }
}
