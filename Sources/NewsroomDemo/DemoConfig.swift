import Foundation
import NewsroomCore

/// The demo's `newsroom.yaml`: the template's keys, layout and comments, filled for the
/// fictional Nordlicht AG with campaigns placed around "now".
enum DemoConfig {
    static func yaml(now: Date) -> String {
        let zone = TimeZone(identifier: DemoProgram.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
        let today = NewsroomCalendar(timeZone: zone).localDate(of: now)
        let campaigns = DemoProgram.campaigns(today: today).map { c in
            """
              - name: "\(c.name)"
                start: \(c.start)
                end: \(c.end)
                goalMetric: \(c.goalMetric)
                target: \(Int(c.target))
                hashtags: [\(c.hashtags.joined(separator: ", "))]
            """
        }.joined(separator: "\n")
        let holidays = holidays(around: today).map { "\"\($0)\"" }.joined(separator: ", ")
        return """
        # newsroom.yaml: the configuration of this newsroom. Edit by hand; the program never rewrites it.
        # Every key is optional: what is left out takes the default shown here.
        # Daily work (topic holds, templates, fact snippets, moderators, trainings) is recorded as events, not here.
        #
        # DEMO DATA: the Nordlicht AG and everyone in this newsroom are invented. Made by `newsroom demo`
        # for \(today); rebuild it to move "today".

        name: "\(DemoProgram.name)"
        timeZone: \(DemoProgram.timeZone)      # IANA name; "today", embargo HH:MM, weeks and 15-minute buckets are in this zone
        language: de               # de or en: the language of exports and suggested wording
        currency: EUR              # for earned media value

        # Networks: post length limit and earned-media-value rates (cost per 1,000 impressions,
        # cost per click, and what one reaction is worth as a multiple of the CPC).
        networks:
          - { name: linkedin,  postLimit: 3000,  cpm: 30, cpc: 5.0, reactionMultiplier: 0.2 }
          - { name: x,         postLimit: 280,   cpm: 6,  cpc: 0.8, reactionMultiplier: 0.1 }
          - { name: xing,      postLimit: 3000,  cpm: 20, cpc: 3.0, reactionMultiplier: 0.2 }
          - { name: instagram, postLimit: 2200,  cpm: 8,  cpc: 1.0, reactionMultiplier: 0.1 }
          - { name: facebook,  postLimit: 63206, cpm: 7,  cpc: 0.9, reactionMultiplier: 0.1 }

        # Teams of ambassadors (a story can be restricted to some of them).
        teams: [\(NewsroomConfig.defaultTeams.joined(separator: ", "))]

        # Topics the newsroom plans with, and the peers named for share of buzz.
        topics: [\(DemoProgram.topics.joined(separator: ", "))]
        peers: [\(DemoProgram.peers.map { "\"\($0)\"" }.joined(separator: ", "))]

        # Engagement score 0-100 = weights x factor scores; factor = 100 x min(1, weighted count / reference).
        # References are per 7 days and scale with the window. Counts: impressions, adImpressions, eventVisits,
        # clicks, reactions, comments, reshares, visitsFromSocial, leads, bookedMeetings.
        engagement:
          weights: { reach: 0.3, interaction: 0.4, businessImpact: 0.3 }
          reach: { impressions: 1, adImpressions: 1, eventVisits: 50 }
          interaction: { clicks: 1, reactions: 1, comments: 3, reshares: 5 }
          businessImpact: { leads: 10, bookedMeetings: 25, visitsFromSocial: 1 }
          programReference: { reach: 1000000, interaction: 50000, businessImpact: 5000 }
          ambassadorReference: { reach: 10000, interaction: 500, businessImpact: 50 }

        # Moderation: minutes to a first response per category (default for the rest), working hours,
        # holidays (YYYY-MM-DD), how long a claim holds, and who may hide.
        moderation:
          slaMinutes: { default: 240, threat: 30, doxxing: 30, defamation: 60, insult: 120, criticism: 240, question: 480 }
          businessHours: { start: "08:00", end: "18:00", weekdays: [1, 2, 3, 4, 5] }
          holidays: [\(holidays)]
          claimLeaseMinutes: 15
          mayHide: [moderator, legal]

        # Campaigns with a goal metric (e.g. visitsFromSocial for a trade-fair ticket campaign) and a target.
        # The trade fair counts visits from social, not impressions: measure what the goal is.
        campaigns:
        \(campaigns)

        ambassadors:
          quietAfterDays: 21          # no share for this long: "went quiet"
          trainingValidityMonths: 12  # how long a training counts when it has no end date

        # Storm warning: comments per bucket against the same bucket of the past weeks.
        storm:
          bucketMinutes: 15
          baselineWeeks: 8
          warnRatio: 3
          alertRatio: 6
          minimumComments: 20

        privacy:
          retentionMonths: 24         # personal data of commenters older than this is erased by the sweep

        """
    }

    /// Public holidays in Schleswig-Holstein and Hamburg (the demo company's home) near `today`.
    static func holidays(around today: LocalDate) -> [LocalDate] {
        var out: [LocalDate] = []
        for year in [today.year - 1, today.year, today.year + 1] {
            for (m, d) in [(1, 1), (5, 1), (10, 3), (10, 31), (12, 25), (12, 26)] {
                let date = LocalDate(year: year, month: m, day: d)
                if abs(Int(date.daysSinceEpoch - today.daysSinceEpoch)) <= 120 { out.append(date) }
            }
        }
        return out
    }
}
