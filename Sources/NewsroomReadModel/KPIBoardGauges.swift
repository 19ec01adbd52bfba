import Foundation
import NewsroomCore

/// Builds the board's gauges for one window from the KPI functions of the core: each value, its
/// period before, its sparklines (the same function over each quarter hour and each day) and its
/// formula with the numbers filled in.
struct KPIBoardGauges<Store: NewsroomReadSource, Counts: CounterSource> {
    let store: Store
    let counts: Counts
    let excerpt: CounterExcerpt
    let window: KPIWindow
    let previous: KPIWindow
    let at: Date
    let config: NewsroomConfig
    let moderation: ModerationFigures
    let buzz: ShareOfBuzz

    private var quarters: [KPIWindow] { KPIWindow.quarterHours(endingAt: at) }
    private var days: [KPIWindow] { KPIWindow.days(endingAt: at, calendar: config.calendar) }

    /// Every gauge, the lead campaign's goal and the figure it names first.
    func all(lead: CampaignProgress?, ambassadors: [Ambassador]) throws -> [KPIGauge] {
        let engagement = try EngagementScore.program(counts, window: window, settings: config.engagement)
        var gauges = [try self.engagement(engagement)] + (try EngagementFactor.allCases.map { try factor($0, engagement) })
        gauges += [try metric(.visitsFromSocial, kind: .visitsFromSocial, label: "Visits from social"),
                   try metric(.impressions, kind: .impressions, label: "Impressions"),
                   potentialReach(ambassadors),
                   try earnedMedia(), try shareOfBuzz(), active(ambassadors),
                   backlog(), oldestNew(), try firstReply(), slaBreaches()]
        guard let lead else { return gauges }
        let named = lead.goalMetric.flatMap { m in gauges.firstIndex { $0.kind.rawValue == m.rawValue } }
        let leading = named.map { gauges.remove(at: $0) }
        return [try campaignGoal(lead)] + (leading.map { [$0] } ?? []) + gauges
    }

    // MARK: Provenance

    /// A figure no event counted in the excerpt's 60 days nor in the window is missing (no source
    /// gives it), not zero.
    private func reported(_ metric: Metric) throws -> Bool {
        try excerpt.sum(CounterKey(metric), over: excerpt.buckets) != 0 || counts.sum(CounterKey(metric), over: window.buckets) != 0
    }

    private func provenance(of metrics: [Metric]) throws -> Provenance {
        try metrics.contains { try reported($0) } ? .measured : .missing
    }

    // MARK: Engagement

    private func engagement(_ e: EngagementScore) throws -> KPIGauge {
        let before = try EngagementScore.program(counts, window: previous, settings: config.engagement)
        let parts = e.factors.map { f in
            KPIPart(group: "factors", label: f.factor.rawValue, value: f.points,
                    text: "\(FigureText.decimal(f.score)) × \(FigureText.decimal(f.weight, places: 2)) = \(FigureText.decimal(f.points)) points")
        }
        let sum = e.factors.map { "\(FigureText.decimal($0.weight, places: 2)) × \(FigureText.decimal($0.score))" }.joined(separator: " + ")
        return KPIGauge(kind: .engagement, label: "Engagement score", value: e.score, target: 100, unit: .score,
                        provenance: try provenance(of: e.factors.flatMap { $0.contributions.map(\.metric) }), previous: before.score,
                        lastDay: try quarters.map { try EngagementScore.program(excerpt, window: $0, settings: config.engagement).score },
                        lastMonth: try days.map { try EngagementScore.program(excerpt, window: $0, settings: config.engagement).score },
                        formula: "score = Σ weight × factor = \(sum) = \(FigureText.decimal(e.score))", parts: parts)
    }

