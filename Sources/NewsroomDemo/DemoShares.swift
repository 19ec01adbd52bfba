import Foundation
import NewsroomCore

/// A posted share, as the comment generator needs it (something to comment on).
struct DemoShare {
    let id: ShareID
    let network: Network
    let postedAt: Date
    /// How visible it is: more followers, more comments.
    let weight: Double
}

/// 90 days of shares with measurements that grow over the following week: story texts with the
/// campaign hashtags, own posts with employee hashtags that spread over time, one group that
/// posted the identical text within an hour, and a few shares that broke a hold or a restriction.
struct DemoShares {
    private(set) var shares: [DemoShare] = []
    private var serial = 0

    /// Hours after posting at which the analytics import measured, and the share of the final totals reached.
    static let measurements: [(hours: Double, fraction: Double)] = [(3, 0.3), (24, 0.72), (72, 0.93), (168, 1.0)]
    /// How likely a post goes out in each local hour (0–23).
    static let hourWeights: [Double] = [0, 0, 0, 0, 0, 0, 0.2, 0.8, 1.4, 1.2, 1, 0.9, 1.1, 0.9, 0.8, 0.8, 0.9, 1, 1.1, 1.2, 1.1, 0.8, 0.4, 0.1]

    static let ownWordsDE = ["Lesenswert:", "Spannend, was die Kolleginnen und Kollegen da geschafft haben:", "Das hier möchte ich teilen:",
                             "Stolz auf unser Team!", "Mal was Positives aus meinem Arbeitsalltag:", "Genau deshalb arbeite ich gern hier:"]
    static let ownWordsEN = ["Worth a read:", "Proud of this team:", "Sharing this because it matters:", "Great work by my colleagues:"]
    static let ownPosts = [
        "Frühschicht in der Leitwarte, Sonnenaufgang über dem Hafen. Schöner wird's nicht.",
        "Heute mit dem Montageteam auf dem Umspannwerk. Hut ab vor allen, die das bei jedem Wetter machen.",
        "Erster Tag mit den neuen Azubis: so viel Neugier! Ich freue mich auf die drei Jahre mit euch.",
        "Wir haben heute die letzte Kabeltrommel verladen. Vier Monate Arbeit, null Unfälle.",
        "Team-Frühstück nach der Störungsnacht. Danke an alle, die durchgehalten haben.",
        "Mein Lieblingsort bei der Arbeit: oben auf der Plattform, 40 Meter über der Nordsee.",
        "Night shift in the control room, calm grid, good coffee. Not a bad place to be.",
        "Vortrag an der Hochschule über Netzplanung gehalten. Tolle Fragen von den Studierenden!",
    ]

    mutating func generate(now: Date, calendar: NewsroomCalendar, stories: [DemoStory], holds: [DemoTopicHold],
                           ambassadors: [DemoAmbassador], rng: inout DemoRandom, log: inout DemoLog) {
        let today = calendar.localDate(of: now)
        let released = stories.filter { $0.releaseAt != nil && !$0.onHeldTopic }.sorted { ($0.releaseAt ?? now) < ($1.releaseAt ?? now) }
        let berlinOffset = Double(calendar.timeZone.secondsFromGMT(for: now))
        let offsets = ambassadors.map { Double(TimeZone(identifier: $0.timeZone)?.secondsFromGMT(for: now) ?? 3600) - berlinOffset }

        for daysAgo in stride(from: 89, through: 0, by: -1) {
            let date = today.adding(days: -daysAgo)
            let dayStart = calendar.startOfDay(date)
            let dayIndex = 89 - daysAgo
            let factor = date.isoWeekday >= 6 ? 0.35 : 1.0
            for (i, a) in ambassadors.enumerated() {
                let expected = a.rate * factor
                let count = Int(expected) + (rng.unit() < expected - Double(Int(expected)) ? 1 : 0)
                for _ in 0..<count {
                    let hour = rng.weighted(Self.hourWeights)
                    let time = dayStart.addingTimeInterval(Double(hour) * 3600 + rng.double(0..<3600) - offsets[i])
                    guard time < now.addingTimeInterval(-60), a.isSharing(at: time) else { continue }
                    let heldToday = holds.filter { $0.date == date && $0.heldAt <= time }.map(\.topic)
                    let story = pickStory(for: a, at: time, from: released, avoiding: heldToday, rng: &rng)
                    post(a, story: story, at: time, dayIndex: dayIndex, now: now, rng: &rng, log: &log)
                }
            }
        }
        earlyBirds(now: now, today: today, stories: released, ambassadors: ambassadors, rng: &rng, log: &log)
        identicalGroup(now: now, stories: released, ambassadors: ambassadors, rng: &rng, log: &log)
        rulebreakers(now: now, calendar: calendar, stories: stories, ambassadors: ambassadors, rng: &rng, log: &log)
        shares.sort { $0.postedAt < $1.postedAt }
    }

