import Foundation
import NewsroomCore

/// What the live feed reads from a newsroom when it starts; the folder store answers all of it
/// (`extension FolderStore: LiveNewsroomSource {}` where both are known), a test can answer
/// from memory.
public protocol LiveNewsroomSource {
    var config: NewsroomConfig { get }
    func ambassadors(team: String?) throws -> [Ambassador]
    func briefing(on date: LocalDate) throws -> Briefing?
    func stories(_ ids: [StoryID]) throws -> [StoryID: Story]
    func shares(postedSince moment: Date, limit: Int) throws -> [Share]
    func commentTargets(since moment: Date, limit: Int) throws -> [(target: CommentTarget, network: Network)]
    func series(_ key: CounterKey, over buckets: Range<Int64>) throws -> [Int64: Int64]
    func sums(of metric: Metric, over buckets: Range<Int64>) throws -> [CounterScope: Int64]
}

extension LiveNewsroom {
    /// The newsroom as it is at `moment`: ambassadors, the briefings of the last three days and
    /// today with their stories, the shares of the last week, the company posts commented on in
    /// the last two days, the rhythm of the weeks its storm detector compares with
    /// (`storm.baselineWeeks`), and the mentions a day of the last week (the demo's levels for a
    /// newsroom with none).
    public static func read(from source: some LiveNewsroomSource, at moment: Date) throws -> LiveNewsroom {
        let config = source.config
        let calendar = config.calendar
        let today = calendar.localDate(of: moment)
        let (briefings, briefed) = try recentBriefings(from: source, at: moment)
        let shares = try source.shares(postedSince: moment.addingTimeInterval(-LiveShares.measuredFor), limit: 20_000).filter { $0.postedAt <= moment }
        var stories = try source.stories(Array(Set(shares.compactMap(\.storyID))).sorted())
        stories.merge(briefed) { _, new in new }
        let targets = try source.commentTargets(since: moment.addingTimeInterval(-2 * 86_400), limit: 200)
            .filter { $0.target.kind == .companyPost }.map { LiveTarget($0.target, on: $0.network) }

        let weeks = max(1, config.storm.baselineWeeks)
        let history = Bucket.range(covering: DateInterval(start: calendar.startOfDay(today.adding(days: -7 * weeks)), end: calendar.startOfDay(today)))
        let rhythm = LiveRhythm.learnt(comments: try source.series(CounterKey(.commentsReceived), over: history),
                                       shares: try source.series(CounterKey(.sharesPosted), over: history), before: moment, calendar: calendar)

        let lastWeek = Bucket.range(covering: DateInterval(start: calendar.startOfDay(today.adding(days: -7)), end: calendar.startOfDay(today)))
        var levels: [LiveMentionSource: Double] = [:]
        for (scope, total) in try source.sums(of: .mentions, over: lastWeek) {
            guard let source = mentionSource(scope) else { continue }
            levels[source] = Double(total) / 7
        }
        if levels.isEmpty { levels = typicalMentions(topics: config.topics, peers: config.peers) }

        let ambassadors = try source.ambassadors(team: nil).filter { $0.leftAt == nil && !$0.accounts.isEmpty }
        return LiveNewsroom(calendar: calendar, ambassadors: ambassadors, stories: stories, briefings: briefings, shares: shares,
                            companyPosts: targets, rhythm: rhythm, mentionLevels: levels, quietAfterDays: config.ambassadors.quietAfterDays)
    }

    /// The briefings of the three days before `moment`'s and of that day, with their stories:
    /// what ambassadors may share then. Read again while the feed runs, so a decision made in a
    /// console (a story shared, a topic held) reaches the simulated ambassadors.
    public static func recentBriefings(from source: some LiveNewsroomSource, at moment: Date) throws -> ([Briefing], [StoryID: Story]) {
        let today = source.config.calendar.localDate(of: moment)
        var briefings: [Briefing] = []
        for back in (0...3).reversed() {
            if let b = try source.briefing(on: today.adding(days: -back)) { briefings.append(b) }
        }
        return (briefings, try source.stories(Array(Set(briefings.flatMap(\.agenda))).sorted()))
    }

    /// The source and topic of a mentions counter (`src:ours|topic:energiewende`).
    static func mentionSource(_ scope: CounterScope) -> LiveMentionSource? {
        let key = scope.key
        guard key.hasPrefix("src:"), let bar = key.range(of: "|topic:") else { return nil }
        let source = String(key[key.index(key.startIndex, offsetBy: 4)..<bar.lowerBound])
        let topic = String(key[bar.upperBound...])
        return source.isEmpty || topic.isEmpty ? nil : LiveMentionSource(source: source, topic: topic)
    }

    /// Mentions a day for a newsroom without listening data: the demo's levels where the topic
    /// is one of the demo's, else 30 for us and 30 for each peer.
    static func typicalMentions(topics: [String], peers: [String]) -> [LiveMentionSource: Double] {
        var out: [LiveMentionSource: Double] = [:]
        for topic in topics {
            let level = DemoMentions.levels[topic]
            out[LiveMentionSource(source: MentionCount.ours, topic: topic)] = level?.ours ?? 30
            for (k, peer) in peers.enumerated() {
                out[LiveMentionSource(source: peer, topic: topic)] = level.map { k < $0.peers.count ? $0.peers[k] : 30 } ?? 30
            }
        }
        return out
    }
}
