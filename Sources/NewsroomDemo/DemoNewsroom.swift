import Foundation
import NewsroomCore

/// The demo newsroom: a believable quarter of a corporate-influencer program at the fictional
/// Nordlicht AG, anchored at "now", so that a new user (and every pane) sees what a real
/// newsroom would show: today's morning call under way, ambassadors active and quiet, shares with
/// growing figures, a moderation queue with a history, share of buzz against two peers.
///
/// Pure and deterministic: the same seed and the same `now` give the same events with the same
/// ids, so `newsroom demo --seed N` is reproducible and tests can pin what it contains.
public enum DemoNewsroom {
    /// The `newsroom.yaml` text for the demo: the template's keys and comments, with the demo's
    /// name, zone (Europe/Berlin), topics, two peers for share of buzz, and campaigns with goals
    /// and targets placed around `now` (a trade fair measured by visits from social among them).
    public static func configYAML(now: Date) -> String { DemoConfig.yaml(now: now) }

    /// All demo events, in time order (between 90 days before `now` and `now`), in batches for
    /// progress display. `calendar` is the newsroom's (the demo's config says Europe/Berlin).
    public static func events(seed: UInt64, now: Date, calendar: NewsroomCalendar) -> DemoEventStream {
        DemoEventStream(events: DemoGenerator(seed: seed, now: now, calendar: calendar).run())
    }
}

/// The demo's events in time order, handed out in batches of about 2,000 so that a caller can
/// append one batch per transaction and show progress against `estimatedCount`.
public struct DemoEventStream: Sequence, Sendable {
    public static let batchSize = 2_000
    private let events: [NewEvent]

    init(events: [NewEvent]) { self.events = events }

    /// How many events the stream yields in all (exact for this generator).
    public var estimatedCount: Int { events.count }

    /// Every event at once, in time order, for a writer that takes them in one pass.
    public var all: [NewEvent] { events }

    public func makeIterator() -> Iterator { Iterator(events: events) }

    /// Yields `[NewEvent]` batches in time order.
    public struct Iterator: IteratorProtocol, Sendable {
        private let events: [NewEvent]
        private var offset = 0

        init(events: [NewEvent]) { self.events = events }

        public mutating func next() -> [NewEvent]? {
            guard offset < events.count else { return nil }
            let end = Swift.min(offset + DemoEventStream.batchSize, events.count)
            defer { offset = end }
            return Array(events[offset..<end])
        }
    }
}

/// Runs the parts in dependency order (team, stories, ambassadors, shares, comments, mentions),
/// each with its own random stream so that a change in one part does not reshuffle the others.
struct DemoGenerator {
    let seed: UInt64
    let now: Date
    let calendar: NewsroomCalendar

    func run() -> [NewEvent] {
        // Whole milliseconds, as events store them.
        let now = Date(timeIntervalSince1970: (self.now.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        var log = DemoLog(seed: seed)
        func stream(_ salt: UInt64) -> DemoRandom { DemoRandom(seed: DemoRandom.mix(seed ^ salt)) }

        DemoTeam.generate(now: now, log: &log)

        var storyRNG = stream(0x5354_4f52)
        var stories = DemoStories()
        stories.generate(now: now, calendar: calendar, rng: &storyRNG, log: &log)

        var ambassadorRNG = stream(0x414d_4241)
        var ambassadors = DemoAmbassadors()
        ambassadors.generate(now: now, rng: &ambassadorRNG, log: &log)

        var shareRNG = stream(0x5348_4152)
        var shares = DemoShares()
        shares.generate(now: now, calendar: calendar, stories: stories.stories, holds: stories.holds,
                        ambassadors: ambassadors.all, rng: &shareRNG, log: &log)

        var commentRNG = stream(0x434f_4d4d)
        var comments = DemoComments()
        comments.generate(now: now, calendar: calendar, shares: shares.shares, rng: &commentRNG)
        DemoModeration(now: now, calendar: calendar, people: comments.people, comments: comments.comments)
            .write(rng: &commentRNG, log: &log)

        var mentionRNG = stream(0x4d45_4e54)
        DemoMentions.generate(now: now, calendar: calendar, rng: &mentionRNG, log: &log)

        return log.sorted()
    }
}
