import Foundation
import Testing
@testable import NewsroomCore

/// A hold's reason is internal unless the editor marks it for the ambassadors; old decisions,
/// written before the mark existed, read as internal.
@Suite struct HoldReasonTests {
    @Test func aMarkedHoldCarriesTheMarkIntoTheBriefing() throws {
        var n = Newsroom()
        n.addStory("s1")
        let payload = try BriefingRules.decide(.hold(reason: "figures follow on Friday"), story: "s1", on: n.state.briefings[n.today]!, at: n.now,
                                               reasonForAmbassadors: true)
        n.record(payload)
        #expect(n.state.briefings[n.today]!.entries["s1"]!.current?.reasonForAmbassadors == true)
        let unmarked = try BriefingRules.decide(.hold(reason: "legal"), story: "s1", on: n.state.briefings[n.today]!, at: n.now)
        guard case .briefingDecided(let body) = unmarked else { Issue.record("a decision"); return }
        #expect(!body.reasonForAmbassadors, "internal is the default")
    }

    @Test func onlyAHoldCarriesTheMark() throws {
        var n = Newsroom()
        n.addStory("s1")
        let payload = try BriefingRules.decide(.share, story: "s1", on: n.state.briefings[n.today]!, at: n.now, reasonForAmbassadors: true)
        guard case .briefingDecided(let body) = payload else { Issue.record("a decision"); return }
        #expect(!body.reasonForAmbassadors)
    }

    @Test func undoRestoresThePreviousMark() throws {
        var n = Newsroom()
        n.addStory("s1")
        n.record(try BriefingRules.decide(.hold(reason: "after the press conference"), story: "s1", on: n.state.briefings[n.today]!, at: n.now,
                                          reasonForAmbassadors: true))
        let last = n.record(.briefingDecided(BriefingDecided(date: n.today, storyID: "s1", decision: .hold(reason: "legal"))))
        n.record(try BriefingRules.undo(story: "s1", on: n.state.briefings[n.today]!, lastEventID: last.event.id))
        let current = try #require(n.state.briefings[n.today]!.entries["s1"]!.current)
        #expect(current.decision == .hold(reason: "after the press conference"))
        #expect(current.reasonForAmbassadors)
    }

    @Test func aVersionOneBodyWithoutTheMarkReadsAsInternalAndKeepsItsShape() throws {
        let old = #"{"date":"2026-11-24","decision":{"kind":"hold","reason":"legal"},"storyID":"s1"}"#
        let payload = try EventPayload.decode(type: "briefing.decided", version: 1, body: Data(old.utf8))
        guard case .briefingDecided(let body) = payload else { Issue.record("a decision"); return }
        #expect(!body.reasonForAmbassadors)
        #expect(String(decoding: try payload.encodedBody(), as: UTF8.self) == old, "an unmarked decision is written as before")
        #expect(payload.schemaVersion == 1)

        let marked = EventPayload.briefingDecided(BriefingDecided(date: LocalDate("2026-11-24")!, storyID: "s1", decision: .hold(reason: "legal"),
                                                                  reasonForAmbassadors: true))
        let text = String(decoding: try marked.encodedBody(), as: UTF8.self)
        #expect(text.contains(#""reasonForAmbassadors":true"#))
        #expect(try EventPayload.decode(type: "briefing.decided", version: 1, body: Data(text.utf8)) == marked)
    }

    @Test func aDecisionRecordStoredBeforeTheMarkReadsAsInternal() throws {
        let old = #"{"decidedAt":"2026-11-24T07:30:00.000Z","decidedBy":"anna","decision":{"kind":"hold","reason":"legal"}}"#
        let record = try EventJSON.decoder().decode(DecisionRecord.self, from: Data(old.utf8))
        #expect(record.decision == .hold(reason: "legal") && !record.reasonForAmbassadors)
        let marked = DecisionRecord(decision: .hold(reason: "legal"), decidedBy: "anna", decidedAt: record.decidedAt, reasonForAmbassadors: true)
        #expect(try EventJSON.decoder().decode(DecisionRecord.self, from: EventJSON.encoder().encode(marked)) == marked)
    }

    @Test func anEmbargoLiftsIntoATopicHoldOrASharePlacedLaterToday() {
        var n = Newsroom()
        n.addStory("s1", topics: ["standorte"])
        n.addStory("s2", topics: ["energie"])
        n.addStory("s3", topics: ["energie"])
        let lunch = n.at("2026-11-24T11:00:00Z")
        n.record(.briefingDecided(BriefingDecided(date: n.today, storyID: "s1", decision: .embargo(until: lunch))))
        n.record(.briefingDecided(BriefingDecided(date: n.today, storyID: "s2", decision: .embargo(until: lunch))))
        n.record(.briefingDecided(BriefingDecided(date: n.today, storyID: "s3", decision: .embargo(until: n.at("2026-11-24T23:30:00Z")))))
        n.record(.topicHeld(TopicHeld(date: n.today, topic: "standorte", reason: "works council first")))
        let b = n.state.briefings[n.today]!
        #expect(b.statusLaterToday(of: "s1", topics: ["standorte"], at: n.now, calendar: Newsroom.berlin)
                == .topicHeld(topic: "standorte", reason: "works council first"))
        #expect(b.statusLaterToday(of: "s2", topics: ["energie"], at: n.now, calendar: Newsroom.berlin) == .released(embargoEnded: lunch))
        #expect(b.statusLaterToday(of: "s3", topics: ["energie"], at: n.now, calendar: Newsroom.berlin).isShareable == false,
                "00:30 local is tomorrow")
    }
}