    private func factor(_ which: EngagementFactor, _ e: EngagementScore) throws -> KPIGauge {
        let f = e.factor(which)
        let before = try EngagementScore.program(counts, window: previous, settings: config.engagement).factor(which)
        let parts = f.contributions.map { c in
            KPIPart(group: "metrics", label: c.metric.rawValue, value: c.weighted,
                    text: "\(FigureText.grouped(c.count)) × \(FigureText.decimal(c.weight, places: 0)) = \(FigureText.grouped(Int64(c.weighted.rounded())))")
        }
        let label = ["reach": "Reach", "interaction": "Interaction", "businessImpact": "Business impact"][which.rawValue] ?? which.rawValue
        let kind: KPIGauge.Kind = which == .reach ? .reach : which == .interaction ? .interaction : .businessImpact
        func score(_ w: KPIWindow) throws -> Double { try EngagementScore.program(excerpt, window: w, settings: config.engagement).factor(which).score }
        return KPIGauge(kind: kind, label: label, value: f.score, target: 100, unit: .score,
                        provenance: try provenance(of: f.contributions.map(\.metric)), previous: before.score,
                        lastDay: try quarters.map(score), lastMonth: try days.map(score),
                        formula: "\(label.lowercased()) = min(100, 100 × \(FigureText.grouped(Int64(f.weightedCount.rounded()))) / "
                            + "\(FigureText.grouped(Int64(f.reference.rounded())))) = \(FigureText.decimal(f.score))"
                            + " (reference \(FigureText.grouped(Int64(f.referencePerWeek.rounded()))) per 7 days × \(FigureText.decimal(window.days, places: 2)) / 7)",
                        parts: parts)
    }

    // MARK: Counts

    private func metric(_ m: Metric, kind: KPIGauge.Kind, label: String) throws -> KPIGauge {
        let key = CounterKey(m)
        let value = try counts.sum(key, over: window.buckets)
        var parts: [KPIPart] = []
        if m == .visitsFromSocial {
            let funnel = try SocialFunnel.compute(counts, window: window)
            parts.append(KPIPart(group: "against impressions", label: "per 1,000 impressions", value: funnel.visitsPerThousandImpressions ?? 0,
                                 text: funnel.visitsPerThousandImpressions.map { FigureText.decimal($0, places: 2) } ?? "no impressions"))
            parts.append(KPIPart(group: "against impressions", label: "per click", value: funnel.visitsPerClick ?? 0,
                                 text: funnel.visitsPerClick.map { FigureText.decimal($0, places: 2) } ?? "no clicks"))
        }
        return KPIGauge(kind: kind, label: label, value: Double(value), unit: .count, provenance: try provenance(of: [m]),
                        previous: Double(try counts.sum(key, over: previous.buckets)),
                        lastDay: quarters.map { Double(excerpt.sum(key, over: $0.buckets)) },
                        lastMonth: days.map { Double(excerpt.sum(key, over: $0.buckets)) },
                        formula: "\(m.rawValue) = Σ over the window's buckets = \(FigureText.grouped(value))", parts: parts)
    }

    private func potentialReach(_ ambassadors: [Ambassador]) -> KPIGauge {
        let active = ambassadors.filter { !$0.hasLeft(at: at) && $0.isActive(at: at, withinDays: 7) }
        let total = active.reduce(0) { $0 + $1.totalFollowers }
        let top = active.sorted { ($0.totalFollowers, $1.name) > ($1.totalFollowers, $0.name) }.prefix(5).map {
            KPIPart(group: "largest followings", label: $0.name, value: Double($0.totalFollowers), text: FigureText.grouped(Int64($0.totalFollowers)))
        }
        return KPIGauge(kind: .potentialReach, label: "Potential reach", value: Double(total), unit: .count, provenance: active.isEmpty ? .missing : .estimated,
                        formula: "potential reach = Σ followers of the \(active.count) ambassadors active in the last 7 days = \(FigureText.grouped(Int64(total))) (not people reached: impressions are)",
                        parts: Array(top))
    }

