import Foundation
import NewsroomCore

/// An ambassador as the share generator needs them: who, where, and how active.
struct DemoAmbassador {
    let id: AmbassadorID
    let name: String
    var team: String
    let role: String
    let timeZone: String
    let topics: [String]
    let avoidedTopics: [String]
    let accounts: [NetworkAccount]
    let joinedAt: Date
    var leftAt: Date?
    /// Shares per day while active.
    let rate: Double
    /// Stopped sharing from here on ("went quiet").
    let quietFrom: Date?

    func isSharing(at moment: Date) -> Bool {
        moment >= joinedAt && (leftAt.map { moment < $0 } ?? true) && (quietFrom.map { moment < $0 } ?? true)
    }
}

/// The ambassadors of the program: about 170 in the default teams, with personas, time zones,
/// followings from newcomers' hundreds to executives' tens of thousands, trainings (valid, expired,
/// none), guideline acknowledgements, a few team changes and a couple who left.
struct DemoAmbassadors {
    private(set) var all: [DemoAmbassador] = []

    static let teamSizes: [(team: String, count: Int)] = [
        ("multipliers", 40), ("contacts", 24), ("subject experts", 30), ("executives", 16), ("recruiters", 26), ("engineers", 36),
    ]
    static let roles: [String: [String]] = [
        "multipliers": ["Werkstudentin", "Sachbearbeiter Netzservice", "Marketing Managerin", "Netzmonteur", "Kauffrau für Büromanagement"],
        "contacts": ["Ausbildungsbetreuerin", "HR Business Partner", "Personalreferent", "Ausbilder Elektrotechnik"],
        "subject experts": ["Netzplanerin", "Wasserstoff-Experte", "Data Scientist", "Leiterin Netzleitwarte", "Referent Energiepolitik"],
        "executives": ["Vorständin Netze", "Bereichsleiter Offshore", "Geschäftsführerin Service GmbH", "CTO", "Leiter Unternehmenskommunikation"],
        "recruiters": ["Recruiterin", "Talent Acquisition Partner", "Employer Branding Manager"],
        "engineers": ["Elektroingenieurin", "Ingenieur Schutztechnik", "Projektingenieur Offshore", "Softwareentwicklerin Leittechnik"],
    ]
    static let teamTopics: [String: [String]] = [
        "multipliers": ["kundenservice", "nachhaltigkeit", "energiewende"],
        "contacts": ["ausbildung", "karriere"],
        "subject experts": ["wasserstoff", "digitalisierung", "energiewende"],
        "executives": ["energiewende", "quartalszahlen", "innovation"],
        "recruiters": ["karriere", "ausbildung", "diversity"],
        "engineers": ["innovation", "digitalisierung", "wasserstoff"],
    ]
    static let abroadZones = ["America/New_York", "Asia/Kolkata", "America/Sao_Paulo", "Asia/Shanghai", "Asia/Seoul"]

