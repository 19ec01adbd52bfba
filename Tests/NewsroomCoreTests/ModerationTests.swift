import Foundation
import Testing
@testable import NewsroomCore

@Suite struct ModerationRuleTests {
    func comment() -> NewsroomCore.Comment {
        var n = Newsroom()
        n.receiveComment("c1")
        return n.state.comments["c1"]!
    }

    @Test func hideWithoutLawfulReasonIsRefused() {
        for category in [CommentCategory.criticism, .question, .factClaim, .praise, .offTopic, .profanity] {
            #expect(throws: RuleViolation.hideNeedsUnlawfulReason(category)) {
                try ModerationRules.hide(comment(), reason: category, note: "I do not like it")
            }
        }
    }

    @Test func hideNeedsANote() {
        #expect(throws: RuleViolation.hideNeedsNote) { try ModerationRules.hide(comment(), reason: .insult, note: "  ") }
    }

    @Test func hideRecordsReasonGroundAndNote() throws {
        let payload = try ModerationRules.hide(comment(), reason: .threat, note: "threatens the speaker")
        #expect(payload == .commentHidden(CommentHidden(commentID: "c1", reason: .threat, ground: "StGB §241", note: "threatens the speaker")))
    }

    @Test func thereIsNoDelete() {
        #expect(throws: RuleViolation.deletingIsNoSolution) { try ModerationRules.delete(comment()) }
        let message = RuleViolation.deletingIsNoSolution.description
        #expect(message.contains("deleting is no solution"))
        #expect(message.contains("reply") && message.contains("hide"))
    }

    @Test func everyHideableCategoryNamesItsGround() {
        for category in CommentCategory.allCases {
            #expect(category.mayBeHidden == (category.legalGround != nil))
        }
        #expect(CommentCategory.spam.legalGround!.contains("not a legal ground"))
    }

    @Test func claimedItemIsRefusedToOthersUntilTheLeaseRunsOut() throws {
        var c = comment()
        let now = Timestamp.parse("2026-11-24T07:30:00Z")!
        c.claim = Claim(holder: "anna", leaseUntil: now.addingTimeInterval(900))
        #expect(throws: RuleViolation.claimedByOther(c.id, holder: "anna", until: now.addingTimeInterval(900), now: now)) {
            try ModerationRules.claim(c, by: "ben", at: now, lease: 900)
        }
        #expect(RuleViolation.claimedByOther(c.id, holder: "anna", until: now.addingTimeInterval(900), now: now).description
                .contains("is being handled by anna for another 15 min"))
        _ = try ModerationRules.claim(c, by: "ben", at: now, lease: 900, takeOver: true)
        _ = try ModerationRules.claim(c, by: "ben", at: now.addingTimeInterval(901), lease: 900)
    }
}

@Suite struct CommentFoldTests {
    @Test func workflowMovesThroughItsStates() {
        var n = Newsroom()
        n.receiveComment("c1")
        #expect(n.state.comments["c1"]!.state == .new)
        n.record(.commentClassified(CommentClassified(commentID: "c1", category: .criticism, source: "anna")))
        #expect(n.state.comments["c1"]!.state == .triaged)
        n.record(.commentAssigned(CommentAssigned(commentID: "c1", assignee: "ben")))
        #expect(n.state.comments["c1"]!.state == .assigned)
        n.record(.commentReplied(CommentReplied(commentID: "c1", replyID: "r1", text: "Danke, hier die Zahlen …", language: "de")),
                 at: n.now.addingTimeInterval(600))
        #expect(n.state.comments["c1"]!.state == .answered)
        #expect(n.state.comments["c1"]!.firstResponseAt == n.now.addingTimeInterval(600))
        n.record(.commentMoved(CommentMoved(commentID: "c1", state: .resolved)))
        #expect(n.state.comments["c1"]!.state == .resolved)
        #expect(n.state.tallies[.state(.resolved)] == 1)
        #expect(n.state.tallies[.state(.new)] == 0)
    }

