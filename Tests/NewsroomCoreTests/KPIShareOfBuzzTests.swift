import Foundation
import Testing
@testable import NewsroomCore

@Suite("KPI share of buzz and topic footprint")
struct KPIShareOfBuzzTests {
    func fixture() -> KPIFixture {
        var f = KPIFixture()
        f.mention("ours", "ai", on: "2026-11-23", mentions: 30, engagement: 200)
        f.mention("Acme", "ai", on: "2026-11-23", mentions: 50)
        f.mention("Globex", "ai", on: "2026-11-20", mentions: 20)
        f.mention("ours", "cloud", on: "2026-11-18", mentions: 10, engagement: 600)
        // Not a named peer: left out of every share.
        f.mention("Initech", "ai", on: "2026-11-23", mentions: 100)
        // 11-17 is the day before the 7-day window (11-18 .. 11-24): excluded.
        f.mention("ours", "ai", on: "2026-11-17", mentions: 1_000, engagement: 9_000)
        return f
    }

    @Test("share of buzz per topic over 7 days, hand-computed")
    func shareOfBuzz() throws {
        let f = fixture()
        let buzz = try ShareOfBuzz.compute(f.state.counters, window: f.week, peers: ["ACME", "Globex"], topics: ["ai", "cloud", "mobility"])
        // ai: 30 / (30 + 50 + 20) = 0.3; peer names are matched without regard to case and shown as configured.
        let ai = try #require(buzz.topic("ai"))
        #expect(ai.ours == 30)
        #expect(ai.peers == ["ACME": 50, "Globex": 20])
        #expect(kpiApprox(ai.share, 0.3))
        // cloud: 10 / 10 = 1.
        #expect(kpiApprox(buzz.topic("cloud")?.share, 1))
        // mobility: configured, never mentioned: no share (nil), not 0.
        #expect(buzz.topic("mobility")?.total == 0)
        #expect(buzz.topic("mobility")?.share == nil)
        // Overall: (30 + 10) / (100 + 10) = 40/110.
        #expect(kpiApprox(buzz.overall, 40.0 / 110))
        #expect(buzz.unnamedSources == ["Initech"])
        // Rows by total: ai (100), cloud (10), mobility (0).
        #expect(buzz.topics.map(\.topic) == ["ai", "cloud", "mobility"])
    }

    @Test("with no mentions at all every share is nil")
    func noMentions() throws {
        let f = KPIFixture()
        let buzz = try ShareOfBuzz.compute(f.state.counters, window: f.week, peers: ["Acme"], topics: ["ai"])
        #expect(buzz.topics.count == 1)
        #expect(buzz.topic("ai")?.share == nil)
        #expect(buzz.overall == nil)
        let footprint = try TopicFootprint.compute(f.state.counters, window: f.week)
        #expect(footprint.entries.isEmpty)
        #expect(footprint.totalMentions == 0)
    }

    @Test("topic footprint: our mentions and their engagement spread over topics, each summing to 1")
    func footprint() throws {
        let f = fixture()
        let fp = try TopicFootprint.compute(f.state.counters, window: f.week)
        // Ours in the window: ai 30 (engagement 200), cloud 10 (engagement 600); 11-17 and peers left out.
        #expect(fp.totalMentions == 40)
        #expect(fp.totalEngagement == 800)
        // Mentions: ai 30/40 = 0.75, cloud 10/40 = 0.25. Engagement: ai 200/800 = 0.25, cloud 600/800 = 0.75.
        #expect(kpiApprox(fp.entry("ai")?.mentionShare, 0.75))
        #expect(kpiApprox(fp.entry("cloud")?.mentionShare, 0.25))
        #expect(kpiApprox(fp.entry("ai")?.engagementShare, 0.25))
        #expect(kpiApprox(fp.entry("cloud")?.engagementShare, 0.75))
        #expect(kpiApprox(fp.entries.compactMap(\.mentionShare).reduce(0, +), 1))
        #expect(kpiApprox(fp.entries.compactMap(\.engagementShare).reduce(0, +), 1))
        #expect(fp.entries.map(\.topic) == ["ai", "cloud"])
    }

    @Test("a day's mentions sit at local midnight: the 30-day window includes 11-17")
    func dayBoundary() throws {
        let f = fixture()
        let month = KPIWindow.last30Days(now: KPIFixture.now, calendar: KPIFixture.calendar)
        let fp = try TopicFootprint.compute(f.state.counters, window: month)
        // ai 30 + 1,000 = 1,030; cloud 10.
        #expect(fp.entry("ai")?.mentions == 1_030)
        #expect(fp.totalMentions == 1_040)
    }
}
