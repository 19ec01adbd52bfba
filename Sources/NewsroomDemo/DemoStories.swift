import Foundation
import NewsroomCore

/// A story as the rest of the generator needs it: when it may be shared, and by whom.
struct DemoStory {
    let id: StoryID
    let date: LocalDate
    let content: StoryContent
    let addedAt: Date
    /// From when ambassadors may share it; nil when it was held or is still pending.
    let releaseAt: Date?
    /// A topic of the story was held on its day.
    let onHeldTopic: Bool
}

/// A topic held back on a day.
struct DemoTopicHold {
    let date: LocalDate
    let topic: String
    let heldAt: Date
}

/// Stories, the daily briefings with their decisions, and topic holds: a quarter of morning calls,
/// with today's call under way at "now".
struct DemoStories {
    private(set) var stories: [DemoStory] = []
    private(set) var holds: [DemoTopicHold] = []
    private var serial = 0
    private var seedCursor = 0
    private var seedOrder: [Int] = []

    /// Past days on which a topic was held (days before today, and the topic).
    static let pastHolds: [(daysAgo: Int, topic: String, reason: String)] = [
        (3, "quartalszahlen", "Quiet Period bis zur Quartalsmitteilung"),
        (17, "standorte", "Gespräche mit dem Betriebsrat laufen noch"),
        (52, "standorte", "Gespräche mit dem Betriebsrat laufen noch"),
    ]

    static let holdReasons = [
        "Abstimmung mit der Rechtsabteilung läuft", "Erst nach der Pressekonferenz", "Thema ist heute zu sensibel (Unwetterlage)",
        "Zahlen noch nicht final", "Partner hat noch nicht freigegeben",
    ]

    mutating func generate(now: Date, calendar: NewsroomCalendar, rng: inout DemoRandom, log: inout DemoLog) {
        let today = calendar.localDate(of: now)
        seedOrder = Array(DemoStorySeeds.all.indices)
        for i in stride(from: seedOrder.count - 1, to: 0, by: -1) { seedOrder.swapAt(i, rng.int(0...i)) }

        for daysAgo in stride(from: 89, through: 1, by: -1) {
            let date = today.adding(days: -daysAgo)
            let weekend = date.isoWeekday >= 6
            let recent = daysAgo <= 30
            var count = weekend ? (recent && rng.chance(0.5) ? 1 : 0) : (recent ? rng.int(2...3) : 1)
            let hold = Self.pastHolds.first { $0.daysAgo == daysAgo }
            if hold != nil { count = max(count, 2) }
            pastDay(date, count: count, hold: hold.map { ($0.topic, $0.reason) }, calendar: calendar, rng: &rng, log: &log)
        }
        todaysCall(today, now: now, calendar: calendar, rng: &rng, log: &log)
    }

    // MARK: Past days