    // MARK: Choosing and writing

    private func pickStory(for a: DemoAmbassador, at time: Date, from stories: [DemoStory], avoiding held: [String],
                           rng: inout DemoRandom) -> DemoStory? {
        guard !rng.chance(0.14) else { return nil }
        var candidates: [DemoStory] = []
        var weights: [Double] = []
        for s in stories {
            guard let release = s.releaseAt else { continue }
            if release > time { break }
            let age = time.timeIntervalSince(release)
            guard age < 3 * 86_400, s.content.restriction.allows(team: a.team, role: a.role),
                  !s.content.topics.contains(where: a.avoidedTopics.contains), !s.content.topics.contains(where: held.contains) else { continue }
            candidates.append(s)
            weights.append((s.content.topics.contains(where: a.topics.contains) ? 3 : 1) / (1 + age / 86_400))
        }
        guard !candidates.isEmpty else { return nil }
        return candidates[rng.weighted(weights)]
    }

    private func network(of a: DemoAmbassador, rng: inout DemoRandom) -> NetworkAccount {
        Self.account(among: a.accounts, rng: &rng)
    }

    /// The account an ambassador posts from, LinkedIn most often (`DemoProgram.networks`' weights).
    static func account(among accounts: [NetworkAccount], rng: inout DemoRandom) -> NetworkAccount {
        let weights = accounts.map { acc in DemoProgram.networks.first { $0.network == acc.network }?.weight ?? 0.2 }
        return accounts[rng.weighted(weights)]
    }

    private func text(for a: DemoAmbassador, story: DemoStory?, network: Network, dayIndex: Int, rng: inout DemoRandom) -> String {
        Self.postText(story?.content, network: network, dayIndex: dayIndex, rng: &rng)
    }

    /// What an ambassador writes when sharing a story (its approved text for the network, or own
    /// words with the headline and link, plus the campaign hashtag) or a post of their own; the
    /// employee hashtags spread with `dayIndex` (0 = 90 days ago). Cut to fit X.
    static func postText(_ story: StoryContent?, network: Network, dayIndex: Int, rng: inout DemoRandom) -> String {
        var text: String
        if let story {
            let fitting = story.postTexts(for: network).filter { network != .x || $0.text.count <= 280 }
            let any = fitting.isEmpty ? story.postTexts(for: .linkedIn) : fitting
            if story.approvedWording == nil || any.isEmpty || rng.chance(0.25) {
                let opener = story.language == "en" ? rng.pick(Self.ownWordsEN) : rng.pick(Self.ownWordsDE)
                text = opener + " " + story.headline + " " + (story.link ?? "")
            } else {
                text = rng.pick(any).text
            }
            if let tag = DemoProgram.campaignHashtag(for: story.topics), !text.lowercased().contains(tag.lowercased()) {
                text += " " + tag
            }
        } else {
            text = rng.pick(Self.ownPosts)
        }
        for (tag, firstDay, growth) in DemoProgram.employeeHashtags where dayIndex >= firstDay {
            let p = min(0.5, (story == nil ? 0.15 : 0.02) + growth * Double(dayIndex - firstDay) / 45)
            if rng.chance(p), !text.contains(tag) { text += " " + tag }
        }
        if network == .x && text.count > 280 { text = String(text.prefix(270)) + "…" }
        return text
    }

