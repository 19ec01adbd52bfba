import Foundation
import Testing
@testable import NewsroomCore

@Suite struct EventCatalogueTests {
    @Test func unknownTypeIsKeptSkippedAndCounted() throws {
        let payload = try EventPayload.decode(type: "poll.created", version: 1, body: Data(#"{"q":"?"}"#.utf8))
        #expect(payload == .unknown(type: "poll.created", version: 1, body: #"{"q":"?"}"#))
        var n = Newsroom()
        n.record(payload)
        n.addStory("s1")
        #expect(n.state.unknownEventCount == 1)
        #expect(n.state.stories.count == 1, "the fold goes on after an unknown event")
        #expect(try payload.encodedBody() == Data(#"{"q":"?"}"#.utf8), "its body is kept as it was")
    }

    @Test func newerVersionOfAKnownTypeIsTreatedAsUnknown() throws {
        let payload = try EventPayload.decode(type: "story.added", version: 99, body: Data("{}".utf8))
        guard case .unknown = payload else { Issue.record("expected unknown, got \(payload)"); return }
    }

    @Test func malformedBodyOfAKnownTypeSaysWhatIsMissing() {
        #expect {
            try EventPayload.decode(type: "topic.held", version: 1, body: Data(#"{"topic":"x"}"#.utf8))
        } throws: { error in
            "\(error)".contains("topic.held") && "\(error)".contains("missing field")
        }
    }

    @Test func everyKnownTypeRoundTripsThroughJSON() throws {
        let t = Timestamp.parse("2026-11-24T07:30:00.250Z")!
        let samples: [EventPayload] = [
            .storyAdded(StoryAdded(storyID: "s1", content: StoryContent(headline: "Ü", postTexts: [PostText(network: .x, text: "😀")]))),
            .briefingDecided(BriefingDecided(date: LocalDate("2026-11-24")!, storyID: "s1", decision: .embargo(until: t))),
            .briefingDecided(BriefingDecided(date: LocalDate("2026-11-24")!, storyID: "s1", decision: .hold(reason: "r"), undoes: UUID())),
            .commentHidden(CommentHidden(commentID: "c1", reason: .insult, ground: "StGB §185", note: "n")),
            .shareMeasured(ShareMeasured(shareID: "sh1", metrics: ShareMetrics(impressions: 5, leads: 1))),
            .ambassadorTrained(AmbassadorTrained(ambassadorID: "a1", training: Training(kind: "guideline", completedAt: t, validUntil: t))),
            .privacyErased(PrivacyErased(ref: "p1", requestID: "REQ-1", reason: .request, textsRemoved: 3)),
            .mentionCounted(MentionCounted(count: MentionCount(source: "ours", topic: "ki", date: LocalDate("2026-11-24")!, mentions: 4))),
        ]
        for payload in samples {
            let body = try payload.encodedBody()
            #expect(try EventPayload.decode(type: payload.type, version: payload.schemaVersion, body: body) == payload)
            #expect(EventPayload.knownTypes[payload.type] != nil)
        }
    }

    @Test func bodiesUseRFC3339Milliseconds() throws {
        let t = Timestamp.parse("2026-11-24T07:30:00Z")!
        let body = try EventPayload.briefingDecided(BriefingDecided(date: LocalDate("2026-11-24")!, storyID: "s1", decision: .embargo(until: t))).encodedBody()
        #expect(String(decoding: body, as: UTF8.self).contains("\"2026-11-24T07:30:00.000Z\""))
    }

    @Test func eventsAlreadyFoldedAreNotFoldedTwice() {
        var n = Newsroom()
        let stored = n.record(.sharePosted(SharePosted(shareID: "sh1", ambassadorID: "a1", storyID: nil, network: .x, postedAt: n.now, text: "#werkstolz")))
        n.state.apply([stored])
        #expect(n.state.tallies[.shares] == 1)
    }
}

@Suite struct ShareFoldTests {
    @Test func measurementsCountOnlyGrowth() {
        var n = Newsroom()
        n.addAmbassador("a1")
        n.record(.sharePosted(SharePosted(shareID: "sh1", ambassadorID: "a1", storyID: nil, network: .linkedIn, postedAt: n.now, text: "#lovemagenta")))
        n.record(.shareMeasured(ShareMeasured(shareID: "sh1", metrics: ShareMetrics(impressions: 100, clicks: 4))))
        n.record(.shareMeasured(ShareMeasured(shareID: "sh1", metrics: ShareMetrics(impressions: 250, clicks: 3))))
        let all = Int64.min / 2 ..< Int64.max / 2
        #expect(n.state.counters.sum(CounterKey(.impressions), over: all) == 250)
        #expect(n.state.counters.sum(CounterKey(.clicks), over: all) == 4, "a lower later count takes nothing back")
        #expect(n.state.counters.sum(CounterKey(.impressions, .ambassador("a1")), over: all) == 250)
        #expect(n.state.shares["sh1"]!.metrics.impressions == 250)
    }

    @Test func sharingUpdatesActivityAndStreaks() {
        var n = Newsroom()
        n.addAmbassador("a1")
        for (i, day) in ["2026-11-10T09:00:00Z", "2026-11-17T09:00:00Z", "2026-11-24T09:00:00Z"].enumerated() {
            n.record(.sharePosted(SharePosted(shareID: ShareID("sh\(i)"), ambassadorID: "a1", storyID: nil, network: .x,
                                              postedAt: n.at(day), text: "post")))
        }
        let a = n.state.ambassadors["a1"]!
        #expect(a.shareCount == 3)
        #expect(a.weeklyStreak(at: n.at("2026-11-26T12:00:00Z"), calendar: Newsroom.berlin) == 3)
        #expect(a.isActive(at: n.at("2026-11-26T12:00:00Z")))
        #expect(!a.isActive(at: n.at("2026-12-10T12:00:00Z")))
    }

    @Test func hashtagsAreFoundInPostedText() {
        #expect(Hashtags.extract(from: "Stolz! #werkstolz und #LoveMagenta, #weiljederkundezählt.") == ["werkstolz", "lovemagenta", "weiljederkundezählt"])
    }
}
