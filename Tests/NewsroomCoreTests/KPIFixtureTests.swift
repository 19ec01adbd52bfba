import Foundation
import Testing
@testable import NewsroomCore

/// A small newsroom built by folding events, shared by the KPI tests, so they also exercise the
/// fold's counters. Newsroom zone Europe/Berlin (UTC+1 in November); "now" is Tuesday
/// 2026-11-24 07:30 UTC = 08:30 local.
struct KPIFixture {
    static let calendar = NewsroomCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!)
    static let now = KPIFixture.t("2026-11-24T07:30:00Z")

    var state = NewsroomState(calendar: KPIFixture.calendar)
    private var seq: Int64 = 0

    static func t(_ text: String) -> Date { Timestamp.parse(text)! }

    mutating func add(_ payload: EventPayload, at time: Date, actor: String = "tester") {
        seq += 1
        state.apply([StoredEvent(seq: seq, event: Event(time: time, actor: actor, account: "test", payload: payload))])
    }

    mutating func join(_ id: AmbassadorID, team: String = "multipliers", followers: [Int] = [], at time: String = "2026-09-01T08:00:00Z") {
        let networks: [Network] = [.linkedIn, .x, .xing]
        let accounts = followers.enumerated().map { NetworkAccount(network: networks[$0.offset], handle: "\(id)-\($0.offset)", followers: $0.element) }
        add(.ambassadorJoined(AmbassadorJoined(ambassadorID: id, name: "Name \(id)", team: team, role: "employee",
                                               timeZone: "Europe/Berlin", topics: [], accounts: accounts)), at: Self.t(time))
    }

    mutating func leave(_ id: AmbassadorID, at time: String) {
        add(.ambassadorLeft(AmbassadorLeft(ambassadorID: id)), at: Self.t(time))
    }

    mutating func post(_ share: ShareID, by ambassador: AmbassadorID, at time: String, story: StoryID? = nil, text: String = "post") {
        add(.sharePosted(SharePosted(shareID: share, ambassadorID: ambassador, storyID: story, network: .linkedIn,
                                     postedAt: Self.t(time), text: text)), at: Self.t(time))
    }

    /// The stories by id, as `CampaignAttribution` asks the store for them.
    func stories(_ ids: [StoryID]) -> [StoryID: Story] {
        Dictionary(uniqueKeysWithValues: ids.compactMap { id in state.stories[id].map { (id, $0) } })
    }

    mutating func story(_ id: StoryID, link: String? = nil, postText: String? = nil, at time: String = "2026-11-01T08:00:00Z") {
        let content = StoryContent(headline: "Story \(id)", link: link, postTexts: postText.map { [PostText(network: .linkedIn, text: $0)] } ?? [])
        add(.storyAdded(StoryAdded(storyID: id, content: content)), at: Self.t(time))
    }

    /// Totals at `time`; the fold counts the growth since the last measurement in the bucket of `time`.
    mutating func measure(_ share: ShareID, _ metrics: ShareMetrics, at time: String) {
        add(.shareMeasured(ShareMeasured(shareID: share, metrics: metrics)), at: Self.t(time))
    }

    mutating func mention(_ source: String, _ topic: String, on date: String, mentions: Int, engagement: Int = 0) {
        let count = MentionCount(source: source, topic: topic, date: LocalDate(date)!, mentions: mentions, engagement: engagement)
        add(.mentionCounted(MentionCounted(count: count)), at: Self.t("\(date)T20:00:00Z"), actor: "import:buzz")
    }

    mutating func comment(_ id: CommentID, postedAt time: String) {
        add(.commentReceived(CommentReceived(commentID: id, network: .linkedIn, authorRef: PersonRef("p-\(id)"), authorFollowers: 10,
                                             target: CommentTarget(kind: .companyPost, id: "post-1"), postedAt: Self.t(time))),
            at: Self.t(time), actor: "import:linkedin")
    }

    mutating func classify(_ id: CommentID, _ category: CommentCategory, byModel: Bool = false, at time: String) {
        add(.commentClassified(CommentClassified(commentID: id, category: category, source: byModel ? "model:test" : "mia")), at: Self.t(time))
    }

    mutating func reply(_ id: CommentID, at time: String) {
        add(.commentReplied(CommentReplied(commentID: id, replyID: "r-\(id)-\(time)", text: "Thanks", language: "en")), at: Self.t(time))
    }

    mutating func hide(_ id: CommentID, _ reason: CommentCategory, at time: String) {
        add(.commentHidden(CommentHidden(commentID: id, reason: reason, ground: reason.legalGround ?? "", note: "see screenshot")), at: Self.t(time))
    }

    mutating func unhide(_ id: CommentID, at time: String) {
        add(.commentUnhidden(CommentUnhidden(commentID: id, note: "was satire")), at: Self.t(time))
    }

    mutating func move(_ id: CommentID, to state: ModerationState, at time: String) {
        add(.commentMoved(CommentMoved(commentID: id, state: state)), at: Self.t(time))
    }

    mutating func escalate(_ id: CommentID, at time: String) {
        add(.commentEscalated(CommentEscalated(commentID: id, to: .legal, note: "check")), at: Self.t(time))
    }

    var today: KPIWindow { .today(now: Self.now, calendar: Self.calendar) }
    var week: KPIWindow { .last7Days(now: Self.now, calendar: Self.calendar) }
}

/// Floating-point comparison for hand-computed figures.
func kpiApprox(_ a: Double?, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}

@Suite("KPI fixture")
struct KPIFixtureTests {
    @Test("the fold files events into the expected counters and tallies")
    func foldFeedsCounters() {
        var f = KPIFixture()
        f.join("a1")
        f.post("s1", by: "a1", at: "2026-11-23T09:00:00Z")
        f.measure("s1", ShareMetrics(impressions: 100), at: "2026-11-23T10:00:00Z")
        f.measure("s1", ShareMetrics(impressions: 250), at: "2026-11-23T12:00:00Z")
        // Growth: 100 in the 10:00 bucket, 150 in the 12:00 bucket; 250 in all.
        let all = Bucket(containing: KPIFixture.t("2026-11-23T00:00:00Z")).index..<Bucket(containing: KPIFixture.now).index
        #expect(f.state.counters.sum(CounterKey(.impressions), over: all) == 250)
        #expect(f.state.counters.sum(CounterKey(.impressions, .ambassador("a1")), over: all) == 250)
        #expect(f.state.counters.sum(CounterKey(.sharesPosted), over: all) == 1)
    }
}