    private mutating func pastDay(_ date: LocalDate, count: Int, hold: (topic: String, reason: String)?,
                                  calendar: NewsroomCalendar, rng: inout DemoRandom, log: inout DemoLog) {
        guard count > 0 else { return }
        let editor = DemoProgram.editors[Int(date.daysSinceEpoch % Int64(DemoProgram.editors.count))]
        let call = calendar.demoInstant(date, 9, 0)
        if let hold {
            let heldAt = call.addingTimeInterval(rng.double(120..<600))
            log.emit(heldAt, editor, .topicHeld(TopicHeld(date: date, topic: hold.topic, reason: hold.reason)))
            holds.append(DemoTopicHold(date: date, topic: hold.topic, heldAt: heldAt))
        }
        for k in 0..<count {
            let seedIndex: Int
            if k == 0, let hold { seedIndex = DemoStorySeeds.all.firstIndex { $0.topics.contains(hold.topic) } ?? nextSeed() } else { seedIndex = nextSeed() }
            let addedAt = rng.chance(0.3)
                ? calendar.demoInstant(date.adding(days: -1), 16, 0).addingTimeInterval(rng.double(0..<7200))
                : calendar.demoInstant(date, 7, 10).addingTimeInterval(rng.double(0..<5400))
            var content = makeContent(seedIndex, rng: &rng)
            let restrictLater = rng.chance(0.06)
            if !restrictLater, rng.chance(0.06) { content.restriction = StoryRestriction(teams: rng.pick(Self.restrictions)) }
            let id = nextID()
            log.emit(addedAt, editor, .storyAdded(StoryAdded(storyID: id, content: content)))
            log.emit(addedAt.addingTimeInterval(rng.double(30..<300)), editor, .briefingScheduled(BriefingScheduled(date: date, storyID: id)))
            if restrictLater {
                let restriction = StoryRestriction(teams: rng.pick(Self.restrictions))
                content.restriction = restriction
                log.emit(addedAt.addingTimeInterval(rng.double(300..<900)), editor, .storyRestricted(StoryRestricted(storyID: id, restriction: restriction)))
            }
            if content.approvedWording == nil, rng.chance(0.3) {
                content.approvedWording = "Sprachregelung: " + content.summary
                log.emit(addedAt.addingTimeInterval(rng.double(900..<1500)), editor, .storyEdited(StoryEdited(storyID: id, content: content)))
            }
            let decidedAt = call.addingTimeInterval(Double(k) * 240 + rng.double(600..<1500))
            let onHeld = hold.map { content.topics.contains($0.topic) } ?? false
            let roll = onHeld ? 0 : rng.unit()
            let decision: BriefingDecision
            var release: Date?
            if roll < 0.78 {
                decision = .share
                release = decidedAt
            } else if roll < 0.9 {
                let until = calendar.demoInstant(date, rng.int(10...14), rng.chance(0.5) ? 0 : 30)
                decision = .embargo(until: until)
                release = until
            } else {
                decision = .hold(reason: rng.pick(Self.holdReasons))
            }
            log.emit(decidedAt, editor, .briefingDecided(BriefingDecided(date: date, storyID: id, decision: decision)))
            if onHeld { release = decidedAt }
            stories.append(DemoStory(id: id, date: date, content: content, addedAt: addedAt, releaseAt: release, onHeldTopic: onHeld))
        }
        if rng.chance(0.15) {
            log.emit(call.addingTimeInterval(1800), editor, .briefingNoted(BriefingNoted(date: date, note: rng.pick(Self.notes))))
        }
    }

    static let restrictions: [[String]] = [["executives", "subject experts"], ["recruiters", "contacts"], ["engineers", "subject experts"]]
    static let notes = [
        "Zahlen erst nach 10:00 teilen.", "Bitte eigene Worte nutzen, nicht alle denselben Text.",
        "Rückfragen von Journalisten an die Pressestelle weiterleiten.", "Heute viel Kritik zu Netzentgelten: sachlich bleiben.",
    ]

    // MARK: Today