    private func earnedMedia() throws -> KPIGauge {
        let value = try EarnedMediaValue.compute(counts, window: window, config: config)
        let before = try EarnedMediaValue.compute(counts, window: previous, config: config)
        func total(_ w: KPIWindow) throws -> Double { try EarnedMediaValue.compute(excerpt, window: w, config: config).total }
        let parts = value.networks.filter { $0.value > 0 }.map { n in
            KPIPart(group: "networks", label: n.network.name, value: n.value,
                    text: "\(FigureText.grouped(n.impressions)) / 1000 × \(n.cpm) + \(FigureText.grouped(n.clicks)) × \(n.cpc) + "
                        + "\(FigureText.grouped(n.reactions)) × \(n.cpc) × \(n.reactionMultiplier) = \(FigureText.decimal(n.value, places: 2))")
        }
        let inputs = try provenance(of: [.impressions, .clicks, .reactions])
        return KPIGauge(kind: .earnedMedia, label: "Earned media value", value: value.total, unit: .money(value.currency),
                        provenance: inputs == .missing ? .missing : .estimated, previous: before.total,
                        lastDay: try quarters.map(total), lastMonth: try days.map(total),
                        formula: "EMV = \(EarnedMediaValue.formula) = \(FigureText.decimal(value.total, places: 2)) \(value.currency)"
                            + (value.unpriced.isEmpty ? "" : "; not priced: \(value.unpriced.map(\.name).joined(separator: ", "))"),
                        parts: parts)
    }

    private func shareOfBuzz() throws -> KPIGauge {
        let before = try ShareOfBuzz.compute(counts, window: previous, peers: config.peers, topics: config.topics)
        let parts = buzz.topics.filter { $0.total > 0 }.sorted { $0.total > $1.total }.map { t in
            KPIPart(group: "topics", label: t.topic, value: t.share ?? 0,
                    text: "\(t.share.map(FigureText.percent) ?? "–") (ours \(FigureText.grouped(t.ours)) of \(FigureText.grouped(t.total)))")
        }
        return KPIGauge(kind: .shareOfBuzz, label: "Share of buzz", value: buzz.overall, unit: .ratio,
                        provenance: buzz.overall == nil ? .missing : .measured, previous: before.overall,
                        lastMonth: try days.map { try ShareOfBuzz.compute(excerpt, window: $0, peers: config.peers, topics: []).overall ?? 0 },
                        formula: "share of buzz = ours / (ours + named peers) = \(buzz.overall.map(FigureText.percent) ?? "no mentions")"
                            + (config.peers.isEmpty ? " (no peers named in newsroom.yaml)" : " against \(config.peers.joined(separator: ", "))"),
                        parts: parts)
    }

    // MARK: Ambassadors

    /// Ambassadors with a share in the 7 days up to `moment`, from the per-ambassador share counts.
    private func activeFromShares(at moment: Date) -> Int {
        let week = Bucket(containing: moment.addingTimeInterval(-7 * 86_400)).index..<(Bucket(containing: moment).index + 1)
        return excerpt.sums(of: .sharesPosted, over: week).keys.filter { $0.ambassadorID != nil }.count
    }

    private func active(_ ambassadors: [Ambassador]) -> KPIGauge {
        let activity = AmbassadorActivity.compute(ambassadors, at: at)
        let parts = activity.byTeam.sorted { $0.key < $1.key }.map { team, c in
            KPIPart(group: "teams", label: team, value: Double(c.active), text: "\(c.active) of \(c.all)")
        }
        let before = min(previous.interval.end, at)
        return KPIGauge(kind: .activeAmbassadors, label: "Active ambassadors", value: Double(activity.program.active),
                        target: Double(activity.program.all), unit: .count, provenance: activity.program.all == 0 ? .missing : .measured,
                        previous: excerpt.buckets.contains(Bucket(containing: before).index) ? Double(activeFromShares(at: before)) : nil,
                        lastMonth: days.map { Double(activeFromShares(at: $0.interval.end)) },
                        seriesLabel: "shared in the 7 days up to each day",
                        formula: "active = shared in the last 7 days: \(activity.program.active) of \(activity.program.all) current ambassadors",
                        parts: parts)
    }

    // MARK: Moderation

