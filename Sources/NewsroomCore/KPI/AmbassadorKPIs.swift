import Foundation

/// Active ambassadors against all current ones: "who is active" for the team lead and the overview.
/// Active means a share within the last 7 days (from each ambassador's last-share time, no
/// replay); ambassadors who have left by the moment are in neither number.
public struct AmbassadorActivity: Hashable, Sendable, Encodable {
    /// Active and all, for one team or the whole program.
    public struct Count: Hashable, Sendable, Encodable {
        public var active: Int
        public var all: Int
        /// `active / all`; nil when there is nobody.
        public var ratio: Double? { all > 0 ? Double(active) / Double(all) : nil }

        public init(active: Int = 0, all: Int = 0) {
            self.active = active
            self.all = all
        }
    }

    public let at: Date
    public let withinDays: Int
    public let program: Count
    /// Per current team.
    public let byTeam: [String: Count]

    public static func compute(_ ambassadors: some Sequence<Ambassador>, at moment: Date, withinDays days: Int = 7) -> AmbassadorActivity {
        var program = Count()
        var byTeam: [String: Count] = [:]
        for a in ambassadors where !a.hasLeft(at: moment) {
            let active = a.isActive(at: moment, withinDays: days)
            program.all += 1
            byTeam[a.team, default: Count()].all += 1
            if active {
                program.active += 1
                byTeam[a.team, default: Count()].active += 1
            }
        }
        return AmbassadorActivity(at: moment, withinDays: days, program: program, byTeam: byTeam)
    }
}

/// An ambassador who went quiet: no share for `ambassadors.quietAfterDays` days (default 21),
/// counted from the last share, or from joining for someone who never shared. Left ambassadors
/// are not listed: they are not quiet, they are gone.
public struct QuietAmbassador: Hashable, Sendable, Encodable {
    public let id: AmbassadorID
    public let team: String
    public let lastSharedAt: Date?
    /// Whole days since the last share (or since joining).
    public let daysQuiet: Int

    /// The quiet ones at a moment, longest quiet first.
    public static func list(_ ambassadors: some Sequence<Ambassador>, at moment: Date,
                            settings: AmbassadorSettings) -> [QuietAmbassador] {
        let threshold = Double(max(settings.quietAfterDays, 0)) * 86_400
        var out: [QuietAmbassador] = []
        for a in ambassadors where !a.hasLeft(at: moment) {
            let since = a.lastSharedAt ?? a.joinedAt
            let quiet = moment.timeIntervalSince(since)
            guard quiet >= threshold else { continue }
            out.append(QuietAmbassador(id: a.id, team: a.team, lastSharedAt: a.lastSharedAt, daysQuiet: Int(quiet / 86_400)))
        }
        return out.sorted { $0.daysQuiet != $1.daysQuiet ? $0.daysQuiet > $1.daysQuiet : $0.id < $1.id }
    }
}

/// Weekly streaks: how many consecutive newsroom weeks (Monday to Sunday, newsroom zone) each
/// current ambassador shared in, counting back from this week, or from last week while this week
/// has no share yet (`Ambassador.weeklyStreak`). Continuity beats bursts (DOMAIN.md).
public enum WeeklyStreaks {
    /// Streak per ambassador who has not left by the moment.
    public static func compute(_ ambassadors: some Sequence<Ambassador>, at moment: Date,
                               calendar: NewsroomCalendar) -> [AmbassadorID: Int] {
        var out: [AmbassadorID: Int] = [:]
        for a in ambassadors where !a.hasLeft(at: moment) {
            out[a.id] = a.weeklyStreak(at: moment, calendar: calendar)
        }
        return out
    }
}

extension AmbassadorActivity.Count {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(active, forKey: "active")
        try c.encode(all, forKey: "all")
        try c.encode(ratio, forKey: "ratio")
    }
}

extension AmbassadorActivity {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encodeTime(at, forKey: "at")
        try c.encode(withinDays, forKey: "withinDays")
        try c.encode(program, forKey: "program")
        try c.encodeMap(byTeam, forKey: "byTeam") { $0 }
    }
}

extension QuietAmbassador {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(id, forKey: "id")
        try c.encode(team, forKey: "team")
        try c.encodeTime(lastSharedAt, forKey: "lastSharedAt")
        try c.encode(daysQuiet, forKey: "daysQuiet")
    }
}
