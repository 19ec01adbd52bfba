import Foundation
import Testing
import NewsroomCore
import NewsroomDemo

@Suite struct DemoBriefingTests {
    let f = DemoFixture.self

    var recentStories: [Story] {
        f.state.stories.values.filter { $0.createdAt >= f.now.addingTimeInterval(-30 * f.day) }
    }

    @Test func atLeastFortyStoriesInGermanAndEnglishOverThirtyDays() {
        let recent = recentStories
        #expect(recent.count >= 40)
        #expect(recent.filter { $0.content.language == "de" }.count >= 15)
        #expect(recent.filter { $0.content.language == "en" }.count >= 5)
        #expect(Set(recent.map(\.content.source)).isSuperset(of: [.pressRelease, .blog, .intranet, .campaign]))
    }

    @Test func mostStoriesHaveApprovedWordingAFewAreInOwnWords() {
        let all = Array(f.state.stories.values)
        let without = all.filter { $0.content.approvedWording == nil }.count
        #expect(without >= 3)
        #expect(without * 3 < all.count)
        #expect(all.allSatisfy { !$0.content.talkingPoints.isEmpty && !$0.content.topics.isEmpty })
    }

    @Test func postTextsPerNetworkSeveralForSomeAndSomeOverTheLimit() {
        let all = Array(f.state.stories.values)
        #expect(all.allSatisfy { !$0.content.postTexts(for: .linkedIn).isEmpty && !$0.content.postTexts(for: .x).isEmpty })
        #expect(all.filter { $0.content.postTexts(for: .linkedIn).count >= 2 }.count >= 5)
        #expect(all.filter { $0.content.postTexts(for: .x).contains { $0.text.count > 280 } }.count >= 3)
        #expect(all.contains { !$0.content.postTexts(for: .instagram).isEmpty })
    }

    @Test func everyPastBriefingIsFullyDecided() {
        for (date, briefing) in f.state.briefings where date < f.today {
            #expect(briefing.agenda.allSatisfy { briefing.decision(of: $0) != .pending }, "\(date)")
        }
        let weekdays = (1...30).map { f.today.adding(days: -$0) }.filter { $0.isoWeekday <= 5 }
        #expect(weekdays.allSatisfy { (f.state.briefings[$0]?.agenda.count ?? 0) >= 2 })
        let kinds = Set(f.state.briefings.values.flatMap { b in b.agenda.map { b.decision(of: $0).kind } })
        #expect(kinds.isSuperset(of: ["share", "hold", "embargo"]))
    }

    @Test func todaysMorningCallHasEverythingTheCallNeeds() throws {
        let briefing = try #require(f.state.briefings[f.today])
        let stories = briefing.agenda.compactMap { f.state.stories[$0] }
        #expect(stories.count == briefing.agenda.count)
        #expect(briefing.agenda.filter { briefing.decision(of: $0) == .pending }.count >= 2)
        #expect(briefing.agenda.filter { briefing.decision(of: $0) == .share }.count >= 2)
        let embargoed = briefing.agenda.compactMap { id -> Date? in
            if case .embargo(let until) = briefing.decision(of: id) { return until } else { return nil }
        }
        #expect(embargoed.count == 1)
        #expect(embargoed.allSatisfy { $0 > f.now && f.calendar.localDate(of: $0) == f.today })
        #expect(!briefing.topicHolds.isEmpty)
        let held = stories.filter { briefing.heldTopic(among: $0.content.topics) != nil }
        #expect(held.count == 1)
        if let s = held.first {
            #expect(briefing.status(of: s.id, topics: s.content.topics, at: f.now).badge == "topic held")
        }
        #expect(stories.filter { $0.content.restriction.isRestricted }.count == 1)
        #expect(f.events.contains { e in
            if case .storyRestricted(let b) = e.event.payload { return briefing.agenda.contains(b.storyID) } else { return false }
        })
        #expect(stories.allSatisfy { $0.createdAt <= f.now })
    }

    @Test func topicHeldTodayIsAnEventOfToday() {
        #expect(f.events.contains { e in
            if case .topicHeld(let b) = e.event.payload { return b.date == f.today } else { return false }
        })
    }

}
