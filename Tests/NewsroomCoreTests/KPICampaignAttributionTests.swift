import Foundation
import Testing
@testable import NewsroomCore

@Suite("KPI campaign attribution")
struct KPICampaignAttributionTests {
    /// Four campaigns over the same days, each with its own marks; one share carries two of them.
    static func newsroom() -> KPIFixture {
        var f = KPIFixture()
        f.join("a1")
        f.story("fair-story", link: "https://messe.example.com/2026")
        f.story("tagged-story", postText: "Unser Wasserstoff-Projekt #H2Dialog")
        f.story("plain-story")
        // Listed story (campaign Listed), linked story (Fair), story whose text carries #h2dialog (Hydrogen).
        f.post("s1", by: "a1", at: "2026-11-20T09:00:00Z", story: "plain-story", text: "Lesenswert")
        f.post("s2", by: "a1", at: "2026-11-20T09:00:00Z", story: "fair-story", text: "Bis bald")
        f.post("s3", by: "a1", at: "2026-11-20T09:00:00Z", story: "tagged-story", text: "Spannend")
        // Own posts: a ticket link (Fair), a hashtag of Hydrogen and of Pride at once, nothing.
        f.post("s4", by: "a1", at: "2026-11-20T09:00:00Z", text: "Tickets: https://Messe.example.com/2026/tickets.")
        f.post("s5", by: "a1", at: "2026-11-20T09:00:00Z", text: "#h2dialog und #Werkstolz")
        f.post("s6", by: "a1", at: "2026-11-20T09:00:00Z", text: "Sonnenaufgang")
        for (i, share) in ["s1", "s2", "s3", "s4", "s5", "s6"].enumerated() {
            f.measure(ShareID(share), ShareMetrics(impressions: 1_000 * (i + 1), visitsFromSocial: 10 * (i + 1)), at: "2026-11-21T09:00:00Z")
        }
        return f
    }

    static func campaign(_ name: String, hashtags: [String] = [], stories: [StoryID] = [], links: [String] = []) -> Campaign {
        Campaign(name: name, start: LocalDate("2026-11-20")!, end: LocalDate("2026-11-22")!, goalMetric: "visitsFromSocial",
                 target: 100, hashtags: hashtags, stories: stories, links: links)
    }

    @Test("each campaign gets its own shares, not the program's total, and a share with two marks counts once for each")
    func ownShares() throws {
        let f = Self.newsroom()
        func count(_ c: Campaign) throws -> Int64 {
            try CampaignProgress.compute(c, f.state.counters, calendar: KPIFixture.calendar, stories: f.stories).count
        }
        // s1 visits 10, s2 20, s3 30, s4 40, s5 50, s6 60; the program has 210.
        #expect(try count(Self.campaign("Listed", stories: ["plain-story"])) == 10)
        #expect(try count(Self.campaign("Fair", links: ["messe.example.com/2026"])) == 20 + 40)
        #expect(try count(Self.campaign("Hydrogen", hashtags: ["H2Dialog"])) == 30 + 50)
        #expect(try count(Self.campaign("Pride", hashtags: ["#werkstolz"])) == 50)
        #expect(try count(Self.campaign("Both", hashtags: ["h2dialog", "werkstolz"])) == 30 + 50)
        #expect(try count(Self.campaign("None", hashtags: ["nothing"])) == 0)
        #expect(f.state.counters.sum(CounterKey(.visitsFromSocial), over: 0..<10_000_000) == 210)
    }

    @Test("share marks: tags sorted and lower-cased, links only on own posts, and a scope reads back")
    func marks() {
        let own = ShareMarks(storyID: nil, text: "#B #a #b https://Example.org/x?y=1, (https://t.co/z)")
        #expect(own.hashtags == ["a", "b"])
        #expect(own.links == ["example.org/x?y=1"])
        #expect(ShareMarks(scopeText: own.scopeText) == own)
        let story = ShareMarks(storyID: "st|ory", text: "https://example.org #x")
        #expect(story.links.isEmpty)
        #expect(CounterScope.post(story).postMarks == story)
        #expect(ShareLinks.normalized("https://a.example/|x") == nil)
    }

    @Test("hashtags: shares per tag and one adopter per ambassador at their first use")
    func hashtagCounters() {
        var f = KPIFixture()
        f.join("a1")
        f.join("a2")
        f.post("s1", by: "a1", at: "2026-11-20T09:00:00Z", text: "#werkstolz")
        f.post("s2", by: "a1", at: "2026-11-21T09:00:00Z", text: "#Werkstolz #werkstolz")
        f.post("s3", by: "a2", at: "2026-11-22T09:00:00Z", text: "#werkstolz")
        let all: Range<Int64> = 0..<10_000_000
        #expect(f.state.counters.sum(CounterKey(.hashtagShares, .hashtag("werkstolz")), over: all) == 3)
        #expect(f.state.counters.sum(CounterKey(.hashtagAdopters, .hashtag("werkstolz")), over: all) == 2)
        let day22 = Bucket.range(covering: DateInterval(start: KPIFixture.t("2026-11-21T23:00:00Z"), duration: 86_400))
        #expect(f.state.counters.sum(CounterKey(.hashtagAdopters, .hashtag("werkstolz")), over: day22) == 1)
    }
}
