import Foundation
import Testing
@testable import NewsroomCore

/// Time to first reply (median and p90) and to resolution, the oldest new comment and actions per
/// moderator, computed by hand from events folded in memory. Now is 2026-11-24 07:30 UTC; today
/// starts at 2026-11-23 23:00 UTC, the 7-day window at 2026-11-17 23:00 UTC.
@Suite("KPI moderation times and actions")
struct KPIModerationTimesTests {
    @Test("p90 of the first reply, from the fold's histogram")
    func firstReplyP90() throws {
        var f = KPIFixture()
        // 4, 12, 40 and 100 minutes: bins [2,5), [10,15), [30,60), [60,120), one each.
        for (i, minutes) in [4, 12, 40, 100].enumerated() {
            f.comment(CommentID("c\(i)"), postedAt: "2026-11-24T01:00:00Z")
            f.add(.commentReplied(CommentReplied(commentID: CommentID("c\(i)"), replyID: "r\(i)", text: "Danke", language: "de")),
                  at: KPIFixture.t("2026-11-24T01:00:00Z").addingTimeInterval(Double(minutes) * 60))
        }
        let t = try FirstResponseTime.compute(f.state.counters, window: f.today)
        #expect(t.count == 4)
        // Median rank 2: after 1 in [2,5), the one in [10,15) → 10 + 1/1 × 5 = 15.
        #expect(kpiApprox(t.medianMinutes, 15))
        // p90 rank 3.6: after 3, in [60,120) with 1 → 60 + 0.6 × 60 = 96.
        #expect(kpiApprox(t.p90Minutes, 96))
    }

    @Test("time to resolution counts each comment once, at its first resolved or no-action, in that bucket")
    func resolution() throws {
        var f = KPIFixture()
        f.comment("a", postedAt: "2026-11-24T01:00:00Z")
        f.reply("a", at: "2026-11-24T01:05:00Z")                 // answered is not resolved
        f.move("a", to: .resolved, at: "2026-11-24T01:20:00Z")    // 20 min → [15,30)
        f.comment("a-child", postedAt: "2026-11-24T02:00:00Z")
        f.add(.commentReceived(CommentReceived(commentID: "a-reply", network: .linkedIn, authorRef: PersonRef("p-x"), authorFollowers: 1,
                                               target: CommentTarget(kind: .companyPost, id: "post-1"), parentID: "a",
                                               postedAt: KPIFixture.t("2026-11-24T02:00:00Z"))), at: KPIFixture.t("2026-11-24T02:00:00Z"))
        #expect(f.state.comments["a"]?.state.isOpen == true, "an outside reply reopened the thread")
        f.move("a", to: .resolved, at: "2026-11-24T03:00:00Z")    // again: not counted a second time
        f.comment("b", postedAt: "2026-11-24T00:00:00Z")
        f.move("b", to: .noAction, at: "2026-11-24T04:00:00Z")    // 240 min → [240,480)
        f.move("b", to: .new, at: "2026-11-24T04:01:00Z")         // an undo puts it back …
        f.move("b", to: .noAction, at: "2026-11-24T05:00:00Z")    // … and closing it again does not count again
        f.comment("c", postedAt: "2026-11-23T21:00:00Z")
        f.move("c", to: .resolved, at: "2026-11-23T22:50:00Z")    // yesterday (local): only in the 7 days
        f.comment("d", postedAt: "2026-11-24T06:00:00Z")
        f.move("d", to: .waiting, at: "2026-11-24T06:30:00Z")     // not a resolution

        let today = try ResolutionTime.compute(f.state.counters, window: f.today)
        #expect(today.histogram.bins == [5: 1, 9: 1])
        #expect(today.count == 2)
        // Median rank 1: the end of [15,30) → 30. p90 rank 1.8: in [240,480) → 240 + 0.8 × 240 = 432.
        #expect(kpiApprox(today.medianMinutes, 30))
        #expect(kpiApprox(today.p90Minutes, 432))
        #expect(f.state.comments["a"]?.firstResolvedAt == KPIFixture.t("2026-11-24T01:20:00Z"))
        // 7 days add c's 110 min in [60,120): median rank 1.5 → 60 + 0.5 × 60 = 90.
        let week = try ResolutionTime.compute(f.state.counters, window: f.week)
        #expect(week.count == 3)
        #expect(kpiApprox(week.medianMinutes, 90))
        #expect(try ResolutionTime.compute(KPIFixture().state.counters, window: f.week).medianMinutes == nil)
    }

