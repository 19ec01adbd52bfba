import Foundation
import Testing
@testable import NewsroomCore

/// A store counts SLA breaches below one posting-time cutoff per category; that must be the same
/// set as the age rule of `SLABreach.breaches`, whatever the business hours and holidays say, in
/// wall-clock time and in working time.
@Suite struct SLACutoffsTests {
    static let berlin = NewsroomCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!)

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func theCutoffsGiveTheBreachesOfTheAgeRule(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let settings = ModerationSettings(
            slaMinutes: ["default": 60 + Int(rng.next() % 400), "threat": 1 + Int(rng.next() % 60), "question": 480, "spam": Int(rng.next() % 3000),
                         "criticism": 1 + Int(rng.next() % 900)],
            slaBusinessHours: seed % 2 == 0 ? ["criticism", "question", "default"] : ["criticism", "factClaim"],
            businessHours: BusinessHours(start: LocalTime(hour: Int(rng.next() % 10), minute: 0)!, end: LocalTime(hour: 17, minute: 30)!,
                                         weekdays: Array(1...(1 + Int(rng.next() % 6)))),
            holidays: [LocalDate("2026-11-23")!, LocalDate("2026-12-24")!, LocalDate("2026-12-25")!])
        // Moments on a weekday, a Saturday night, a Sunday and a holiday, in winter and summer time.
        let moments = ["2026-11-24T07:30:00Z", "2026-11-28T22:15:00Z", "2026-11-29T12:00:00.250Z", "2026-12-25T09:00:00Z", "2026-07-01T06:59:59.999Z"]
            .map { Timestamp.parse($0)! }
        let working = BusinessTime(hours: settings.businessHours, holidays: settings.holidays, calendar: Self.berlin)
        for moment in moments {
            let cutoffs = SLACutoffs(at: moment, settings: settings, calendar: Self.berlin)
            var comments: [NewsroomCore.Comment] = []
            for i in 0..<400 {
                let category: CommentCategory? = rng.next() % 5 == 0 ? nil : CommentCategory.allCases.randomElement(using: &rng)
                // Whole milliseconds, many of them right at the cutoff, some hours or days on either side.
                let ms = rng.next() % 3 == 0 ? Double(Int64(rng.next() % 5) - 2) : Double(Int64(rng.next() % 400_000_000) - 200_000_000)
                let posted = Date(timeIntervalSince1970: ((cutoffs.cutoff(for: category).timeIntervalSince1970 * 1000).rounded() + ms) / 1000)
                var c = NewsroomCore.Comment(id: CommentID("c\(i)"), network: .x, authorRef: PersonRef("p"), authorFollowers: 0,
                                target: CommentTarget(kind: .companyPost, id: "t"), parentID: nil, threadRootID: CommentID("c\(i)"),
                                postedAt: posted, language: nil, version: 1)
                c.category = category
                if rng.next() % 7 == 0 { c.state = ModerationState.allCases.randomElement(using: &rng)! }
                if rng.next() % 9 == 0 { c.firstResponseAt = moment }
                if rng.next() % 11 == 0 { c.visibility = .hidden(HideRecord(reason: .spam, ground: "g", note: "n", by: "anna", at: moment)) }
                comments.append(c)
            }
            let ageRule = Set(comments.filter { c in
                let elapsed = settings.slaCountsBusinessHours(c.category) ? working.seconds(from: c.postedAt, to: moment)
                                                                           : moment.timeIntervalSince(c.postedAt)
                return c.state.isOpen && !c.visibility.isHidden && c.firstResponseAt == nil
                    && elapsed * 1000 > Double(settings.sla(for: c.category)) * 60_000 + 0.5
            }.map(\.id))
            #expect(Set(comments.filter(cutoffs.isBreached).map(\.id)) == ageRule, "at \(Timestamp.format(moment)), seed \(seed)")
            let breaches = SLABreach.breaches(in: comments, at: moment, settings: settings, calendar: Self.berlin)
            #expect(Set(breaches.map(\.commentID)) == ageRule)
            #expect(breaches.allSatisfy { $0.overdueMinutes > 0 }, "a breach is overdue in its own time")
            #expect(!ageRule.isEmpty)
        }
    }

    @Test func aCommentPostedExactlyAtTheCutoffHasNotBreachedYet() {
        let moment = Timestamp.parse("2026-11-24T07:30:00Z")!
        let cutoffs = SLACutoffs(at: moment, settings: ModerationSettings(), calendar: Self.berlin)
        #expect(cutoffs.cutoff(for: .threat) == moment.addingTimeInterval(-15 * 60), "a threat is decided within 15 minutes, day or night")
        #expect(cutoffs.cutoff(for: .insult) == moment.addingTimeInterval(-24 * 3600), "other unlawful content within 24 hours")
        #expect(cutoffs.cutoff(for: nil) == moment.addingTimeInterval(-24 * 3600))
        // Tuesday 08:30 in Berlin: four working hours back (08:00–18:00) end on Monday at 14:30.
        #expect(cutoffs.cutoff(for: .criticism) == Timestamp.parse("2026-11-23T13:30:00Z")!, "criticism gets a first reply within 4 business hours")
        #expect(cutoffs.cutoff(for: .praise) == cutoffs.cutoff(for: nil), "a category without its own SLA has the default")
        #expect(cutoffs.categories.count == CommentCategory.allCases.count + 1)
    }
}

/// A seedable linear congruential generator (Knuth's MMIX constants), for property tests.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &* 2_862_933_555_777_941_757 &+ 3_037_000_493 }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}
