import Foundation
import Testing
@testable import NewsroomCore

/// The priority score against sums worked out by hand from the formula in `CommentPriority`.
@Suite struct CommentPriorityTests {
    static let berlin = NewsroomCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!)
    let settings = ModerationSettings()

    func comment(_ category: CommentCategory?, followers: Int, on kind: CommentTarget.Kind = .companyPost, posted: String) -> NewsroomCore.Comment {
        var c = NewsroomCore.Comment(id: CommentID("c1"), network: .linkedIn, authorRef: PersonRef("p1"), authorFollowers: followers,
                                     target: CommentTarget(kind: kind, id: "post"), parentID: nil, threadRootID: CommentID("c1"),
                                     postedAt: Timestamp.parse(posted)!, language: "de", version: 1)
        c.category = category
        return c
    }

    @Test func aFreshThreatIsP1WithItsReasons() {
        // 100 (threat) + 10·log10(1000) = 30 (reach) + 30 × 6/15 = 12 (age) = 142.
        let c = comment(.threat, followers: 999, posted: "2026-11-24T07:24:00Z")
        let p = CommentPriority.of(c, context: PriorityContext(), at: Timestamp.parse("2026-11-24T07:30:00Z")!, settings: settings, calendar: Self.berlin)
        #expect(p.score == 142)
        #expect(p.band == .p1)
        #expect(p.breakdown == "threat +100, reach +30, SLA 40 % used +12")
    }

    @Test func criticismPastItsWorkingHoursSLAGoesToTheTop() {
        // On an ambassador's share: reach 10·log10(100) + 10·log10(10) + 15 = 45; 3 in the thread
        // this hour: +15. Posted Monday 09:00 Berlin, scored Monday 14:00: 300 working minutes of
        // 240: age +30 and breached 40 + 25/2 = 52.5. 25 + 45 + 15 + 30 + 52.5 = 167.5, shown as 168.
        let c = comment(.criticism, followers: 99, on: .share, posted: "2026-11-23T08:00:00Z")
        let p = CommentPriority.of(c, context: PriorityContext(threadCommentsLastHour: 3, postReactions: 9),
                                   at: Timestamp.parse("2026-11-23T13:00:00Z")!, settings: settings, calendar: Self.berlin)
        #expect(p.score == 168)
        #expect(p.band == .p1)
        #expect(p.breakdown == "criticism +25, reach (ambassador's post) +45, 3 in the thread this hour +15, SLA used up +30, SLA breached by 1 h 0 min +53")
    }

    @Test func theSameCriticismOverTheWeekendHasNotWaited() {
        // Posted Friday 18:30 Berlin, scored Monday 07:59: no working minute has passed.
        let c = comment(.criticism, followers: 0, posted: "2026-11-27T17:30:00Z")
        let p = CommentPriority.of(c, context: PriorityContext(), at: Timestamp.parse("2026-11-30T06:59:00Z")!, settings: settings, calendar: Self.berlin)
        #expect(p.score == 25)
        #expect(p.band == .p4)
        #expect(p.breakdown == "criticism +25")
    }

    @Test func contextLiftsAndLowers() {
        // Insult, 9 followers (+10), 12 of 24 hours (+15), the author hid three times before (+20,
        // capped), the thread answered (−10), crisis level 4 (+20): 40 + 10 + 15 + 20 − 10 + 20 = 95.
        let c = comment(.insult, followers: 9, posted: "2026-11-23T19:30:00Z")
        let context = PriorityContext(priorUnlawfulByAuthor: 3, answeredInThread: true, crisisLevel: 4)
        let p = CommentPriority.of(c, context: context, at: Timestamp.parse("2026-11-24T07:30:00Z")!, settings: settings, calendar: Self.berlin)
        #expect(p.score == 95)
        #expect(p.band == .p2)
        #expect(p.breakdown == "insult +40, reach +10, SLA 50 % used +15, author: 3 unlawful before +20, thread answered −10, crisis level 4 +20")
    }

    @Test func aLateThreatOutranksALateCriticismAndNobodyWaitsOnPraise() {
        let moment = Timestamp.parse("2026-11-24T07:30:00Z")!
        let threat = CommentPriority.of(comment(.threat, followers: 0, posted: "2026-11-24T07:00:00Z"), context: PriorityContext(), at: moment,
                                        settings: settings, calendar: Self.berlin)
        #expect(threat.score == 100 + 30 + 90, "\(threat.breakdown)")
        let praise = CommentPriority.of(comment(.praise, followers: 0, posted: "2026-11-20T07:00:00Z"), context: PriorityContext(), at: moment,
                                        settings: settings, calendar: Self.berlin)
        #expect(praise.score == 30 && praise.band == .p3, "only the age term: \(praise.breakdown)")
        // A fresh threat ranks above criticism that is late by hours.
        let fresh = CommentPriority.of(comment(.threat, followers: 999, posted: "2026-11-24T07:24:00Z"), context: PriorityContext(), at: moment,
                                       settings: settings, calendar: Self.berlin)
        let late = CommentPriority.of(comment(.criticism, followers: 999, posted: "2026-11-23T07:00:00Z"), context: PriorityContext(), at: moment,
                                      settings: settings, calendar: Self.berlin)
        #expect(fresh.score > late.score, "\(fresh.breakdown) vs \(late.breakdown)")
    }

    @Test func anAnsweredItemIsNotBreachedAndVelocityIsCapped() {
        var c = comment(nil, followers: 0, posted: "2026-11-22T07:30:00Z")
        c.firstResponseAt = Timestamp.parse("2026-11-22T08:00:00Z")
        let p = CommentPriority.of(c, context: PriorityContext(threadCommentsLastHour: 40), at: Timestamp.parse("2026-11-24T07:30:00Z")!,
                                   settings: settings, calendar: Self.berlin)
        // 25 (unclassified) + 30 (velocity, capped) + 30 (SLA used up) and no breach: 85.
        #expect(p.score == 85)
        #expect(!p.breakdown.contains("breached"))
        #expect(p.breakdown.hasPrefix("unclassified +25, 40 in the thread this hour +30"))
    }

    @Test func aHiddenItemSinksBelowWhatStillNeedsADecision() {
        var c = comment(.threat, followers: 0, posted: "2026-11-24T07:24:00Z")
        c.visibility = .hidden(HideRecord(reason: .threat, ground: "StGB §241", note: "n", by: "anna", at: Timestamp.parse("2026-11-24T07:26:00Z")!))
        let p = CommentPriority.of(c, context: PriorityContext(), at: Timestamp.parse("2026-11-24T07:30:00Z")!, settings: settings, calendar: Self.berlin)
        // 100 + 12 (6 of 15 minutes) − 50; no breach bonus: a hide is an action of its own.
        #expect(p.score == 62 && p.breakdown.hasSuffix("hidden already −50"), "\(p.breakdown)")
    }

    @Test func bandsHaveFixedEdges() {
        #expect([100, 99, 60, 59, 30, 29, 0, -5].map { PriorityBand(score: $0) } == [.p1, .p2, .p2, .p3, .p3, .p4, .p4, .p4])
        #expect(PriorityBand.p1 < .p4)
    }
}