    private func backlog() -> KPIGauge {
        let b = moderation.backlog
        let parts = ModerationState.allCases.filter(\.isOpen).map { s in
            KPIPart(group: "open by state", label: s.rawValue, value: Double(b.byState[s] ?? 0), text: FigureText.grouped(Int64(b.byState[s] ?? 0)))
        }
        let key = CounterKey(.commentsReceived)
        return KPIGauge(kind: .backlog, label: "Moderation backlog", value: Double(b.total), lowerIsBetter: true, unit: .count,
                        provenance: .measured,
                        lastDay: quarters.map { Double(excerpt.sum(key, over: $0.buckets)) },
                        lastMonth: days.map { Double(excerpt.sum(key, over: $0.buckets)) }, seriesLabel: "comments received",
                        formula: "backlog = open comments now (new, triaged, assigned, waiting, escalated) = \(b.total)", parts: parts)
    }

    private func oldestNew() -> KPIGauge {
        let sla = Double(config.moderation.sla(for: nil))
        let age = moderation.oldestNew.ageMinutes
        return KPIGauge(kind: .oldestNew, label: "Oldest new item", value: age, target: sla, lowerIsBetter: true, unit: .minutes,
                        provenance: .measured,
                        formula: "age of the oldest comment nobody has triaged = \(age.map(FigureText.minutes) ?? "nothing new") against the default SLA \(FigureText.minutes(sla))")
    }

    private func firstReply() throws -> KPIGauge {
        let f = moderation.firstResponse
        let sla = Double(config.moderation.sla(for: .criticism))
        func median(_ w: KPIWindow) throws -> Double { try FirstResponseTime.compute(excerpt, window: w).medianMinutes ?? 0 }
        return KPIGauge(kind: .firstReply, label: "Median first reply", value: f.medianMinutes, target: sla, lowerIsBetter: true, unit: .minutes,
                        provenance: f.count == 0 ? .missing : .measured,
                        previous: try FirstResponseTime.compute(counts, window: previous).medianMinutes,
                        lastMonth: try days.map(median),
                        formula: "median of \(f.count) first replies in the window = \(f.medianMinutes.map(FigureText.minutes) ?? "none") (p90 \(f.p90Minutes.map(FigureText.minutes) ?? "–")) against the criticism SLA \(FigureText.minutes(sla))")
    }

    private func slaBreaches() -> KPIGauge {
        let n = moderation.slaBreaches.count
        return KPIGauge(kind: .slaBreaches, label: "SLA breaches", value: Double(n), target: 0, lowerIsBetter: true, unit: .count,
                        provenance: .measured,
                        formula: "open, visible, unanswered comments older than their category's SLA now = \(n)")
    }

    // MARK: Campaign

    private func campaignGoal(_ p: CampaignProgress) throws -> KPIGauge {
        let campaign = config.campaigns.first { $0.name == p.campaign }!
        let elapsed = max(0, min(1, at.timeIntervalSince(p.window.interval.start) / max(1, p.window.interval.duration)))
        var parts = [KPIPart(group: "pace", label: "expected by now", value: p.target * elapsed,
                             text: "\(FigureText.short(p.target * elapsed)) (\(FigureText.percent(elapsed)) of the campaign's days)")]
        if let metric = p.goalMetric {
            let byStory = try CampaignAttribution(campaign).attributed(metric, over: p.window.buckets, store, stories: store.stories)
            var totals: [String: Int64] = [:]
            for (marks, value) in byStory { totals[marks.storyID?.rawValue ?? "own posts", default: 0] += value }
            let stories = try store.stories(totals.keys.map { StoryID($0) })
            parts += totals.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5).map { id, value in
                KPIPart(group: "top stories", label: stories[StoryID(id)]?.content.headline ?? id, value: Double(value), text: FigureText.grouped(value))
            }
        }
        return KPIGauge(kind: .campaignGoal, label: "\(p.campaign) · \(p.goalMetricName)", value: Double(p.count), target: p.target > 0 ? p.target : nil,
                        unit: .count, provenance: p.goalMetric == nil ? .missing : try provenance(of: [p.goalMetric!]),
                        formula: "\(p.goalMetricName) of the campaign's shares (its stories, #\(campaign.hashtags.joined(separator: " #")), its links) "
                            + "\(campaign.start)–\(campaign.end) = \(FigureText.grouped(p.count)) of \(FigureText.short(p.target))",
                        parts: parts, campaign: p.campaign)
    }
}
