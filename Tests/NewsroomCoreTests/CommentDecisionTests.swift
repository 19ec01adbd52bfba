import Foundation
import Testing
@testable import NewsroomCore

/// Every decision a moderator can make, through the fold: the state it leads to, the refusals
/// (someone else's claim, a stale or pointless move, a role that may not hide), and undo.
@Suite struct CommentDecisionTests {
    var n = Newsroom()

    init() { n.receiveComment("c1") }

    func context(_ actor: String = "anna", role: ModeratorRole? = .moderator, minutesLater: Double = 0) -> DecisionContext {
        DecisionContext(actor: actor, role: role, moment: n.now.addingTimeInterval(minutesLater * 60), settings: ModerationSettings())
    }

    var c1: NewsroomCore.Comment { n.state.comments["c1"]! }

    /// Decides, records and returns the recorded event.
    @discardableResult
    mutating func decide(_ decision: CommentDecision, as actor: String = "anna", role: ModeratorRole? = .moderator) throws -> StoredEvent {
        let payload = try ModerationRules.decide(decision, on: c1, in: context(actor, role: role), replyID: "r-1")
        return n.record(payload, by: actor)
    }

    @Test mutating func theWorkflowFromNewToResolved() throws {
        #expect(c1.state == .new)
        try decide(.classify(.criticism))
        #expect(c1.state == .triaged && c1.category == .criticism && c1.classifiedBy == "anna")
        try decide(.assign("ben"))
        #expect(c1.state == .assigned && c1.assignee == "ben")
        try decide(.reply(text: "Danke, die Zahlen stehen im Bericht.", language: "de", template: nil))
        #expect(c1.state == .answered && c1.replies.count == 1 && c1.firstResponseAt != nil)
        try decide(.resolve(note: nil))
        #expect(c1.state == .resolved && c1.resolution?.by == "anna")
    }

    @Test mutating func sideStates() throws {
        try decide(.wait(note: "waiting for the press office"))
        #expect(c1.state == .waiting)
        try decide(.escalate(.legal, note: "possible defamation"))
        #expect(c1.state == .escalated && c1.isUnderLegalEscalation)
        try decide(.noAction(note: "legal says fine"))
        #expect(c1.state == .noAction && !c1.state.isOpen)
    }

    @Test mutating func aNewOutsideReplyReopensAResolvedThread() throws {
        try decide(.classify(.question))
        try decide(.resolve(note: nil))
        n.receiveComment("c2", parent: "c1")
        #expect(c1.state == .triaged && c1.reopenCount == 1 && c1.resolution == nil)
    }

    @Test mutating func someoneElsesClaimRefusesEverythingButATakeOver() throws {
        try decide(.claim, as: "ben")
        #expect(c1.claim?.holder == "ben")
        let refused = [CommentDecision.hide(reason: .insult, note: "n"), .classify(.spam), .resolve(note: nil), .assign("anna"),
                       .reply(text: "x", language: "de", template: nil), .claim]
        for decision in refused {
            #expect(throws: RuleViolation.self, "\(decision)") { try ModerationRules.decide(decision, on: c1, in: context("anna")) }
        }
        do {
            _ = try ModerationRules.decide(.hide(reason: .insult, note: "n"), on: c1, in: context("anna"))
        } catch let violation as RuleViolation {
            #expect(violation.description.contains("is being handled by ben for another 15 min"))
        }
        try decide(.takeOver, as: "anna")
        #expect(c1.claim?.holder == "anna")
        // ben's claim ran out: after the lease anyone may act.
        var later = self
        later.n.record(try ModerationRules.decide(.claim, on: c1, in: context("ben", minutesLater: 16)), by: "ben", at: n.now.addingTimeInterval(16 * 60))
        #expect(later.c1.claim?.holder == "ben")
    }

    @Test mutating func hidingNeedsALawfulReasonANoteAndARoleThatMayHide() throws {
        #expect(throws: RuleViolation.hideNeedsUnlawfulReason(.criticism)) { try decide(.hide(reason: .criticism, note: "rude")) }
        #expect(throws: RuleViolation.hideNeedsNote) { try decide(.hide(reason: .insult, note: " ")) }
        #expect(throws: RuleViolation.roleMayNotHide(.expert, allowed: [.moderator, .legal])) {
            try decide(.hide(reason: .insult, note: "calls her an idiot"), as: "eva", role: .expert)
        }
        try decide(.hide(reason: .insult, note: "calls her an idiot"))
        #expect(c1.visibility.hide?.ground == "StGB §185" && c1.category == .insult, "a hide sets the category to its reason")
        #expect(throws: RuleViolation.alreadyHidden("c1")) { try decide(.hide(reason: .insult, note: "again")) }
        try decide(.unhide(note: "was satire"))
        #expect(!c1.visibility.isHidden)
        #expect(throws: RuleViolation.notHidden("c1")) { try decide(.unhide(note: "x")) }
    }

    @Test mutating func aMoveToWhereItIsAlreadyRecordsNothing() throws {
        try decide(.wait(note: nil))
        #expect(throws: RuleViolation.unchanged("c1", "waiting")) { try decide(.wait(note: nil)) }
        try decide(.assign("ben"))
        #expect(throws: RuleViolation.unchanged("c1", "assigned to ben")) { try decide(.assign("ben")) }
        try decide(.classify(.question))
        #expect(throws: RuleViolation.unchanged("c1", "classified as question")) { try decide(.classify(.question)) }
    }

    @Test mutating func aModelsCategoryCanBeConfirmed() throws {
        n.record(.commentClassified(CommentClassified(commentID: "c1", category: .spam, scores: ["spam": 0.9], source: "model:rules-v1")), by: "import:x")
        #expect(c1.state == .new)
        try decide(.classify(.spam))
        #expect(c1.state == .triaged && c1.classifiedBy == "anna")
    }

    @Test mutating func undoWritesTheCompensatingEvent() throws {
        n.record(.commentClassified(CommentClassified(commentID: "c1", category: .spam, source: "model:rules-v1")), by: "import:x")
        for decision in [CommentDecision.classify(.question), .assign("ben"), .wait(note: nil), .escalate(.hr, note: "colleague named"),
                         .hide(reason: .insult, note: "insult"), .resolve(note: nil)] {
            let before = c1
            let stored = try decide(decision)
            for payload in try ModerationRules.undo(stored.event.payload, eventID: stored.event.id, before: before, current: c1, by: "anna") {
                n.record(payload)
            }
            #expect(c1.state == before.state, "\(decision)")
            #expect(c1.assignee == before.assignee && c1.category == before.category && c1.visibility.isHidden == before.visibility.isHidden,
                    "\(decision)")
        }
        let before = c1
        let reply = try decide(.reply(text: "Danke", language: "de", template: nil))
        #expect(throws: RuleViolation.replyCannotBeUndone("c1")) {
            try ModerationRules.undo(reply.event.payload, eventID: reply.event.id, before: before, current: c1, by: "anna")
        }
    }

    @Test func deletingIsRefusedWithWhatToDo() {
        #expect(throws: RuleViolation.deletingIsNoSolution) { try ModerationRules.delete(c1) }
    }
}
