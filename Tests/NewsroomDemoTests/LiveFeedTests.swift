import Foundation
import Testing
import NewsroomCore
import NewsroomDemo

@Suite struct LiveFeedTests {
    let f = LiveFixture.self

    @Test func theSameSeedAndStartGiveTheSameEventsHoweverTimeIsSliced() {
        let settings = f.settings(seed: 7, rate: 20)
        let once = f.events(minutes: 60, settings).events
        var feed = LiveFeed(newsroom: f.newsroom, settings: settings)
        var sliced: [NewEvent] = []
        var t = settings.start
        while t < settings.start.addingTimeInterval(3600) {
            t = min(t.addingTimeInterval(7.3), settings.start.addingTimeInterval(3600))
            sliced += feed.events(through: t)
        }
        #expect(once.count > 500)
        #expect(once == sliced)
        let again = f.events(minutes: 60, settings).events
        #expect(again == once)
    }

    @Test func anotherSeedOrStartGivesOtherEventsWithOtherIds() {
        let first = f.events(minutes: 30, f.settings(seed: 1)).events
        let otherSeed = f.events(minutes: 30, f.settings(seed: 2)).events
        let later = f.events(minutes: 30, f.settings(seed: 1, start: f.start.addingTimeInterval(600))).events
        #expect(first != otherSeed)
        let ids = Set(first.map(\.event.id))
        #expect(ids.isDisjoint(with: otherSeed.map(\.event.id)))
        #expect(ids.isDisjoint(with: later.map(\.event.id)))
        let shareIDs = { (events: [NewEvent]) in Set(events.compactMap { e -> ShareID? in
            if case .sharePosted(let b) = e.event.payload { return b.shareID } else { return nil } }) }
        #expect(shareIDs(first).isDisjoint(with: shareIDs(later)))
    }

    @Test func eventsComeInTimeOrderNeverAfterTheMomentAskedFor() {
        var feed = LiveFeed(newsroom: f.newsroom, settings: f.settings(rate: 50))
        var last = f.start
        for step in 1...40 {
            let through = f.start.addingTimeInterval(Double(step) * 12)
            let batch = feed.events(through: through)
            for e in batch {
                #expect(e.event.time <= through && e.event.time >= last)
                last = e.event.time
            }
        }
        #expect(last > f.start.addingTimeInterval(400))
    }

    /// A working Tuesday morning at the newsroom's own pace: every kind of event, measurements the
    /// most, comments at the newsroom's usual level, mentions of us and both peers every hour.
    @Test func aSimulatedHourHasTheNewsroomsMix() {
        let (events, _) = f.events(minutes: 120, f.settings(stormAt: 119))
        let quiet = events.filter { $0.event.time < f.start.addingTimeInterval(119 * 60) }
        let n = f.counts(quiet)
        let hours = 119.0 / 60
        let usual = f.newsroom.rhythm.comments(at: f.start.addingTimeInterval(3600), calendar: f.newsroom.calendar)
        #expect((n["comment.received"] ?? 0) == (n["comment.classified"] ?? 0))
        #expect(Double(n["comment.received"] ?? 0) > usual * hours * 0.6 && Double(n["comment.received"] ?? 0) < usual * hours * 1.5)
        #expect((n["share.posted"] ?? 0) >= 2)
        #expect((n["share.measured"] ?? 0) > 3 * (n["comment.received"] ?? 0))
        #expect((n["mention.counted"] ?? 0) >= 2 * 30)
        let sources = Set(quiet.compactMap { e -> String? in
            if case .mentionCounted(let b) = e.event.payload { return b.count.source } else { return nil } })
        #expect(sources == ["ours", "Südwind Energie", "Hansa Netze"])
        #expect(Set(n.keys) == ["share.posted", "share.measured", "comment.received", "comment.classified", "mention.counted"])
    }

