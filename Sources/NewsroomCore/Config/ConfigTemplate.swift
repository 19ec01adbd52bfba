/// The commented `newsroom.yaml` that `newsroom init` writes: every key, its default, and what it
/// is for. The program reads this file and never rewrites it.
public enum ConfigTemplate {
    /// The file for a newsroom; the demo fills in its topics, peers, holidays and campaigns, and a note.
    public static func text(name: String, timeZone: String = "Europe/Berlin", note: String? = nil, topics: [String] = [],
                            peers: [String] = [], holidays: [LocalDate] = [], campaigns: [Campaign] = []) -> String {
        let noteLines = note.map { "#\n" + $0.split(separator: "\n").map { "# \($0)" }.joined(separator: "\n") + "\n" } ?? ""
        return """
        # newsroom.yaml: the configuration of this newsroom. Edit by hand; the program never rewrites it.
        # Every key is optional: what is left out takes the default shown here.
        # Daily work (topic holds, templates, fact snippets, moderators, trainings) is recorded as events, not here.
        \(noteLines)
        name: \(yamlString(name))
        timeZone: \(timeZone)      # IANA name; "today", embargo HH:MM, weeks and 15-minute buckets are in this zone
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
        teams: [multipliers, contacts, subject experts, executives, recruiters, engineers]

        # Topics the newsroom plans with, and the peers named for share of buzz.
        topics: [\(topics.joined(separator: ", "))]
        peers: [\(peers.map(yamlString).joined(separator: ", "))]

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

        # Moderation: minutes to a first response per category (default for the rest), the categories
        # whose minutes count only in working hours, working hours, holidays (YYYY-MM-DD), how long
        # a claim holds, and who may hide.
        moderation:
          slaMinutes: { default: 1440, threat: 15, doxxing: 15, tradeSecret: 15, insult: 1440, defamation: 1440, workplacePeace: 1440, spam: 1440, criticism: 240, question: 240, factClaim: 240 }
          slaBusinessHours: [criticism, question, factClaim]
          businessHours: { start: "08:00", end: "18:00", weekdays: [1, 2, 3, 4, 5] }
          holidays: [\(holidays.map { "\"\($0)\"" }.joined(separator: ", "))]
          claimLeaseMinutes: 15
          mayHide: [moderator, legal]

        # Campaigns with a goal metric (e.g. visitsFromSocial for a trade-fair ticket campaign) and a target.
        # A share counts for a campaign when its story is listed under `stories`, or it carries one of
        # the campaign's `hashtags`, or it (or its story) links to one of its `links` (docs/kpi.md).
        \(campaignBlock(campaigns))

        ambassadors:
          quietAfterDays: 21          # no share for this long: "went quiet"
          trainingValidityMonths: 12  # how long a training counts when it has no end date

        # Storm warning (crisis level 0-4; 5 and 6 are set by hand: newsroom crisis set 5 --note "..."):
        # critical comments (criticism, insult, defamation, threat, workplace peace, doxxing) per quarter
        # hour against the same weekday and quarter hour (and its neighbours) of the past weeks:
        # z = (count - median) / max(1.4826 x MAD, spreadFloor), the current quarter hour projected
        # from its elapsed part, smoothed (EWMA). See docs/kpi.md "Storm warning".
        storm:
          baselineWeeks: 4            # past weeks in the baseline
          smoothing: 0.3              # EWMA weight of the newest quarter hour (1: no smoothing)
          level1Z: 1                  # smoothed z for 1 (rising)
          level2Z: 2                  # smoothed z for 2 (storm) ...
          level2Buckets: 2            # ... held for this many quarter hours in a row
          level3Z: 3                  # smoothed z for 3 (strong storm), on top of 2
          negativeShareRise: 0.15     # or: critical share of all comments this far above usual (15 points)
          level4Networks: 2           # 4 when this many networks are at 2 or more at once
          minimumCount: 5             # fewer critical comments in a quarter hour cannot raise the level
          spreadFloor: 2              # the least spread z is measured in (comments per quarter hour)

        privacy:
          retentionMonths: 24         # personal data of commenters older than this is erased by the sweep

        """
    }

    /// The campaigns section: the list, or an empty one with a commented example.
    private static func campaignBlock(_ campaigns: [Campaign]) -> String {
        guard !campaigns.isEmpty else {
            return """
                campaigns: []
                #  - name: Hannover Messe
                #    start: 2027-03-01
                #    end: 2027-04-30
                #    goalMetric: visitsFromSocial
                #    target: 20000
                #    hashtags: [hm27]
                #    stories: [story-hm27-tickets]
                #    links: [messe.example.com/tickets]
                """
        }
        return "campaigns:\n" + campaigns.map { c in
            let target = c.target == c.target.rounded() ? String(Int(c.target)) : String(c.target)
            return """
                  - name: \(yamlString(c.name))
                    start: \(c.start)
                    end: \(c.end)
                    goalMetric: \(c.goalMetric)
                    target: \(target)
                    hashtags: [\(c.hashtags.joined(separator: ", "))]
                """ + (c.stories.isEmpty ? "" : "\n      stories: [\(c.stories.map { yamlString($0.rawValue) }.joined(separator: ", "))]")
                + (c.links.isEmpty ? "" : "\n      links: [\(c.links.map(yamlString).joined(separator: ", "))]")
        }.joined(separator: "\n")
    }

    /// A YAML double-quoted string; characters YAML does not allow raw (controls, C1, bidi marks)
    /// are written as `\u` escapes, so any name makes a valid file and reads back the same.
    private static func yamlString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default:
                if PrintableText.isSafe(String(scalar), keepLineBreaks: false) && scalar.value != 0xFEFF {
                    out.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16)
                    out += scalar.value > 0xFFFF ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                                                 : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            }
        }
        return out + "\""
    }
}
