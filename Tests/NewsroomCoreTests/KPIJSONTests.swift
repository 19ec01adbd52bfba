import Foundation
import Testing
@testable import NewsroomCore

@Suite("KPI JSON")
struct KPIJSONTests {
    func object(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("the engagement score carries its provenance and formula; numbers are numbers")
    func engagement() throws {
        var f = KPIFixture()
        f.join("a1")
        f.post("s1", by: "a1", at: "2026-11-20T09:00:00Z")
        f.measure("s1", ShareMetrics(impressions: 100_000, clicks: 1_000), at: "2026-11-20T12:00:00Z")
        let s = try EngagementScore.program(f.state.counters, window: f.week, settings: EngagementSettings())
        let json = try object(s)
        #expect(json["scope"] as? String == "program")
        #expect(json["formula"] as? String == EngagementScore.formula)
        let window = try #require(json["window"] as? [String: Any])
        #expect(window["name"] as? String == "7d")
        #expect(window["start"] as? String == "2026-11-17T23:00:00.000Z")
        #expect(window["end"] as? String == "2026-11-24T07:30:00.000Z")
        let factors = try #require(json["factors"] as? [String: Any])
        let reach = try #require(factors["reach"] as? [String: Any])
        // 100,000 impressions / 1,000,000 → 10 points of the reach factor.
        #expect(reach["weightedCount"] as? Double == 100_000)
        #expect(reach["score"] as? Double == 10)
        #expect(reach["capped"] as? Bool == false)
        let parts = try #require(reach["contributions"] as? [[String: Any]])
        #expect(parts.first?["metric"] as? String == "impressions")
        #expect(parts.first?["weighted"] as? Double == 100_000)
    }

    @Test("a window reads back from its JSON")
    func windowRoundTrip() throws {
        let w = KPIWindow.last7Days(now: KPIFixture.now, calendar: KPIFixture.calendar)
        let back = try JSONDecoder().decode(KPIWindow.self, from: try JSONEncoder().encode(w))
        #expect(back == w)
    }

    @Test("maps keyed by state, reason or id become JSON objects; missing ratios are null")
    func maps() throws {
        let backlog = try object(ModerationBacklog(byState: [.new: 2, .escalated: 1]))
        #expect(backlog["total"] as? Int == 3)
        let byState = try #require(backlog["byState"] as? [String: Int])
        #expect(byState == ["new": 2, "triaged": 0, "assigned": 0, "waiting": 0, "escalated": 1])

        let window = KPIWindow.last7Days(now: KPIFixture.now, calendar: KPIFixture.calendar)
        let hides = try object(HidesByReason(window: window, hidden: [.insult: 2], unhidden: [:]))
        #expect(hides["hidden"] as? [String: Int] == ["insult": 2])

        let buzz = try object(try ShareOfBuzz.compute(Counters(), window: window, peers: [], topics: ["ai"]))
        let topics = try #require(buzz["topics"] as? [[String: Any]])
        #expect(topics.first?["share"] is NSNull)
        #expect(buzz["overall"] is NSNull)

        let median = try object(FirstResponseTime(window: window, bins: [4: 1]))
        #expect(median["medianMinutes"] as? Double == 12.5)
        let bins = try #require(median["bins"] as? [[String: Any]])
        #expect(bins.first?["fromMinutes"] as? Double == 10)
        #expect(bins.first?["toMinutes"] as? Double == 15)
    }
}
