import Foundation
import NewsroomCore

/// An outside person who comments. Their handle and name are personal data: they travel only in
/// `PersonalData`, never in an event body; events carry the opaque `ref`.
struct DemoPerson {
    let ref: PersonRef
    let profile: PersonProfile
    let followers: Int
}

/// A comment as planned, before its events are written.
struct DemoComment {
    let id: CommentID
    let person: Int
    let network: Network
    let target: CommentTarget
    let parent: Int?
    let root: Int
    let postedAt: Date
    let receivedAt: Date
    let category: CommentCategory
    let english: Bool
}

/// Nine weeks of comments (about 21,000) with the rhythm of a working week: busy business hours,
/// lively evenings, quiet nights and weekends. A realistic mix of categories, mostly German,
/// threads, a handful of repeat offenders, and one evening when a post drew a few hundred angry
/// comments within hours.
struct DemoComments {
    private(set) var people: [DemoPerson] = []
    private(set) var comments: [DemoComment] = []
    /// The target of the past burst, for tests and screens.
    private(set) var burstTarget: CommentTarget?
    private var offenders: [Int] = []

    static let weeks = 9
    static let target = 21_000
    static let hourWeights: [Double] = [0.12, 0.08, 0.05, 0.04, 0.05, 0.1, 0.25, 0.55, 0.9, 1.05, 1.1, 1.05,
                                        0.9, 1.0, 1.1, 1.05, 1.0, 0.9, 0.75, 0.75, 0.7, 0.55, 0.4, 0.22]
    static let categories: [CommentCategory] = [.criticism, .question, .praise, .factClaim, .offTopic, .profanity, .insult, .spam,
                                                .defamation, .threat, .doxxing, .workplacePeace, .tradeSecret]
    static let mix: [Double] = [0.30, 0.22, 0.16, 0.07, 0.06, 0.06, 0.035, 0.04, 0.012, 0.008, 0.006, 0.008, 0.006]
    static let offenderMix: [Double] = [0.35, 0.03, 0.0, 0.15, 0.0, 0.2, 0.2, 0.0, 0.04, 0.03, 0.0, 0.0, 0.0]
    static let burstMix: [Double] = [0.45, 0.05, 0.01, 0.12, 0.0, 0.17, 0.14, 0.01, 0.02, 0.02, 0.01, 0.0, 0.0]

    mutating func generate(now: Date, calendar: NewsroomCalendar, shares: [DemoShare], rng: inout DemoRandom) {
        makePeople(rng: &rng)
        let firstHour = ((now.timeIntervalSince1970 - Double(Self.weeks * 7 * 86_400)) / 3600).rounded(.up) * 3600
        let hours = Int((now.timeIntervalSince1970 - firstHour) / 3600) + 1
        var weights = [Double](repeating: 0, count: hours)
        for h in 0..<hours {
            let start = Date(timeIntervalSince1970: firstHour + Double(h) * 3600)
            let local = calendar.localTime(of: start)
            let weekday = calendar.localDate(of: start).isoWeekday
            weights[h] = Self.hourWeights[local.hour] * (weekday == 6 ? 0.45 : weekday == 7 ? 0.5 : 1)
        }
        let base = Double(Self.target) / weights.reduce(0, +)
        let burstAt = burstStart(now: now, calendar: calendar)
        var byTarget: [String: [Int]] = [:]
        var shareCursor = 0
        var times: [Double] = []
        for h in 0..<hours {
            let hourStart = firstHour + Double(h) * 3600
            let expected = base * weights[h] * rng.double(0.75..<1.25)
            let count = Int(expected) + (rng.unit() < expected - Double(Int(expected)) ? 1 : 0)
            times.removeAll(keepingCapacity: true)
            for _ in 0..<count { times.append(hourStart + rng.double(0..<3600)) }
            if abs(hourStart - burstAt.timeIntervalSince1970) < 1 { burst(from: burstAt, now: now, byTarget: &byTarget, rng: &rng) }
            times.sort()
            while shareCursor < shares.count, shares[shareCursor].postedAt.timeIntervalSince1970 < hourStart { shareCursor += 1 }
            for t in times where t < now.timeIntervalSince1970 - 30 {
                let posted = Date(timeIntervalSince1970: t)
                let (target, network) = pickTarget(at: posted, calendar: calendar, shares: shares, before: shareCursor, rng: &rng)
                let person = pickPerson(rng: &rng)
                let category = Self.categories[rng.weighted(offenders.contains(person) ? Self.offenderMix : Self.mix)]
                add(person: person, target: target, network: network, at: posted, category: category, english: rng.chance(0.22),
                    threadChance: 0.28, now: now, byTarget: &byTarget, rng: &rng)
            }
        }
    }

    // MARK: Pieces

    /// People take their network in this rotation: person `i` is on `peopleNetworks[i % 7]`.
    static let peopleNetworks: [Network] = [.linkedIn, .linkedIn, .linkedIn, .facebook, .instagram, .x, .xing]

    /// The person nearest to `index` (at or after it) who is on `network`, so a comment's author
    /// profile is always on the network the comment was written on.
    static func person(near index: Int, on network: Network, count: Int) -> Int {
        for step in 0..<peopleNetworks.count * 2 {
            let candidate = (index + step) % count
            if peopleNetworks[candidate % peopleNetworks.count] == network { return candidate }
        }
        return index
    }

