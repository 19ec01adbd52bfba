import Foundation
import GRDB
import Testing
import NewsroomCore
@testable import NewsroomStore

/// The projections are the fold kept on disk: after any sequence of events they must equal a
/// full replay of the log in memory.
@Suite struct ProjectionReplayTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func projectionsEqualAFullReplay(seed: UInt64) throws {
        let t = try TemporaryNewsroom("replay-\(seed)")
        let store = try t.create()
        var script = RandomNewsroomScript(seed: seed)
        var rng = ScriptRandom(seed: seed &* 31)
        var remaining = 600
        while remaining > 0 {
            let size = min(remaining, 1 + Int(rng.next() % 40))
            try store.append(script.events(size))
            remaining -= size
        }
        try expectProjectionsEqualAReplay(store, seed: seed)
    }

    /// The demo's way: a new folder, everything in one transaction without a journal, the fold
    /// beside the inserts, the indexes built at the end.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func aOnePassIntoANewFolderEqualsAFullReplay(seed: UInt64) throws {
        let t = try TemporaryNewsroom("one-pass-\(seed)")
        var script = RandomNewsroomScript(seed: seed)
        let events = script.events(600)
        let written = try FolderStore.createInOnePass(at: t.folder, configYAML: ConfigTemplate.text(name: "One pass", timeZone: "Europe/Berlin"),
                                                      events: events + events.prefix(50)) { _ in }
        #expect(written == 600, "a repeated id is written once")
        let store = try FolderStore.open(t.folder)
        #expect(try store.lastSeq() == 600)
        let mode = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal", "the folder is left as every store is")
        let indexes = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")! }
        let fresh = try TemporaryNewsroom("one-pass-ref-\(seed)")
        let reference = try fresh.create().read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")! }
        #expect(indexes == reference && indexes > 0, "every index is there again")
        try expectProjectionsEqualAReplay(store, seed: seed)
    }

    /// The pass skips SQLite's CHECKs; an event without an actor is refused before anything is written.
    @Test func aOnePassRefusesAnEventWithoutAnActor() throws {
        let t = try TemporaryNewsroom("one-pass-nameless")
        var script = RandomNewsroomScript(seed: 5)
        var events = script.events(20)
        let third = events[2].event
        events[2] = NewEvent(Event(id: third.id, time: third.time, actor: "", account: third.account, payload: third.payload))
        #expect {
            try FolderStore.createInOnePass(at: t.folder, configYAML: ConfigTemplate.text(name: "One pass", timeZone: "Europe/Berlin"),
                                            events: events) { _ in }
        } throws: { "\($0)".contains("event 3 of 20 has no actor") }
        #expect(!t.folder.hasDatabase, "nothing was written")
    }

    /// `check --full` and the replay benchmark start from a state sized from the projections: the
    /// same fold, without the growth of its tables.
    @Test func aReplaySizedFromTheProjectionsFoldsTheSame() throws {
        let t = try TemporaryNewsroom("sized-replay")
        let store = try t.create()
        var script = RandomNewsroomScript(seed: 9)
        try store.append(script.events(400))
        let log = try store.events(after: 0, limit: 100_000)
        var sized = try store.replayState(), plain = NewsroomState(calendar: store.config.calendar)
        #expect(sized.comments.capacity >= (try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comments")! }))
        sized.apply(log)
        plain.apply(log)
        #expect(sized.comments == plain.comments && sized.shares == plain.shares && sized.stories == plain.stories)
        #expect(sized.ambassadors == plain.ambassadors && sized.briefings == plain.briefings && sized.counters == plain.counters)
        #expect(!plain.comments.isEmpty && !plain.shares.isEmpty)
    }

    private func expectProjectionsEqualAReplay(_ store: FolderStore, seed: UInt64) throws {
        var replay = NewsroomState(calendar: store.config.calendar)
        replay.apply(try store.events(after: 0, limit: 100_000))
        #expect(replay.lastSeq == (try store.lastSeq()))
        #expect(!replay.stories.isEmpty && !replay.comments.isEmpty && !replay.shares.isEmpty && !replay.briefings.isEmpty,
                "the script must exercise every kind of entity")
        #expect(replay.unknownEventCount > 0 && replay.skipped.count > replay.unknownEventCount, "and unknown types and missing subjects")

        for (id, story) in replay.stories { #expect(try store.story(id) == story, "story \(id), seed \(seed)") }
        for (date, briefing) in replay.briefings { #expect(try store.briefing(on: date) == briefing, "briefing \(date), seed \(seed)") }
        for (id, ambassador) in replay.ambassadors { #expect(try store.ambassador(id) == ambassador, "ambassador \(id), seed \(seed)") }
        for (id, share) in replay.shares { #expect(try store.share(id) == share, "share \(id), seed \(seed)") }
        for (id, comment) in replay.comments { #expect(try store.comment(id) == comment, "comment \(id), seed \(seed)") }
        #expect(Set(try store.moderators()) == Set(replay.moderators.values))
        #expect(Set(try store.templates()) == Set(replay.templates.values))

        let counts = try store.read { db in
            try ["stories", "briefings", "ambassadors", "shares", "comments"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")! }
        }
        #expect(counts == [replay.stories.count, replay.briefings.count, replay.ambassadors.count, replay.shares.count, replay.comments.count])

        #expect(try store.tallies().filter { $0.value != 0 } == replay.tallies.filter { $0.value != 0 }, "tallies, seed \(seed)")
        let all = Int64.min / 2 ..< Int64.max / 2
        for key in replay.counters.values.keys {
            #expect(try store.sum(key, over: all) == replay.counters.sum(key, over: all), "counter \(key), seed \(seed)")
        }
        let storedCounterRows = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM counters WHERE value <> 0")! }
        #expect(storedCounterRows == replay.counters.values.values.reduce(0) { $0 + $1.filter { $0.value != 0 }.count })
        #expect(Set(try store.skippedEvents().keys) == Set(replay.skipped.keys), "skipped events, seed \(seed)")

        // The storm warning's counts after reclassifications and hides, in every scope (the script
        // makes them: `theScriptReclassifiesCriticalComments`); the level set by hand.
        #expect(replay.counters.values.keys.contains { $0.metric == .criticalComments }, "seed \(seed)")
        for metric in [Metric.criticalComments, .commentsReceived] {
            #expect(try store.counts(of: metric, in: .all, over: all) == replay.counters.counts(of: metric, in: .all, over: all), "\(metric) per bucket, seed \(seed)")
        }
        #expect(try store.manualCrisisLevel() == replay.manualCrisisLevel, "the crisis level set by hand, seed \(seed)")
    }

    /// What the replay test relies on to check the storm warning's counters: critical comments on
    /// shares, stories and under topics, some classified or hidden out of critical again, a level set by hand.
    @Test func theScriptReclassifiesCriticalComments() {
        var kinds: Set<CommentTarget.Kind> = [], topics = false, takenBack = false, declared = false
        for seed in 1...8 as ClosedRange<UInt64> {
            var script = RandomNewsroomScript(seed: seed)
            var replay = NewsroomState(calendar: NewsroomConfig().calendar)
            var seq: Int64 = 0
            for new in script.events(600) {
                seq += 1
                let before = CommentHistory.subject(of: new.event.payload).flatMap { replay.comments[$0] }
                replay.apply([StoredEvent(seq: seq, event: new.event)])
                if let before, before.criticalTopics != nil, replay.comments[before.id]?.criticalTopics == nil { takenBack = true }
                if replay.manualCrisisLevel != nil { declared = true }
            }
            for key in replay.counters.values.keys where key.metric == .criticalComments {
                if let target = key.scope.postTarget { kinds.insert(target.kind) }
                if key.scope.topicName != nil { topics = true }
            }
        }
        #expect(kinds == Set(CommentTarget.Kind.allCases) && topics && takenBack && declared)
    }

    @Test func projectionsAreRebuiltWhenTheFoldVersionChanges() throws {
        let t = try TemporaryNewsroom("rebuild")
        do {
            let store = try t.create()
            var script = RandomNewsroomScript(seed: 99)
            try store.append(script.events(300))
            // Pretend an older fold built these projections, and spoil one to see it rebuilt.
            try store.writer.write { db in
                try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'fold'")
                try db.execute(sql: "DELETE FROM comments")
            }
        }
        let store = try FolderStore.open(t.folder)
        var replay = NewsroomState(calendar: store.config.calendar)
        replay.apply(try store.events(after: 0, limit: 100_000))
        for (id, comment) in replay.comments { #expect(try store.comment(id) == comment) }
        #expect(!replay.comments.isEmpty)
    }
}

/// A seeded random walk through newsroom life: it refers back to what it made before, and now
/// and then to things that do not exist, or to event types from the future.
struct RandomNewsroomScript {
    private var rng: ScriptRandom
    private var time = Timestamp.parse("2026-10-01T06:00:00Z")!
    private var stories: [StoryID] = []
    private var ambassadors: [AmbassadorID] = []
    private var shares: [ShareID] = []
    private var comments: [CommentID] = []
    private var serial = 0
    private let days = (0..<5).map { LocalDate("2026-10-01")!.adding(days: $0) }

    init(seed: UInt64) { rng = ScriptRandom(seed: seed) }

    /// Share texts with hashtags, a link, both and neither: every kind of campaign attribution scope.
    static let shareTexts = ["#werkstolz", "#Messe #werkstolz", "Tickets: https://messe.example.com/tickets", "#messe https://Messe.example.com/x", "Lesenswert"]

    mutating func events(_ count: Int) -> [NewEvent] { (0..<count).map { _ in next() } }

    private mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[Int(rng.next() % UInt64(items.count))] }
    private mutating func chance(_ percent: UInt64) -> Bool { rng.next() % 100 < percent }

    private mutating func next() -> NewEvent {
        serial += 1
        time = time.addingTimeInterval(Double(rng.next() % 1800))
        let actor = ["anna", "ben", "chris"][Int(rng.next() % 3)]
        func e(_ payload: EventPayload, _ personal: PersonalData = PersonalData()) -> NewEvent {
            NewEvent(Event(time: time, actor: actor, account: "root", payload: payload), personal: personal)
        }
        let day = pick(days)!
        let story = chance(5) ? StoryID("ghost") : pick(stories)
        let comment = chance(5) ? CommentID("ghost") : pick(comments)
        let ambassador = chance(5) ? AmbassadorID("ghost") : pick(ambassadors)
        let categories = CommentCategory.allCases
        switch rng.next() % 24 {
        case 0, 1:
            let id = StoryID("s\(serial)")
            stories.append(id)
            return e(.storyAdded(StoryAdded(storyID: id, content: StoryContent(headline: "Story \(serial) – Ümlaut 😀", topics: [pick(["ki", "werk", "politik"])!]))))
        case 2 where story != nil:
            return e(.storyEdited(StoryEdited(storyID: story!, content: StoryContent(headline: "Edited \(serial)", topics: chance(50) ? ["werk", "ki"] : [],
                                                                                    approvedWording: chance(50) ? "So sagen wir es" : nil))))
        case 3 where story != nil:
            return e(.storyRestricted(StoryRestricted(storyID: story!, restriction: StoryRestriction(teams: chance(50) ? ["executives"] : []))))
        case 4 where story != nil:
            return e(.briefingScheduled(BriefingScheduled(date: day, storyID: story!, position: chance(50) ? Int(rng.next() % 4) : nil)))
        case 5 where story != nil, 6 where story != nil:
            let decision: BriefingDecision = [.share, .pending, .hold(reason: "warten"), .embargo(until: time.addingTimeInterval(3600))][Int(rng.next() % 4)]
            return e(.briefingDecided(BriefingDecided(date: day, storyID: story!, decision: decision)))
        case 7:
            return e(.briefingReordered(BriefingReordered(date: day, order: Array(stories.suffix(4).reversed()))))
        case 8:
            return chance(50) ? e(.topicHeld(TopicHeld(date: day, topic: "politik", reason: "Wahl"))) : e(.topicReleased(TopicReleased(date: day, topic: "politik")))
        case 9:
            let id = AmbassadorID("a\(serial)")
            ambassadors.append(id)
            return e(.ambassadorJoined(AmbassadorJoined(ambassadorID: id, name: "Amb \(serial)", team: pick(NewsroomConfig.defaultTeams)!, role: "employee",
                                                        timeZone: "Europe/Berlin", topics: ["ki"], accounts: [NetworkAccount(network: .x, handle: "h\(serial)", followers: serial)])))
        case 10 where ambassador != nil:
            switch rng.next() % 4 {
            case 0: return e(.ambassadorMoved(AmbassadorMoved(ambassadorID: ambassador!, team: pick(NewsroomConfig.defaultTeams)!)))
            case 1: return e(.ambassadorTrained(AmbassadorTrained(ambassadorID: ambassador!, training: Training(kind: "guideline", completedAt: time))))
            case 2: return e(.ambassadorLeft(AmbassadorLeft(ambassadorID: ambassador!)))
            default: return e(.ambassadorNoted(AmbassadorNoted(ambassadorID: ambassador!, note: "Notiz")))
            }
        case 11 where ambassador != nil, 12 where ambassador != nil:
            let id = ShareID("sh\(serial)")
            shares.append(id)
            return e(.sharePosted(SharePosted(shareID: id, ambassadorID: ambassador!, storyID: story, network: pick([Network.x, .linkedIn])!,
                                              postedAt: time, text: "\(pick(Self.shareTexts)!) \(serial)")))
        case 13, 14:
            let share = chance(5) ? ShareID("ghost") : pick(shares)
            guard let share else { break }
            let n = Int(rng.next() % 1000)
            return e(.shareMeasured(ShareMeasured(shareID: share, metrics: ShareMetrics(impressions: n * 10, clicks: n / 10, reactions: n / 5, leads: n / 300))))
        case 15, 16, 17:
            let id = CommentID("c\(serial)")
            let ref = PersonRef("p\(rng.next() % 30)")
            let parent = chance(30) ? pick(comments) : nil
            comments.append(id)
            // On a share, a story (whose topics the critical count goes to) or a company post.
            let target = switch rng.next() % 3 {
            case 0: pick(shares).map { CommentTarget(kind: .share, id: $0.rawValue) } ?? CommentTarget(kind: .companyPost, id: "p1")
            case 1: CommentTarget(kind: .story, id: (story ?? StoryID("ghost")).rawValue)
            default: CommentTarget(kind: .companyPost, id: "p1")
            }
            return e(.commentReceived(CommentReceived(commentID: id, network: chance(70) ? .linkedIn : .x, authorRef: ref, authorFollowers: 5,
                                                      target: target, parentID: parent, postedAt: time)),
                     PersonalData(profiles: [PersonProfile(ref: ref, network: .linkedIn, handle: "u\(ref)")],
                                  texts: [AuthoredText(ref: ref, subject: id.rawValue, text: "Text \(serial)", writtenAt: time)]))
        case 18 where comment != nil, 19 where comment != nil, 20 where comment != nil:
            let c = comment!
            switch rng.next() % 9 {
            case 0: return e(.commentClassified(CommentClassified(commentID: c, category: pick(categories)!, scores: ["insult": 0.25], source: chance(50) ? "model:nb" : actor)))
            case 1: return e(.commentAssigned(CommentAssigned(commentID: c, assignee: chance(70) ? actor : nil)))
            case 2: return e(.commentClaimed(CommentClaimed(commentID: c, holder: actor, leaseUntil: time.addingTimeInterval(900))))
            case 3: return e(.commentReleased(CommentReleased(commentID: c)))
            case 4: return e(.commentReplied(CommentReplied(commentID: c, replyID: "r\(serial)", text: "Antwort", language: "de")))
            case 5: return e(.commentEscalated(CommentEscalated(commentID: c, to: pick(EscalationTarget.allCases)!, note: "bitte prüfen")))
            case 6: return e(.commentMoved(CommentMoved(commentID: c, state: pick(ModerationState.allCases)!)))
            case 7: return e(.commentHidden(CommentHidden(commentID: c, reason: pick(categories.filter(\.mayBeHidden))!, ground: "g", note: "n")))
            default: return e(.commentUnhidden(CommentUnhidden(commentID: c, note: "doch ok")))
            }
        case 21:
            return e(.mentionCounted(MentionCounted(count: MentionCount(source: pick(["ours", "peerA", "peerB"])!, topic: pick(["ki", "werk"])!,
                                                                        date: day, mentions: Int(rng.next() % 50), engagement: Int(rng.next() % 500)))))
        case 22:
            return chance(50)
                ? e(.moderatorChanged(ModeratorChanged(moderator: Moderator(name: actor, roles: [.moderator]))))
                : e(.templateSaved(TemplateSaved(template: ReplyTemplate(id: TemplateID("t\(rng.next() % 3)"), name: "Danke", language: "de", text: "Danke, {author}"))))
        case 23:
            switch rng.next() % 4 {
            case 0: return e(.crisisDeclared(CrisisDeclared(level: chance(50) ? .campaign : .allMedia, note: "Presse \(serial)")))
            case 1: return e(.crisisCleared(CrisisCleared(note: chance(50) ? "ruhig" : nil)))
            default: return e(.unknown(type: "future.thing", version: 3, body: #"{"x":1}"#))
            }
        default:
            break
        }
        return e(.briefingNoted(BriefingNoted(date: day, note: "Notiz \(serial)")))
    }
}

struct ScriptRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