    mutating func generate(now: Date, rng: inout DemoRandom, log: inout DemoLog) {
        let start = now.addingTimeInterval(-89.5 * 86_400)
        let lead = DemoProgram.programLead
        var usedNames = Set<String>()
        var serial = 0
        for (team, count) in Self.teamSizes {
            for k in 0..<count {
                serial += 1
                let id = AmbassadorID("amb-\(serial)")
                let abroad = rng.chance(0.13)
                let zone = abroad ? Self.abroadZones[serial % Self.abroadZones.count] : "Europe/Berlin"
                let name = uniqueName(zone: zone, used: &usedNames, rng: &rng)
                let newcomer = team != "executives" && k >= count - 2
                let joinedAt = newcomer ? now.addingTimeInterval(-rng.double(2..<28) * 86_400)
                                        : start.addingTimeInterval(rng.double(0..<(2 * 86_400)))
                var topics = [rng.pick(Self.teamTopics[team] ?? DemoProgram.topics)]
                for _ in 0..<rng.int(1...3) {
                    let t = rng.pick(DemoProgram.topics)
                    if !topics.contains(t) { topics.append(t) }
                }
                let avoided = rng.chance(0.12) ? (rng.chance(0.5) ? DemoProgram.sensitiveTopics : [rng.pick(DemoProgram.sensitiveTopics)]) : []
                let accounts = makeAccounts(name: name, team: team, newcomer: newcomer, rng: &rng)
                let rate: Double
                switch team {
                case "executives": rate = rng.double(0.15..<0.5)
                case "multipliers": rate = rng.chance(0.15) ? rng.double(1.2..<2.0) : rng.double(0.25..<0.9)
                default: rate = rng.double(0.05..<0.35)
                }
                let quiet = !newcomer && rng.chance(0.17) ? now.addingTimeInterval(-rng.double(23..<70) * 86_400) : nil
                let role = rng.pick(Self.roles[team] ?? ["Mitarbeiterin"])
                let amb = DemoAmbassador(id: id, name: name, team: team, role: role, timeZone: zone, topics: topics, avoidedTopics: avoided,
                                         accounts: accounts, joinedAt: joinedAt, leftAt: nil, rate: newcomer ? rate * 0.4 : rate, quietFrom: quiet)
                log.emit(joinedAt, lead, .ambassadorJoined(AmbassadorJoined(ambassadorID: id, name: name, team: team, role: role, timeZone: zone,
                                                                            topics: topics, avoidedTopics: avoided, accounts: accounts)))
                record(amb, now: now, newcomer: newcomer, rng: &rng, log: &log)
                all.append(amb)
            }
        }
        changes(now: now, rng: &rng, log: &log)
    }

    /// Training, guideline acknowledgement and notes at joining.
    private func record(_ a: DemoAmbassador, now: Date, newcomer: Bool, rng: inout DemoRandom, log: inout DemoLog) {
        let lead = DemoProgram.programLead
        let at = a.joinedAt.addingTimeInterval(rng.double(60..<3600))
        let kind = a.team == "executives" ? "Executive Enablement" : "Social-Media-Grundlagen"
        let roll = rng.unit()
        if newcomer {
            if roll < 0.5 {
                let done = a.joinedAt.addingTimeInterval(rng.double(1..<3) * 86_400)
                if done < now {
                    log.emit(done, lead, .ambassadorTrained(AmbassadorTrained(ambassadorID: a.id, training: Training(
                        kind: kind, completedAt: done, validUntil: done.addingTimeInterval(365 * 86_400)))))
                }
            }
        } else if roll < 0.66 {
            let done = now.addingTimeInterval(-rng.double(95..<330) * 86_400)
            log.emit(at, lead, .ambassadorTrained(AmbassadorTrained(ambassadorID: a.id, training: Training(
                kind: kind, completedAt: done, validUntil: done.addingTimeInterval(365 * 86_400)))))
        } else if roll < 0.84 {
            // Trained long ago: expired (one in three of them renewed it within the quarter).
            let done = now.addingTimeInterval(-rng.double(400..<700) * 86_400)
            log.emit(at, lead, .ambassadorTrained(AmbassadorTrained(ambassadorID: a.id, training: Training(
                kind: kind, completedAt: done, validUntil: done.addingTimeInterval(365 * 86_400)))))
            if rng.chance(0.33) {
                let renewed = now.addingTimeInterval(-rng.double(3..<80) * 86_400)
                log.emit(renewed, lead, .ambassadorTrained(AmbassadorTrained(ambassadorID: a.id, training: Training(
                    kind: "Auffrischung Social Media & Recht", completedAt: renewed, validUntil: renewed.addingTimeInterval(365 * 86_400)))))
            }
        }
        if !newcomer ? rng.chance(0.9) : rng.chance(0.6) {
            let ackAt = newcomer ? at : now.addingTimeInterval(-rng.double(100..<600) * 86_400)
            log.emit(at.addingTimeInterval(30), lead, .ambassadorAcknowledged(AmbassadorAcknowledged(ambassadorID: a.id, at: ackAt)))
        }
        let noteAt = at.addingTimeInterval(rng.double(86_400..<(40 * 86_400)))
        if rng.chance(0.06), noteAt < now {
            log.emit(noteAt, lead,
                     .ambassadorNoted(AmbassadorNoted(ambassadorID: a.id, note: rng.pick(Self.notes))))
        }
    }