    private mutating func post(_ a: DemoAmbassador, story: DemoStory?, at time: Date, dayIndex: Int, now: Date,
                               fixedText: String? = nil, fixedNetwork: NetworkAccount? = nil, rng: inout DemoRandom, log: inout DemoLog) {
        let account = fixedNetwork ?? network(of: a, rng: &rng)
        let body = fixedText ?? text(for: a, story: story, network: account.network, dayIndex: dayIndex, rng: &rng)
        serial += 1
        let id = ShareID("share-\(serial)")
        let importer = "import:\(account.network.name)-analytics"
        log.emit(min(time.addingTimeInterval(rng.double(120..<900)), max(time, now.addingTimeInterval(-1))), importer, .sharePosted(SharePosted(
            shareID: id, ambassadorID: a.id, storyID: story?.id, network: account.network, postedAt: time, text: body)))
        let totals = Self.finalMetrics(followers: account.followers, network: account.network, topics: story?.content.topics ?? [],
                                       hasLink: story?.content.link != nil, rng: &rng)
        for m in Self.measurements {
            let at = time.addingTimeInterval(m.hours * 3600 + rng.double(0..<1800))
            guard at < now else { break }
            log.emit(at, importer, .shareMeasured(ShareMeasured(shareID: id, metrics: Self.scaled(totals, m.fraction))))
        }
        shares.append(DemoShare(id: id, network: account.network, postedAt: time, weight: Double(totals.comments + 2)))
    }

    static func finalMetrics(followers: Int, network: Network, topics: [String], hasLink: Bool, rng: inout DemoRandom) -> ShareMetrics {
        let reach = rng.skewed(median: network == .x ? 0.12 : 0.3)
        let impressions = Int(Double(followers) * reach) + rng.int(20...200)
        let clicks = Int(Double(impressions) * rng.double(0.006..<0.03))
        let reactions = Int(Double(impressions) * rng.double(0.01..<0.05))
        var m = ShareMetrics(impressions: impressions, clicks: clicks, reactions: reactions,
                             comments: Int(Double(reactions) * rng.double(0.05..<0.2)), reshares: Int(Double(reactions) * rng.double(0.02..<0.1)))
        if hasLink { m.visitsFromSocial = Int(Double(clicks) * rng.double(0.5..<0.9)) }
        if topics.contains("messe") {
            m.visitsFromSocial = Int(Double(m.visitsFromSocial) * 1.6)
            m.eventVisits = Int(Double(m.visitsFromSocial) * rng.double(0.05..<0.15))
            m.bookedMeetings = Int(Double(m.visitsFromSocial) * rng.double(0.005..<0.02))
        }
        if topics.contains("messe"), m.visitsFromSocial > 0 {
            m.eventVisits = max(m.eventVisits, rng.chance(0.4) ? 1 : 0)
            m.bookedMeetings = max(m.bookedMeetings, rng.chance(0.1) ? 1 : 0)
        }
        if topics.contains("ausbildung") || topics.contains("karriere"), m.visitsFromSocial > 0 {
            m.leads = max(Int(Double(m.visitsFromSocial) * rng.double(0.01..<0.06)), rng.chance(0.3) ? 1 : 0)
        }
        if topics.contains("kundenservice"), m.visitsFromSocial > 0 {
            m.bookedMeetings += max(Int(Double(m.visitsFromSocial) * rng.double(0.005..<0.02)), rng.chance(0.15) ? 1 : 0)
        }
        if rng.chance(0.08) { m.adImpressions = Int(Double(impressions) * rng.double(0.5..<2)) }
        return m
    }

    static func scaled(_ m: ShareMetrics, _ f: Double) -> ShareMetrics {
        func s(_ v: Int) -> Int { Int(Double(v) * f) }
        return ShareMetrics(impressions: s(m.impressions), adImpressions: s(m.adImpressions), eventVisits: s(m.eventVisits), clicks: s(m.clicks),
                            reactions: s(m.reactions), comments: s(m.comments), reshares: s(m.reshares), visitsFromSocial: s(m.visitsFromSocial),
                            leads: s(m.leads), bookedMeetings: s(m.bookedMeetings))
    }