    @Test func modelClassificationDoesNotOverrideAModerator() {
        var n = Newsroom()
        n.receiveComment("c1")
        n.record(.commentClassified(CommentClassified(commentID: "c1", category: .question, source: "anna")))
        n.record(.commentClassified(CommentClassified(commentID: "c1", category: .insult, scores: ["insult": 0.7], source: "model:nb-1")))
        #expect(n.state.comments["c1"]!.category == .question)
    }

    @Test func hidingSetsTheCategoryAndStaysReversible() {
        var n = Newsroom()
        n.receiveComment("c1")
        n.record(.commentClassified(CommentClassified(commentID: "c1", category: .criticism, source: "model:nb-1")))
        n.record(.commentHidden(CommentHidden(commentID: "c1", reason: .insult, ground: "StGB §185", note: "name-calling")))
        let hidden = n.state.comments["c1"]!
        #expect(hidden.category == .insult)
        #expect(hidden.visibility.hide?.by == "anna")
        #expect(n.state.tallies[.hidden] == 1)
        n.record(.commentUnhidden(CommentUnhidden(commentID: "c1", note: "misread")))
        #expect(n.state.comments["c1"]!.visibility == .visible)
        #expect(n.state.tallies[.hidden] == 0)
        #expect(n.state.comments.count == 1, "nothing is ever removed")
    }

    @Test func newOutsideReplyReopensAResolvedThread() {
        var n = Newsroom()
        n.receiveComment("root")
        n.record(.commentMoved(CommentMoved(commentID: "root", state: .resolved)))
        n.receiveComment("reply", parent: "root")
        #expect(n.state.comments["root"]!.state == .new)
        #expect(n.state.comments["root"]!.reopenCount == 1)
        #expect(n.state.comments["reply"]!.threadRootID == "root")
    }

    @Test func firstResponseTimeGoesIntoTheHistogram() {
        var n = Newsroom()
        n.receiveComment("c1")
        let replyTime = n.now.addingTimeInterval(7 * 60)
        n.record(.commentReplied(CommentReplied(commentID: "c1", replyID: "r1", text: "x", language: "de")), at: replyTime)
        n.record(.commentReplied(CommentReplied(commentID: "c1", replyID: "r2", text: "y", language: "de")), at: replyTime.addingTimeInterval(60))
        let bucket = Bucket(containing: replyTime).index
        // 7 minutes falls in the bin [5, 10).
        #expect(n.state.counters.sum(CounterKey(.firstResponseMinutes, .bin(3)), over: bucket..<(bucket + 1)) == 1)
        #expect(n.state.counters.sum(CounterKey(.firstResponses), over: bucket..<(bucket + 1)) == 1)
    }
}

@Suite struct AnswerRuleTests {
    func comment() -> NewsroomCore.Comment {
        var n = Newsroom()
        n.receiveComment("c1")
        return n.state.comments["c1"]!
    }

    @Test func aReplyNeedsText() throws {
        #expect(throws: RuleViolation.emptyReply) { try ModerationRules.reply(to: comment(), text: " \n", language: "de", replyID: "r1") }
        let payload = try ModerationRules.reply(to: comment(), text: "Danke, hier die Zahlen", language: "de", replyID: "r1", template: "t1")
        #expect(payload == .commentReplied(CommentReplied(commentID: "c1", replyID: "r1", text: "Danke, hier die Zahlen", language: "de", templateID: "t1")))
    }

    @Test func anEscalationNeedsANote() throws {
        #expect(throws: RuleViolation.escalationNeedsNote) { try ModerationRules.escalate(comment(), to: .legal, note: "") }
        #expect(try ModerationRules.escalate(comment(), to: .hr, note: "Mitarbeiter genannt")
            == .commentEscalated(CommentEscalated(commentID: "c1", to: .hr, note: "Mitarbeiter genannt")))
    }

    @Test func placeholdersAreFilledAndUnknownOnesStayVisible() {
        let template = ReplyTemplate(id: "t1", name: "Dank", language: "de", text: "Hallo {author}, danke! {signature} {unclosed")
        #expect(template.filled(with: ["author": "Frau Berg"]) == "Hallo Frau Berg, danke! {signature} {unclosed")
    }
}
