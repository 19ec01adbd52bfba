import Foundation
import NewsroomCore
import NewsroomDemo
import NewsroomStore

/// The demo folded in memory, answering what the live feed reads at its start, as the folder
/// store would: the live feed's tests run on it without a store.
struct MemoryNewsroom: LiveNewsroomSource {
    var state: NewsroomState
    let config: NewsroomConfig

    func ambassadors(team: String?) -> [Ambassador] {
        state.ambassadors.values.filter { team == nil || $0.team == team }.sorted { ($0.team, $0.name) < ($1.team, $1.name) }
    }

    func briefing(on date: LocalDate) -> Briefing? { state.briefings[date] }

    func stories(_ ids: [StoryID]) -> [StoryID: Story] { state.stories.filter { ids.contains($0.key) } }

    func shares(postedSince moment: Date, limit: Int) -> [Share] {
        Array(state.shares.values.filter { $0.postedAt >= moment }.sorted { ($0.postedAt, $0.id) < ($1.postedAt, $1.id) }.suffix(limit))
    }

    func commentTargets(since moment: Date, limit: Int) -> [(target: CommentTarget, network: Network)] {
        var counts: [LiveTarget: Int] = [:]
        for c in state.comments.values where c.postedAt >= moment { counts[LiveTarget(c.target, on: c.network), default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key.target.id) < ($0.value, $1.key.target.id) }.prefix(limit).map { ($0.key.target, $0.key.network) }
    }

    func series(_ key: CounterKey, over buckets: Range<Int64>) -> [Int64: Int64] {
        (state.counters.values[key] ?? [:]).filter { buckets.contains($0.key) }
    }

    func sums(of metric: Metric, over buckets: Range<Int64>) -> [CounterScope: Int64] { state.counters.sums(of: metric, over: buckets) }
}

/// The demo (seed 1 at 2026-11-24T07:30:00Z) as the live feed finds it then, and feeds on it.
enum LiveFixture {
    static let start = DemoFixture.now
    static let config: NewsroomConfig = {
        var reader = ConfigReader(file: "newsroom.yaml")
        return (try? reader.read(DemoNewsroom.configYAML(now: DemoFixture.now))) ?? NewsroomConfig()
    }()
    static let source = MemoryNewsroom(state: DemoFixture.state, config: config)
    static let newsroom: LiveNewsroom = try! LiveNewsroom.read(from: source, at: start)

    static func settings(seed: UInt64 = 1, rate: Double? = nil, speed: Double = 60, stormAt: Double? = nil, start: Date = start) -> LiveFeedSettings {
        LiveFeedSettings(seed: seed, start: start, speed: speed, rate: rate, stormAt: stormAt, account: "test")
    }

    /// The events of the first `minutes` simulated minutes, asked for in one go.
    static func events(minutes: Double, _ settings: LiveFeedSettings = settings()) -> (events: [NewEvent], feed: LiveFeed) {
        var feed = LiveFeed(newsroom: newsroom, settings: settings)
        let events = feed.events(through: settings.start.addingTimeInterval(minutes * 60))
        return (events, feed)
    }

    static func counts(_ events: [NewEvent]) -> [String: Int] { events.reduce(into: [:]) { $0[$1.event.type, default: 0] += 1 } }

    /// The demo with these events folded in after it.
    static func folded(_ events: [NewEvent]) -> NewsroomState {
        var state = DemoFixture.state
        let first = state.lastSeq + 1
        state.apply(events.enumerated().map { StoredEvent(seq: first + Int64($0.offset), event: $0.element.event) })
        return state
    }
}
