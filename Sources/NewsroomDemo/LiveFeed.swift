import Foundation
import NewsroomCore

/// The newsroom's life going on, as its events would arrive: ambassadors sharing what the
/// briefing allows, analytics polls with growing figures, comments in the newsroom's usual
/// rhythm and mix (each triaged as on import), mention counts of us and the peers every hour, and
/// now and then (or at `stormAt`) a storm of critical comments on one post.
///
/// Pure and deterministic: `events(through:)` hands out every event up to a simulated moment, in
/// time order; the same newsroom, settings and seed give the same events with the same ids,
/// whether the caller asks once for an hour or sixty times for a minute.
public struct LiveFeed: Sendable {
    public let settings: LiveFeedSettings
    /// The storms begun so far, with how many comments each has had.
    public private(set) var storms: [LiveStorm] = []

    private let calendar: NewsroomCalendar
    private let rhythm: LiveRhythm
    private let companyPosts: [LiveTarget]
    private let minimumComments: Int
    private var shares: LiveShares
    private var comments: LiveComments
    private var mentions: LiveMentions
    private var log: LiveLog
    private var rng: DemoRandom
    private var stormRNG: DemoRandom
    private var minuteIndex = 0
    private var minute: LiveMinute?
    private var cursor = 0

    public init(newsroom: LiveNewsroom, settings: LiveFeedSettings) {
        self.settings = settings
        let seed = settings.runSeed
        func stream(_ salt: UInt64) -> DemoRandom { DemoRandom(seed: DemoRandom.mix(seed ^ salt)) }
        calendar = newsroom.calendar
        rhythm = newsroom.rhythm
        companyPosts = newsroom.companyPosts.filter { $0.target.kind == .companyPost }
        minimumComments = newsroom.stormMinimumComments
        var shareRNG = stream(0x5348_4152)
        shares = LiveShares(newsroom: newsroom, start: settings.start, tag: settings.runTag, rng: &shareRNG)
        var peopleRNG = stream(0x5045_4f50)
        comments = LiveComments(tag: settings.runTag, rng: &peopleRNG)
        mentions = LiveMentions(levels: newsroom.mentionLevels, start: settings.start)
        log = LiveLog(seed: seed, account: settings.account)
        rng = stream(0x4c49_5645)
        stormRNG = stream(0x5354_524d)
    }

    /// Every event from where the last call ended up to `moment` (inclusive), in time order.
    public mutating func events(through moment: Date) -> [NewEvent] {
        let limit = moment.timeIntervalSince1970
        var out: [NewEvent] = []
        while true {
            if let minute {
                while cursor < minute.happenings.count, minute.happenings[cursor].time <= limit {
                    happen(minute.happenings[cursor], in: minute, into: &out)
                    cursor += 1
                }
                if cursor < minute.happenings.count { break }
            }
            let next = settings.start.addingTimeInterval(Double(minuteIndex) * 60)
            guard next <= moment else { break }
            minute = plan(next)
            cursor = 0
            minuteIndex += 1
        }
        return out
    }

    /// The briefings as the newsroom has them now (`LiveNewsroom.recentBriefings`): from the
    /// next share on, ambassadors share what they allow. The same briefings change nothing.
    public mutating func update(briefings: [Briefing], stories: [StoryID: Story]) {
        shares.update(briefings: briefings, stories: stories)
    }

    /// How many events of each kind an hour brings at this moment, as things stand.
    public func pace(at moment: Date) -> LivePace {
        let storm = storms.last.flatMap { $0.start <= moment && moment < $0.end ? $0.commentsPerMinute * 60 : nil } ?? 0
        return LivePace.at(comments: rhythm.comments(at: moment, calendar: calendar), shares: rhythm.shares(at: moment, calendar: calendar),
                           mentions: Double(mentions.sources), polls: shares.pollWeights(at: moment).total, stormComments: storm,
                           budget: settings.rate.map { $0 * 3600 / settings.speed })
    }

    // MARK: Planning a minute