/// A handled item waits for nothing: it ranks below every open one of its kind.
@Suite struct ClosedItemPriorityTests {
    @Test func aResolvedHiddenThreatIsNoLongerP1() throws {
        let at = Timestamp.parse("2026-11-24T07:30:00Z")!
        var c = NewsroomCore.Comment(id: CommentID("c1"), network: .linkedIn, authorRef: PersonRef("p1"), authorFollowers: 99,
                                     target: CommentTarget(kind: .companyPost, id: "p"), parentID: nil, threadRootID: CommentID("c1"),
                                     postedAt: at.addingTimeInterval(-6 * 3600), language: "de", version: 1)
        c.category = .threat
        let open = CommentPriority.of(c, context: PriorityContext(), elapsedSLAMinutes: 360, slaMinutes: 15)
        // threat 100 + reach 10·log10(100) = 20 + SLA used up 30 + breached 40 + 50 = 240
        #expect(open.score == 240 && open.band == .p1, "\(open.breakdown)")
        c.state = .resolved
        let closed = CommentPriority.of(c, context: PriorityContext(), elapsedSLAMinutes: 360, slaMinutes: 15)
        // threat 100 + reach 20 − closed 100 = 20
        #expect(closed.score == 20 && closed.band == .p4, "\(closed.breakdown)")
        #expect(closed.breakdown == "threat +100, reach +20, closed (resolved): nothing waits −100")
    }
}