    // MARK: The special cases the panes must show

    /// Nine multipliers posted the identical text of one story on LinkedIn within an hour.
    private mutating func identicalGroup(now: Date, stories: [DemoStory], ambassadors: [DemoAmbassador], rng: inout DemoRandom, log: inout DemoLog) {
        let target = now.addingTimeInterval(-12 * 86_400)
        guard let story = stories.last(where: { ($0.releaseAt ?? now) < target && !$0.content.restriction.isRestricted
                                                && !$0.content.postTexts(for: .linkedIn).isEmpty }),
              let release = story.releaseAt, let text = story.content.postTexts(for: .linkedIn).first?.text else { return }
        let start = release.addingTimeInterval(2 * 3600)
        let group = ambassadors.filter { $0.team == "multipliers" && $0.isSharing(at: start) }.prefix(9)
        for (k, a) in group.enumerated() {
            guard let account = a.accounts.first(where: { $0.network == .linkedIn }) else { continue }
            post(a, story: story, at: start.addingTimeInterval(Double(k) * 330 + rng.double(0..<200)), dayIndex: 0, now: now,
                 fixedText: text, fixedNetwork: account, rng: &rng, log: &log)
        }
    }

    /// Right after the morning call the keenest ambassadors share what was released today.
    private mutating func earlyBirds(now: Date, today: LocalDate, stories: [DemoStory], ambassadors: [DemoAmbassador],
                                     rng: inout DemoRandom, log: inout DemoLog) {
        for story in stories where story.date == today {
            guard let release = story.releaseAt, release < now.addingTimeInterval(-300) else { continue }
            let keen = ambassadors.filter { $0.rate > 0.5 && $0.isSharing(at: release) && story.content.restriction.allows(team: $0.team, role: $0.role)
                                            && !story.content.topics.contains(where: $0.avoidedTopics.contains) }
            guard !keen.isEmpty else { continue }
            let span = now.addingTimeInterval(-60).timeIntervalSince(release)
            for _ in 0..<rng.int(2...4) {
                post(rng.pick(keen), story: story, at: release.addingTimeInterval(span * rng.double(0.05..<1)), dayIndex: 89, now: now, rng: &rng, log: &log)
            }
        }
    }

    /// A few shares on a held topic, and a few of a story restricted away from the sharer's team.
    private mutating func rulebreakers(now: Date, calendar: NewsroomCalendar, stories: [DemoStory], ambassadors: [DemoAmbassador],
                                       rng: inout DemoRandom, log: inout DemoLog) {
        let steady = ambassadors.filter { $0.leftAt == nil && $0.quietFrom == nil && $0.team != "executives" }
        guard steady.count > 10 else { return }
        for story in stories where story.onHeldTopic {
            guard let release = story.releaseAt else { continue }
            let end = min(now.addingTimeInterval(-60), calendar.startOfDay(story.date.adding(days: 1)))
            let span = end.timeIntervalSince(release)
            guard span > 120 else { continue }
            for k in 0..<2 {
                let a = steady[(k * 7 + Int(story.date.daysSinceEpoch)) % steady.count]
                post(a, story: story, at: release.addingTimeInterval(span * rng.double(0.1..<0.9)), dayIndex: 50, now: now, rng: &rng, log: &log)
            }
        }
        let restricted = stories.filter { $0.content.restriction.isRestricted && ($0.releaseAt ?? now) < now.addingTimeInterval(-86_400) }
        for story in restricted.suffix(2) {
            guard let release = story.releaseAt else { continue }
            let outsiders = steady.filter { !story.content.restriction.allows(team: $0.team, role: $0.role) && $0.isSharing(at: release) }
            for a in outsiders.prefix(2) {
                post(a, story: story, at: release.addingTimeInterval(rng.double(1800..<20_000)), dayIndex: 50, now: now, rng: &rng, log: &log)
            }
        }
    }
}
