import Foundation
import Testing
@testable import NewsroomCore

@Suite struct BriefingFoldTests {
    @Test func decisionsAreRecordedWithActorAndTime() {
        var n = Newsroom()
        n.addStory("s1")
        n.record(.briefingDecided(BriefingDecided(date: n.today, storyID: "s1", decision: .share)), by: "ben")
        let entry = n.state.briefings[n.today]!.entries["s1"]!
        #expect(entry.decision == .share)
        #expect(entry.current?.decidedBy == "ben")
        #expect(entry.current?.decidedAt == n.now)
    }

    @Test func embargoLiftsByItselfWithoutAnEvent() throws {
        var n = Newsroom()
        n.addStory("s1")
        let until = Newsroom.berlin.instant(n.today, LocalTime("10:00")!)
        n.record(.briefingDecided(BriefingDecided(date: n.today, storyID: "s1", decision: .embargo(until: until))))
        let briefing = n.state.briefings[n.today]!
        let eventsBefore = n.seq
        #expect(briefing.status(of: "s1", topics: [], at: until.addingTimeInterval(-1)) == .embargoed(until: until))
        #expect(briefing.status(of: "s1", topics: [], at: until) == .released(embargoEnded: until))
        #expect(briefing.status(of: "s1", topics: [], at: until).isShareable)
        #expect(n.seq == eventsBefore)
    }

    @Test func topicHoldKeepsBackAReleasedStory() {
        var n = Newsroom()
        n.addStory("s1", topics: ["politics"])
        n.record(.briefingDecided(BriefingDecided(date: n.today, storyID: "s1", decision: .share)))
        n.record(.topicHeld(TopicHeld(date: n.today, topic: "politics", reason: "election week")))
        let briefing = n.state.briefings[n.today]!
        #expect(briefing.status(of: "s1", topics: ["politics"], at: n.now) == .topicHeld(topic: "politics", reason: "election week"))
        n.record(.topicReleased(TopicReleased(date: n.today, topic: "politics")))
        #expect(n.state.briefings[n.today]!.status(of: "s1", topics: ["politics"], at: n.now) == .share)
    }

    @Test func undoIsACompensatingEventToThePreviousDecision() throws {
        var n = Newsroom()
        n.addStory("s1")
        n.record(.briefingDecided(BriefingDecided(date: n.today, storyID: "s1", decision: .share)))
        let hold = n.record(.briefingDecided(BriefingDecided(date: n.today, storyID: "s1", decision: .hold(reason: "wait for legal"))))
        let undo = try BriefingRules.undo(story: "s1", on: n.state.briefings[n.today]!, lastEventID: hold.event.id)
        n.record(undo)
        let entry = n.state.briefings[n.today]!.entries["s1"]!
        #expect(entry.decision == .share)
        #expect(entry.history.count == 3, "undo adds to the history, it removes nothing")
        guard case .briefingDecided(let body) = undo else { Issue.record("undo must be a decision"); return }
        #expect(body.undoes == hold.event.id)
    }

    @Test func undoWithNothingDecidedIsRefused() {
        let briefing = Briefing(date: LocalDate("2026-11-24")!, agenda: ["s1"])
        #expect(throws: RuleViolation.self) { try BriefingRules.undo(story: "s1", on: briefing, lastEventID: nil) }
    }

    @Test func holdNeedsAReasonAndEmbargoAFutureTime() {
        var n = Newsroom()
        n.addStory("s1")
        let briefing = n.state.briefings[n.today]!
        #expect(throws: RuleViolation.holdNeedsReason) { try BriefingRules.decide(.hold(reason: " "), story: "s1", on: briefing, at: n.now) }
        let past = n.now.addingTimeInterval(-60)
        #expect(throws: RuleViolation.embargoInThePast(past, now: n.now)) { try BriefingRules.decide(.embargo(until: past), story: "s1", on: briefing, at: n.now) }
        #expect(RuleViolation.embargoInThePast(past, now: n.now).description.hasPrefix("the embargo time has passed already (1 min ago)"))
        #expect(throws: RuleViolation.notOnAgenda("s9", n.today)) { try BriefingRules.decide(.share, story: "s9", on: briefing, at: n.now) }
    }

    @Test func reorderKeepsEveryStoryOnce() {
        var n = Newsroom()
        for id in ["a", "b", "c"] { n.addStory(StoryID(id)) }
        n.record(.briefingReordered(BriefingReordered(date: n.today, order: ["c", "a", "c", "zz"])))
        #expect(n.state.briefings[n.today]!.agenda == ["c", "a", "b"])
    }
}

@Suite struct RestrictionTests {
    @Test func restrictedStoryIsNeverOfferedToOtherTeams() throws {
        var n = Newsroom()
        n.addStory("exec-only", restriction: StoryRestriction(teams: ["executives"]))
        n.addStory("for-all")
        n.addAmbassador("a1", team: "multipliers")
        n.addAmbassador("a2", team: "executives")
        for id: StoryID in ["exec-only", "for-all"] {
            n.record(.briefingDecided(BriefingDecided(date: n.today, storyID: id, decision: .share)))
        }
        let briefing = n.state.briefings[n.today]!
        let offersA1 = BriefingRules.offers(for: n.state.ambassadors["a1"]!, briefing: briefing, stories: n.state.stories, at: n.now)
        let offersA2 = BriefingRules.offers(for: n.state.ambassadors["a2"]!, briefing: briefing, stories: n.state.stories, at: n.now)
        #expect(offersA1.map(\.id) == ["for-all"])
        #expect(offersA2.map(\.id) == ["exec-only", "for-all"])
        #expect(throws: RuleViolation.self) { try BriefingRules.checkRestriction(n.state.stories["exec-only"]!, for: n.state.ambassadors["a1"]!) }
    }

    @Test func ambassadorsAvoidedTopicsAreNotOffered() {
        var n = Newsroom()
        n.addStory("s1", topics: ["politics"])
        n.addAmbassador("a1", avoided: ["politics"])
        n.record(.briefingDecided(BriefingDecided(date: n.today, storyID: "s1", decision: .share)))
        #expect(!BriefingRules.mayOffer(n.state.stories["s1"]!, to: n.state.ambassadors["a1"]!, briefing: n.state.briefings[n.today], at: n.now))
    }

    @Test func pendingOrHeldStoriesAreNotOffered() {
        var n = Newsroom()
        n.addStory("s1")
        n.addAmbassador("a1")
        #expect(!BriefingRules.mayOffer(n.state.stories["s1"]!, to: n.state.ambassadors["a1"]!, briefing: n.state.briefings[n.today], at: n.now))
    }
}
