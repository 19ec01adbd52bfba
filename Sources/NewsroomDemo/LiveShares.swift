import Foundation
import NewsroomCore

/// A share the feed keeps measuring for a week after it was posted: its figures grow from what
/// the store last had towards `final`, along the analytics curve, and never shrink.
struct LiveShare: Sendable {
    let id: ShareID
    let network: Network
    let postedAt: Date
    let final: ShareMetrics
    var current: ShareMetrics
    /// The first words of the post, for the storm's notice.
    let opening: String

    /// How much a post draws comments: more reactions, more comments.
    var visibility: Double { Double(final.comments + 2) }
}

/// New shares by the newsroom's ambassadors (of stories the briefing lets them share, or posts
/// of their own) and the analytics polls that measure every share of the last week.
struct LiveShares: Sendable {
    private(set) var tracked: [LiveShare] = []
    private let sharers: [Ambassador]
    private let weights: [Double]
    private var stories: [StoryID: Story]
    private var briefings: [Briefing]
    private let calendar: NewsroomCalendar
    private let tag: String
    private var serial = 0

    /// A week: after that a share's figures are final and nobody polls it any more.
    static let measuredFor: Double = 7 * 86_400

    init(newsroom: LiveNewsroom, start: Date, tag: String, rng: inout DemoRandom) {
        calendar = newsroom.calendar
        stories = newsroom.stories
        briefings = newsroom.briefings.sorted { $0.date < $1.date }
        self.tag = tag
        let quiet = Double(newsroom.quietAfterDays) * 86_400
        var active = newsroom.ambassadors.filter { $0.leftAt == nil && !$0.accounts.isEmpty }
        active.sort { $0.id < $1.id }
        // Shares a day so far; whoever went quiet stays quiet.
        var rates = active.map { a -> Double in
            guard let last = a.lastSharedAt, start.timeIntervalSince(last) < quiet else { return 0 }
            return Double(a.shareCount) / max(7, start.timeIntervalSince(a.joinedAt) / 86_400)
        }
        if rates.allSatisfy({ $0 <= 0 }) { rates = active.map { _ in 1 } }
        sharers = active
        weights = rates
        let byID = Dictionary(active.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for share in newsroom.shares where start.timeIntervalSince(share.postedAt) < Self.measuredFor {
            let story = share.storyID.flatMap { newsroom.stories[$0] }
            let followers = byID[share.ambassadorID]?.accounts.first { $0.network == share.network }?.followers ?? 400
            let final: ShareMetrics
            if let measured = share.measuredAt, share.metrics != .zero {
                // Where the curve stood at the last measurement tells the totals it is heading for.
                let reached = max(0.05, Self.grown(hours: measured.timeIntervalSince(share.postedAt) / 3600))
                final = DemoShares.scaled(share.metrics, 1 / reached).merged(with: share.metrics)
            } else {
                final = DemoShares.finalMetrics(followers: followers, network: share.network, topics: story?.content.topics ?? [],
                                                hasLink: story?.content.link != nil, rng: &rng)
            }
            tracked.append(LiveShare(id: share.id, network: share.network, postedAt: share.postedAt, final: final, current: share.metrics,
                                     opening: String(share.text.prefix(60))))
        }
    }

    /// Takes the briefings as they are now (and their stories), keeping the stories of shares.
    mutating func update(briefings: [Briefing], stories: [StoryID: Story]) {
        self.briefings = briefings.sorted { $0.date < $1.date }
        self.stories.merge(stories) { _, new in new }
    }

    // MARK: Growth

    /// The share of its final figures a post has reached `hours` after posting (the demo's
    /// analytics curve: 30 % after 3 hours, 72 % after a day, 93 % after three, all after a week).
    static func grown(hours: Double) -> Double {
        var previous = (hours: 0.0, fraction: 0.0)
        for point in DemoShares.measurements {
            if hours < point.hours {
                return previous.fraction + (point.fraction - previous.fraction) * (hours - previous.hours) / (point.hours - previous.hours)
            }
            previous = point
        }
        return 1
    }

    /// How often an analytics connector polls a share of this age: every quarter hour on its
    /// first day, hourly up to three days, every six hours until a week.
    static func pollsPerHour(ageHours: Double) -> Double {
        switch ageHours {
        case ..<0: return 0
        case ..<24: return 4
        case ..<72: return 1
        case ..<168: return 1.0 / 6
        default: return 0
        }
    }

    /// Stops tracking what is older than a week.
    mutating func retire(before moment: Date) {
        tracked.removeAll { moment.timeIntervalSince($0.postedAt) >= Self.measuredFor }
    }

    /// Each tracked share's polls an hour at `moment`.
    func pollWeights(at moment: Date) -> LiveWeights {
        LiveWeights(tracked.map { Self.pollsPerHour(ageHours: moment.timeIntervalSince($0.postedAt) / 3600) })
    }

    /// Each tracked share's pull on new comments at `moment`: visible and recent ones most (none
    /// after four days).
    func commentWeights(at moment: Date) -> LiveWeights {
        LiveWeights(tracked.map { s in
            let days = moment.timeIntervalSince(s.postedAt) / 86_400
            return days < 0 || days >= 4 ? 0 : s.visibility / (1 + days)
        })
    }

    // MARK: Events

    /// The analytics poll of one tracked share: its totals where the curve has got to.
    mutating func measure(_ index: Int, at time: Date, log: inout LiveLog) -> NewEvent {
        let share = tracked[index]
        let totals = DemoShares.scaled(share.final, Self.grown(hours: time.timeIntervalSince(share.postedAt) / 3600)).merged(with: share.current)
        tracked[index].current = totals
        return log.event(time, .shareMeasured(ShareMeasured(shareID: share.id, metrics: totals)))
    }

    /// An ambassador posts, found by the analytics connector a few minutes later (at `time`).
    mutating func post(at time: Date, log: inout LiveLog, rng: inout DemoRandom) -> NewEvent? {
        guard !sharers.isEmpty else { return nil }
        let ambassador = sharers[rng.weighted(weights)]
        let account = DemoShares.account(among: ambassador.accounts, rng: &rng)
        let story = pickStory(for: ambassador, at: time, rng: &rng)
        let text = DemoShares.postText(story?.content, network: account.network, dayIndex: 89, rng: &rng)
        serial += 1
        let id = ShareID("share-sim-\(tag)-\(serial)")
        let postedAt = time.addingTimeInterval(-rng.double(60..<600))
        let final = DemoShares.finalMetrics(followers: account.followers, network: account.network, topics: story?.content.topics ?? [],
                                            hasLink: story?.content.link != nil, rng: &rng)
        tracked.append(LiveShare(id: id, network: account.network, postedAt: postedAt, final: final, current: .zero,
                                 opening: String(text.prefix(60))))
        return log.event(time, .sharePosted(SharePosted(shareID: id, ambassadorID: ambassador.id, storyID: story?.id,
                                                        network: account.network, postedAt: postedAt, text: text)))
    }

    /// A story of the last three days the briefing lets this ambassador share now (not on a topic
    /// held today), the ones on their topics and the freshest most often; one post in seven is
    /// their own.
    private func pickStory(for ambassador: Ambassador, at time: Date, rng: inout DemoRandom) -> Story? {
        guard !rng.chance(0.14) else { return nil }
        let today = calendar.localDate(of: time)
        let heldToday = Set(briefings.first { $0.date == today }?.topicHolds.keys.map { $0 } ?? [])
        var candidates: [Story] = []
        var weights: [Double] = []
        for briefing in briefings where briefing.date >= today.adding(days: -2) && briefing.date <= today {
            for id in briefing.agenda {
                guard let story = stories[id], BriefingRules.mayOffer(story, to: ambassador, briefing: briefing, at: time),
                      !story.content.topics.contains(where: heldToday.contains) else { continue }
                let age = time.timeIntervalSince(Self.release(of: id, in: briefing) ?? calendar.startOfDay(briefing.date))
                guard age >= 0, age < 3 * 86_400 else { continue }
                candidates.append(story)
                weights.append((story.content.topics.contains(where: ambassador.topics.contains) ? 3 : 1) / (1 + age / 86_400))
            }
        }
        guard !candidates.isEmpty else { return nil }
        return candidates[rng.weighted(weights)]
    }

    /// When a story became shareable: the decision to share, or the end of its embargo.
    static func release(of story: StoryID, in briefing: Briefing) -> Date? {
        guard let current = briefing.entries[story]?.current else { return nil }
        switch current.decision {
        case .share: return current.decidedAt
        case .embargo(let until): return until
        default: return nil
        }
    }
}

/// Weights for picking one of many in O(log n): cumulative sums, made once per simulated minute.
struct LiveWeights: Sendable {
    private let cumulative: [Double]

    init(_ weights: [Double]) {
        var sum = 0.0
        cumulative = weights.map { w in
            sum += max(0, w)
            return sum
        }
    }

    var total: Double { cumulative.last ?? 0 }

    /// The index whose weight a uniform `unit` in 0..<1 falls into; nil when all weights are 0.
    func pick(_ unit: Double) -> Int? {
        guard total > 0 else { return nil }
        let target = unit * total
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