    private mutating func plan(_ start: Date) -> LiveMinute {
        shares.retire(before: start)
        var minuteRNG = DemoRandom(seed: DemoRandom.mix(settings.runSeed ^ (UInt64(minuteIndex) &* 0x9E37_79B9_7F4A_7C15)))
        beginStorm(inMinuteFrom: start, rng: &minuteRNG)
        let end = start.addingTimeInterval(60)
        var window: Range<Double>?
        if let storm = storms.last, storm.start < end, storm.end > start {
            window = max(storm.start, start).timeIntervalSince1970..<min(storm.end, end).timeIntervalSince1970
        }
        return LiveMinute(start: start.timeIntervalSince1970, pace: pace(at: window.map { Date(timeIntervalSince1970: $0.lowerBound) } ?? start),
                          stormWindow: window, topOfHour: topOfHour(inMinuteFrom: start), polls: shares.pollWeights(at: start),
                          targets: shares.commentWeights(at: start), rng: &minuteRNG)
    }

    /// The storm asked for with `stormAt`, when its minute comes; without it, by chance (about
    /// one in eight hours, not in the first hour, not within an hour of the last).
    private mutating func beginStorm(inMinuteFrom start: Date, rng: inout DemoRandom) {
        let begin: Date
        if let at = settings.stormAt {
            begin = settings.start.addingTimeInterval(at * 60)
            guard storms.isEmpty, begin < start.addingTimeInterval(60) else { return }
        } else {
            let calm = storms.last.map { start.timeIntervalSince($0.end) >= 3600 } ?? true
            guard rng.chance(1.0 / 480), minuteIndex >= 60, calm else { return }
            begin = start
        }
        let post = stormPost(at: begin)
        storms.append(LiveStorm.plan(start: begin, minutes: stormRNG.double(18..<28), post: post.target, about: post.about,
                                     postedAt: post.postedAt, usualCommentsPerHour: rhythm.comments(at: begin, calendar: calendar),
                                     minimumComments: minimumComments))
    }

    /// The most seen share of the last day, else the company's most commented post.
    private func stormPost(at moment: Date) -> (target: LiveTarget, about: String, postedAt: Date?) {
        let day = shares.tracked.filter { $0.postedAt <= moment && moment.timeIntervalSince($0.postedAt) < 86_400 }
        if let share = day.max(by: { $0.final.impressions < $1.final.impressions }) {
            return (LiveTarget(CommentTarget(kind: .share, id: share.id.rawValue), on: share.network), share.opening, share.postedAt)
        }
        if let post = companyPosts.first { return (post, post.target.id, nil) }
        let id = "company-post-\(calendar.localDate(of: moment))"
        return (LiveTarget(CommentTarget(kind: .companyPost, id: id), on: .linkedIn), id, nil)
    }

    /// The top of a local hour within the minute, if one falls in it.
    private func topOfHour(inMinuteFrom start: Date) -> Double? {
        let local = start.timeIntervalSince1970 + Double(calendar.timeZone.secondsFromGMT(for: start))
        let into = local - (local / 3600).rounded(.down) * 3600
        let top = into == 0 ? start.timeIntervalSince1970 : start.timeIntervalSince1970 - into + 3600
        return top < start.timeIntervalSince1970 + 60 ? top : nil
    }

    // MARK: Happenings

    private mutating func happen(_ happening: LiveHappening, in minute: LiveMinute, into out: inout [NewEvent]) {
        let time = Date(timeIntervalSince1970: happening.time)
        switch happening.kind {
        case .share:
            if let event = shares.post(at: time, log: &log, rng: &rng) { out.append(event) }
        case .measurement:
            if let index = minute.polls.pick(rng.unit()) { out.append(shares.measure(index, at: time, log: &log)) }
        case .comment:
            let onShare = rng.chance(0.72) || companyPosts.isEmpty
            var target: LiveTarget?
            var after: Date?
            if onShare, let index = minute.targets.pick(rng.unit()) {
                let share = shares.tracked[index]
                target = LiveTarget(CommentTarget(kind: .share, id: share.id.rawValue), on: share.network)
                after = share.postedAt
            } else if !companyPosts.isEmpty {
                target = rng.pick(companyPosts)
            }
            if let target { out += comments.comment(on: target, after: after, at: time, storm: false, log: &log, rng: &rng) }
        case .stormComment:
            guard let storm = storms.last else { return }
            out += comments.comment(on: storm.post, after: storm.postedAt, at: time, storm: true, log: &log, rng: &rng)
            storms[storms.count - 1].comments += 1
        case .mentions:
            out += mentions.deliver(at: time, thin: minute.thinning, calendar: calendar, log: &log, rng: &rng)
        }
    }
}