    /// Today's morning call, under way at `now`: two shared, two still pending, one embargoed until
    /// later today, one on the topic held today, one restricted to some teams, one held.
    private mutating func todaysCall(_ today: LocalDate, now: Date, calendar: NewsroomCalendar, rng: inout DemoRandom, log: inout DemoLog) {
        let editor = DemoProgram.editors[0]
        let base = now.addingTimeInterval(-80 * 60)
        let embargoUntil = Self.embargoTime(now: now, today: today, calendar: calendar)
        enum Plan { case share, pending, embargo, heldTopic, restricted, hold }
        // Seed indices: Umspannwerk, digital twin, Azubi, volunteering, hydrogen grid, service centre, quarter, grid fees.
        let plan: [(Int, Plan)] = [(0, .share), (5, .share), (1, .pending), (16, .pending), (17, .embargo), (9, .heldTopic), (8, .restricted), (12, .hold)]
        log.emit(base.addingTimeInterval(20 * 60), editor,
                 .topicHeld(TopicHeld(date: today, topic: DemoProgram.heldTopicToday, reason: "Gespräche mit dem Betriebsrat laufen noch; keine Aussagen vor der Betriebsversammlung")))
        holds.append(DemoTopicHold(date: today, topic: DemoProgram.heldTopicToday, heldAt: base.addingTimeInterval(20 * 60)))
        for (k, (seedIndex, kind)) in plan.enumerated() {
            let addedAt = base.addingTimeInterval(Double(k) * 120)
            var content = makeContent(seedIndex, rng: &rng)
            if kind == .pending && k == 2 { content.approvedWording = nil }
            let id = nextID()
            log.emit(addedAt, editor, .storyAdded(StoryAdded(storyID: id, content: content)))
            log.emit(addedAt.addingTimeInterval(30), editor, .briefingScheduled(BriefingScheduled(date: today, storyID: id)))
            if kind == .restricted {
                let restriction = StoryRestriction(teams: ["executives", "subject experts"])
                content.restriction = restriction
                log.emit(addedAt.addingTimeInterval(60), editor, .storyRestricted(StoryRestricted(storyID: id, restriction: restriction)))
            }
            let decidedAt = base.addingTimeInterval(30 * 60 + Double(k) * 300)
            var release: Date?
            switch kind {
            case .pending: break
            case .share, .restricted, .heldTopic:
                log.emit(decidedAt, editor, .briefingDecided(BriefingDecided(date: today, storyID: id, decision: .share)))
                release = decidedAt
            case .embargo:
                log.emit(decidedAt, editor, .briefingDecided(BriefingDecided(date: today, storyID: id, decision: .embargo(until: embargoUntil),
                                                                             note: "Pressemitteilung geht um \(calendar.localTime(of: embargoUntil)) raus")))
                release = embargoUntil
            case .hold:
                log.emit(decidedAt, editor, .briefingDecided(BriefingDecided(date: today, storyID: id, decision: .hold(reason: "Erst nach Veröffentlichung durch die Bundesnetzagentur"))))
            }
            stories.append(DemoStory(id: id, date: today, content: content, addedAt: addedAt, releaseAt: release, onHeldTopic: kind == .heldTopic))
        }
        log.emit(base.addingTimeInterval(75 * 60), editor, .briefingNoted(BriefingNoted(date: today, note: "Servicezentrum: bitte nicht teilen, bis die Betriebsversammlung durch ist.")))
    }

    /// Later today: two hours after now on the quarter hour, but before midnight.
    static func embargoTime(now: Date, today: LocalDate, calendar: NewsroomCalendar) -> Date {
        let later = ((now.timeIntervalSince1970 + 7200) / 900).rounded(.up) * 900
        let endOfDay = calendar.startOfDay(today.adding(days: 1)).timeIntervalSince1970 - 60
        return Date(timeIntervalSince1970: max(min(later, endOfDay), now.timeIntervalSince1970 + 60))
    }

    // MARK: Content

    private mutating func nextSeed() -> Int {
        defer { seedCursor += 1 }
        return seedOrder[seedCursor % seedOrder.count]
    }

    private mutating func nextID() -> StoryID {
        serial += 1
        return StoryID("story-\(serial)")
    }

    private func makeContent(_ seedIndex: Int, rng: inout DemoRandom) -> StoryContent {
        let seed = DemoStorySeeds.all[seedIndex]
        let site = rng.pick(DemoStorySeeds.sites)
        let n = String(rng.int(4...96))
        func fill(_ s: String) -> String { s.replacingOccurrences(of: "{site}", with: site).replacingOccurrences(of: "{n}", with: n) }
        var texts: [PostText] = []
        texts += seed.linkedIn.map { PostText(network: .linkedIn, text: fill($0)) }
        texts += seed.x.map { PostText(network: .x, text: fill($0)) }
        if rng.chance(0.2) {
            // A second X text that is too long: the console must flag it against X's 280.
            let long = fill(seed.linkedIn[0]) + " " + fill(seed.summary) + " " + seed.talkingPoints.map(fill).joined(separator: " · ")
            texts.append(PostText(network: .x, text: long))
        }
        texts += seed.xing.map { PostText(network: .xing, text: fill($0)) }
        texts += seed.instagram.map { PostText(network: .instagram, text: fill($0)) }
        return StoryContent(headline: fill(seed.headline), summary: fill(seed.summary), link: DemoProgram.linkBase + seed.slug + "-" + n,
                            source: seed.source, language: seed.language, topics: seed.topics, approvedWording: seed.wording.map(fill),
                            talkingPoints: seed.talkingPoints.map(fill), postTexts: texts)
    }
}