    @Test("the oldest new comment: hidden ones count, triaged and closed ones do not")
    func oldestNew() {
        var f = KPIFixture()
        f.comment("old-triaged", postedAt: "2026-11-20T08:00:00Z")
        f.classify("old-triaged", .question, at: "2026-11-20T08:05:00Z")
        f.comment("old-closed", postedAt: "2026-11-21T08:00:00Z")
        f.move("old-closed", to: .noAction, at: "2026-11-21T09:00:00Z")
        f.comment("hidden-new", postedAt: "2026-11-24T01:30:00Z")
        f.hide("hidden-new", .spam, at: "2026-11-24T01:40:00Z")
        f.comment("fresh", postedAt: "2026-11-24T07:00:00Z")
        let oldest = f.state.comments.values.filter { $0.state == .new }.min { $0.postedAt < $1.postedAt }
        #expect(oldest?.id == "hidden-new")
        let age = OldestNewAge(postedAt: oldest?.postedAt, at: KPIFixture.now)
        #expect(age.ageMinutes == 360)
        #expect(OldestNewAge(postedAt: nil, at: KPIFixture.now).ageMinutes == nil)
        #expect(OldestNewAge(postedAt: KPIFixture.now.addingTimeInterval(60), at: KPIFixture.now).ageMinutes == 0, "never negative")
    }

    @Test("actions per moderator per hour: people's decisions only, over the hours of the window gone by")
    func actionsPerModerator() throws {
        var f = KPIFixture()
        f.comment("c1", postedAt: "2026-11-24T01:00:00Z")                                  // an import: not an action
        f.classify("c1", .insult, byModel: true, at: "2026-11-24T01:01:00Z")                 // a model: not an action
        f.add(.commentClaimed(CommentClaimed(commentID: "c1", holder: "mia", leaseUntil: KPIFixture.t("2026-11-24T02:00:00Z"))),
              at: KPIFixture.t("2026-11-24T01:02:00Z"), actor: "mia")                      // a claim: not a decision
        f.add(.commentClassified(CommentClassified(commentID: "c1", category: .insult, source: "mia")), at: KPIFixture.t("2026-11-24T01:03:00Z"), actor: "mia")
        f.add(.commentHidden(CommentHidden(commentID: "c1", reason: .insult, ground: "StGB §185", note: "n")), at: KPIFixture.t("2026-11-24T01:04:00Z"), actor: "mia")
        f.add(.commentUnhidden(CommentUnhidden(commentID: "c1", note: "n")), at: KPIFixture.t("2026-11-24T01:05:00Z"), actor: "ben")
        f.add(.commentAssigned(CommentAssigned(commentID: "c1", assignee: "ben")), at: KPIFixture.t("2026-11-24T01:06:00Z"), actor: "mia")
        f.add(.commentReplied(CommentReplied(commentID: "c1", replyID: "r", text: "t", language: "de")), at: KPIFixture.t("2026-11-24T01:07:00Z"), actor: "ben")
        f.add(.commentEscalated(CommentEscalated(commentID: "c1", to: .legal, note: "n")), at: KPIFixture.t("2026-11-24T01:08:00Z"), actor: "ben")
        f.add(.commentMoved(CommentMoved(commentID: "c1", state: .resolved)), at: KPIFixture.t("2026-11-24T01:09:00Z"), actor: "ben")
        f.add(.commentMoved(CommentMoved(commentID: "c1", state: .triaged)), at: KPIFixture.t("2026-11-24T01:10:00Z"), actor: "import:coral")
        f.add(.commentMoved(CommentMoved(commentID: "c1", state: .waiting)), at: KPIFixture.t("2026-11-23T20:00:00Z"), actor: "ben") // yesterday

        // Today: 23:00 UTC to 07:30 UTC = 8.5 h. mia: classify, hide, assign = 3; ben: unhide, reply, escalate, resolve = 4.
        let today = try ModeratorActivity.compute(f.state.counters, window: f.today, at: KPIFixture.now)
        #expect(today.elapsedHours == 8.5)
        #expect(today.total == 7)
        #expect(today.moderators.map(\.moderator) == ["ben", "mia"])
        #expect(today.moderators.map(\.actions) == [4, 3])
        #expect(kpiApprox(today.moderators[0].perHour, 4 / 8.5))
        #expect(kpiApprox(today.totalPerHour, 7 / 8.5))
        #expect(today.top(1).map(\.moderator) == ["ben"])
        // The week adds ben's move of yesterday: 7 days less 23:00 to 07:30 = 152.5 h.
        let week = try ModeratorActivity.compute(f.state.counters, window: f.week, at: KPIFixture.now)
        #expect(week.elapsedHours == 152.5)
        #expect(week.moderators.map(\.actions) == [5, 3])
        // A moment before the window's end counts only the hours gone by; one at its start none (no rate).
        let early = ModeratorActivity(window: f.today, at: KPIFixture.t("2026-11-24T01:00:00Z"), total: 2, actions: ["mia": 2])
        #expect(early.elapsedHours == 2)
        #expect(early.moderators.first?.perHour == 1)
        let none = ModeratorActivity(window: f.today, at: f.today.interval.start, total: 1, actions: ["mia": 1])
        #expect(none.totalPerHour == nil && none.moderators.first?.perHour == nil)
    }