    private mutating func makePeople(rng: inout DemoRandom) {
        let networks = Self.peopleNetworks
        for i in 0..<7_000 {
            people.append(Self.makePerson(on: networks[i % networks.count], rng: &rng))
        }
        offenders = (0..<14).map { $0 * 97 + 5 }
    }

    /// An invented outside person on a network: an opaque ref, a handle, sometimes a first name
    /// and an initial, a following of about 180 with a long tail (the live feed makes its own too).
    static func makePerson(on network: Network, rng: inout DemoRandom) -> DemoPerson {
        let ref = PersonRef("p-" + rng.hex(16))
        let handle = rng.pick(DemoNames.handleWords) + (rng.chance(0.5) ? "_" : "") + String(rng.int(10...9_999))
        let name: String? = rng.chance(0.6) ? rng.pick(DemoNames.germanFirst) + " " + String(rng.pick(initials)) + "." : nil
        let profile = PersonProfile(ref: ref, network: network, handle: handle, displayName: name,
                                    profileURL: "https://\(network.name).example/\(handle)")
        return DemoPerson(ref: ref, profile: profile, followers: Int(rng.skewed(median: 180)))
    }

    private static let initials = Array("ABCDEFGHKLMNPRSTW")

    /// Most people comment once or twice; repeat offenders many times.
    private func pickPerson(rng: inout DemoRandom) -> Int {
        if rng.chance(0.07) { return rng.pick(offenders) }
        // Skewed towards low indices: some regulars, a long tail of one-time commenters.
        let u = rng.unit()
        return min(people.count - 1, Int(u * u * Double(people.count)))
    }

    private func pickTarget(at time: Date, calendar: NewsroomCalendar, shares: [DemoShare], before cursor: Int,
                            rng: inout DemoRandom) -> (CommentTarget, Network) {
        if rng.chance(0.72), cursor > 0 {
            // A share of the last four days, the more visible ones more often.
            var best: DemoShare?
            for _ in 0..<3 {
                let back = Int(Double(min(cursor, 260)) * pow(rng.unit(), 1.6))
                let s = shares[cursor - 1 - min(back, cursor - 1)]
                guard s.postedAt < time, time.timeIntervalSince(s.postedAt) < 4 * 86_400 else { continue }
                if s.weight > (best?.weight ?? -1) { best = s }
            }
            if let best { return (CommentTarget(kind: .share, id: best.id.rawValue), best.network) }
        }
        let day = calendar.localDate(of: time)
        let networks: [Network] = [.linkedIn, .facebook, .instagram, .x]
        let k = rng.int(0...3)
        return (CommentTarget(kind: .companyPost, id: "nordlicht-\(networks[k].name)-\(day)"), networks[k])
    }

    private mutating func add(person: Int, target: CommentTarget, network: Network, at posted: Date, category: CommentCategory,
                              english: Bool, threadChance: Double, now: Date, byTarget: inout [String: [Int]], rng: inout DemoRandom) {
        let person = Self.person(near: person, on: network, count: people.count)
        let index = comments.count
        var parent: Int?
        var root = index
        if let earlier = byTarget[target.id], !earlier.isEmpty, rng.chance(threadChance) {
            let p = earlier[earlier.count - 1 - rng.int(0...min(4, earlier.count - 1))]
            if posted.timeIntervalSince(comments[p].postedAt) < 3 * 86_400 {
                parent = p
                root = comments[p].root
            }
        }
        var received = posted.addingTimeInterval(rng.double(20..<600))
        if let parent { received = max(received, comments[parent].receivedAt.addingTimeInterval(0.002)) }
        received = min(received, max(posted, now.addingTimeInterval(-1)))
        comments.append(DemoComment(id: CommentID("c-\(index + 1)"), person: person, network: network, target: target, parent: parent,
                                    root: root, postedAt: posted, receivedAt: received, category: category, english: english))
        byTarget[target.id, default: []].append(index)
    }

    /// The evening three weeks ago when a post on grid fees drew a storm: about 380 comments in four hours.
    private func burstStart(now: Date, calendar: NewsroomCalendar) -> Date {
        var date = calendar.localDate(of: now).adding(days: -20)
        while date.isoWeekday != 2 { date = date.adding(days: -1) }
        return calendar.demoInstant(date, 19, 0)
    }

    private mutating func burst(from start: Date, now: Date, byTarget: inout [String: [Int]], rng: inout DemoRandom) {
        let target = CommentTarget(kind: .companyPost, id: "nordlicht-facebook-netzentgelte-\(Int(start.timeIntervalSince1970) / 86_400)")
        burstTarget = target
        var times = (0..<380).map { _ in start.timeIntervalSince1970 + 4 * 3600 * pow(rng.unit(), 1.8) }
        times.sort()
        for t in times where t < now.timeIntervalSince1970 - 30 {
            let person = rng.chance(0.2) ? rng.pick(offenders) : 3_000 + rng.int(0...400)
            add(person: person, target: target, network: .facebook, at: Date(timeIntervalSince1970: t),
                category: Self.categories[rng.weighted(Self.burstMix)], english: rng.chance(0.04), threadChance: 0.35,
                now: now, byTarget: &byTarget, rng: &rng)
        }
    }
}