    static let notes = [
        "Möchte mehr zu Wasserstoff posten; bitte passende Stories vorschlagen.", "Hält Vorträge auf Recruiting-Messen, gern Karriere-Themen.",
        "Postet lieber auf Englisch.", "Zurzeit in Elternzeit, ab Januar wieder dabei.", "Wünscht sich kürzere Texte für X.",
    ]

    /// A couple who left, a few team changes, a persona update, and nudges for some who went quiet.
    private mutating func changes(now: Date, rng: inout DemoRandom, log: inout DemoLog) {
        let lead = DemoProgram.programLead
        for (offset, daysAgo) in [(7, 41.0), (58, 19.0), (121, 6.0)] where offset < all.count {
            let at = now.addingTimeInterval(-daysAgo * 86_400)
            all[offset].leftAt = at
            log.emit(at, lead, .ambassadorLeft(AmbassadorLeft(ambassadorID: all[offset].id)))
        }
        let teams = NewsroomConfig.defaultTeams
        for (offset, daysAgo) in [(3, 70.0), (33, 50.0), (66, 33.0), (95, 12.0), (140, 4.0)] where offset < all.count {
            let at = now.addingTimeInterval(-daysAgo * 86_400)
            let to = teams.first { $0 != all[offset].team && $0 != "executives" } ?? teams[0]
            let target = offset % 2 == 0 ? to : (teams.last { $0 != all[offset].team && $0 != "executives" } ?? to)
            all[offset].team = target
            log.emit(at, lead, .ambassadorMoved(AmbassadorMoved(ambassadorID: all[offset].id, team: target)))
        }
        for offset in [12, 80] where offset < all.count {
            let a = all[offset]
            log.emit(now.addingTimeInterval(-rng.double(10..<60) * 86_400), lead,
                     .ambassadorUpdated(AmbassadorUpdated(ambassadorID: a.id, topics: a.topics + ["wasserstoff"])))
        }
        for a in all where a.quietFrom != nil && a.leftAt == nil && rng.chance(0.5) {
            log.emit(now.addingTimeInterval(-rng.double(1..<6) * 86_400), DemoProgram.editors[1],
                     .ambassadorNudged(AmbassadorNudged(ambassadorID: a.id, storyID: nil,
                                                        message: "Hallo \(a.name.split(separator: " ").first ?? ""), wir vermissen dich! Heute passt vielleicht etwas zu \(a.topics.first ?? "deinen Themen") für dich.")))
        }
    }

    // MARK: People

    private func uniqueName(zone: String, used: inout Set<String>, rng: inout DemoRandom) -> String {
        for _ in 0..<50 {
            let name: String
            if let pool = DemoNames.abroad[zone] {
                name = rng.pick(pool.first) + " " + rng.pick(pool.last)
            } else {
                name = rng.pick(DemoNames.germanFirst) + " " + rng.pick(DemoNames.germanLast)
            }
            if used.insert(name).inserted { return name }
        }
        let fallback = rng.pick(DemoNames.germanFirst) + " " + rng.pick(DemoNames.germanLast) + "-" + rng.pick(DemoNames.germanLast)
        used.insert(fallback)
        return fallback
    }

    private func makeAccounts(name: String, team: String, newcomer: Bool, rng: inout DemoRandom) -> [NetworkAccount] {
        let base = name.lowercased().replacingOccurrences(of: " ", with: "-")
        func followers() -> Int {
            if newcomer { return rng.int(30...400) }
            switch team {
            case "executives": return rng.int(20_000...90_000)
            case "subject experts": return Int(rng.skewed(median: 1_500))
            default: return max(60, Int(rng.skewed(median: 600)))
            }
        }
        var accounts = [NetworkAccount(network: .linkedIn, handle: base, followers: followers())]
        for (network, weight) in DemoProgram.networks.dropFirst() where rng.chance(team == "executives" ? min(1, weight * 1.8) : weight) {
            let f = network == .x && team == "executives" ? rng.int(5_000...40_000) : max(30, followers() / rng.int(2...6))
            accounts.append(NetworkAccount(network: network, handle: base.replacingOccurrences(of: "-", with: "_"), followers: f))
        }
        return accounts
    }
}