    @Test("duration KPIs and actions carry their formula and inputs in JSON; no data is null")
    func json() throws {
        var f = KPIFixture()
        f.comment("a", postedAt: "2026-11-24T01:00:00Z")
        f.move("a", to: .resolved, at: "2026-11-24T01:20:00Z")
        let resolution = try object(try ResolutionTime.compute(f.state.counters, window: f.today))
        #expect(resolution["medianMinutes"] as? Double == 22.5)   // 15 + 0.5 × 15
        #expect(resolution["p90Minutes"] as? Double == 28.5)      // 15 + 0.9 × 15
        #expect(resolution["count"] as? Int == 1)
        #expect(resolution["formula"] as? String == MinuteHistogram.formula)
        let bins = try #require(resolution["bins"] as? [[String: Any]])
        #expect(bins.count == 1 && bins[0]["fromMinutes"] as? Double == 15 && bins[0]["toMinutes"] as? Double == 30)
        let empty = try object(try FirstResponseTime.compute(f.state.counters, window: f.today))
        #expect(empty["medianMinutes"] is NSNull && empty["p90Minutes"] is NSNull)
        let actions = try object(try ModeratorActivity.compute(f.state.counters, window: f.today, at: KPIFixture.now))
        #expect(actions["elapsedHours"] as? Double == 8.5)
        #expect(actions["total"] as? Int == 1)
        let list = try #require(actions["moderators"] as? [[String: Any]])
        #expect(list.first?["moderator"] as? String == "tester" && list.first?["actions"] as? Int == 1)
        let oldest = try object(OldestNewAge(postedAt: KPIFixture.t("2026-11-24T07:00:00Z"), at: KPIFixture.now))
        #expect(oldest["ageMinutes"] as? Double == 30 && oldest["postedAt"] as? String == "2026-11-24T07:00:00.000Z")
    }

    func object(_ value: some Encodable) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(value)) as? [String: Any])
    }
}