    @Test func commentsHaveTheDemosMixOfCategoriesAndTheirAuthorsDataBesideTheEvent() {
        let (events, _) = f.events(minutes: 24 * 60, f.settings(stormAt: 24 * 60 - 1))
        var categories: [CommentCategory: Int] = [:]
        var received = 0
        for e in events {
            switch e.event.payload {
            case .commentClassified(let b):
                categories[b.category, default: 0] += 1
                #expect(e.event.actor == "model:rules-v1" && b.source == "model:rules-v1" && b.scores != nil)
            case .commentReceived(let b):
                received += 1
                #expect(e.personal.profiles.map(\.ref) == [b.authorRef] && e.personal.texts.first?.subject == b.commentID.rawValue)
                #expect(e.event.actor == "import:simulate")
            default:
                #expect(e.event.actor == "import:simulate")
            }
        }
        #expect(received > 200)
        let total = Double(categories.values.reduce(0, +))
        func share(_ c: CommentCategory) -> Double { Double(categories[c] ?? 0) / total }
        #expect(share(.criticism) > share(.question) && share(.question) > share(.factClaim))
        #expect(share(.criticism) + share(.question) + share(.praise) > 0.55)
        #expect(share(.insult) + share(.threat) + share(.defamation) < 0.12)
        #expect(categories.count >= 8)
    }

    @Test func aRateIsEventsPerRealSecondWhateverTheSpeed() {
        let fast = f.events(minutes: 10, f.settings(rate: 50, speed: 60)).events.count  // 10 real seconds
        let slow = f.events(minutes: 10, f.settings(rate: 100, speed: 1)).events.count  // 600 real seconds
        #expect(abs(Double(fast) - 500) < 500 * 0.15)
        #expect(abs(Double(slow) - 60_000) < 60_000 * 0.05)
    }

    @Test func aRateTooLowForTheNewsroomsOwnLifeThinsItAndSaysSo() {
        let feed = LiveFeed(newsroom: f.newsroom, settings: f.settings(rate: 0.2, speed: 60))
        let pace = feed.pace(at: f.start.addingTimeInterval(3600))
        #expect(pace.thinning < 0.5 && pace.measurements == 0)
        let events = f.events(minutes: 120, f.settings(rate: 0.2, speed: 60, stormAt: 119)).events
            .filter { $0.event.time < f.start.addingTimeInterval(119 * 60) }
        #expect(abs(Double(events.count) - 0.2 * 119) < 15)
    }

    @Test func measurementsOnlyGrowAndEverythingFoldsIntoTheDemo() {
        let events = f.events(minutes: 90, f.settings(rate: 40)).events
        var last: [ShareID: ShareMetrics] = [:]
        for e in events {
            guard case .shareMeasured(let b) = e.event.payload else { continue }
            if let before = last[b.shareID] { #expect(b.metrics.merged(with: before) == b.metrics, "\(b.shareID) shrank") }
            last[b.shareID] = b.metrics
        }
        let state = f.folded(events)
        #expect(state.skipped.isEmpty)
        let before = DemoFixture.state.shares.values.reduce(0) { $0 + $1.metrics.impressions }
        let after = state.shares.values.reduce(0) { $0 + $1.metrics.impressions }
        #expect(after > before)
        #expect(state.comments.count > DemoFixture.state.comments.count)
    }

    /// A decision made in a console meanwhile reaches the simulated ambassadors: a story still
    /// pending is not shared, and is once the briefing says share.
    @Test func ambassadorsShareWhatTheBriefingAllowsAsItChanges() throws {
        let today = try #require(f.newsroom.briefings.first { $0.date == DemoFixture.today })
        let pending = try #require(today.agenda.first { today.decision(of: $0) == .pending })
        func shares(of story: StoryID, _ events: [NewEvent]) -> Int {
            events.filter { if case .sharePosted(let b) = $0.event.payload { return b.storyID == story } else { return false } }.count
        }
        var feed = LiveFeed(newsroom: f.newsroom, settings: f.settings(rate: 20, stormAt: 599))
        let before = feed.events(through: f.start.addingTimeInterval(3 * 3600))
        #expect(shares(of: pending, before) == 0)
        var decided = today
        decided.entries[pending, default: BriefingEntry(storyID: pending)].history.append(
            DecisionRecord(decision: .share, decidedBy: "test", decidedAt: f.start.addingTimeInterval(3 * 3600)))
        feed.update(briefings: f.newsroom.briefings.map { $0.date == today.date ? decided : $0 }, stories: f.newsroom.stories)
        let after = feed.events(through: f.start.addingTimeInterval(9 * 3600))
        #expect(shares(of: pending, after) >= 1, "\(f.counts(after))")
    }
}
