import Foundation

/// The stretch of time a KPI is computed over: an interval of instants with a name for screens
/// and JSON (`today`, `7d`, `30d`, `campaign:Fair`). Counters are kept per 15-minute bucket, so a
/// window is read as the buckets that cover it (`buckets`), never by a replay.
///
/// The standard windows start at midnight in the newsroom's time zone and end at "now", so that a
/// day's mention counts (kept in the bucket at the start of their day) fall wholly inside or
/// outside, and the figures match what people call "today" and "the last 7 days".
public struct KPIWindow: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How screens and JSON call the window.
    public let name: String
    /// The instants it covers: `start` included, `end` excluded.
    public let interval: DateInterval
    /// The nominal length in days, for scaling per-7-day references (engagement score): 1 for
    /// `today` (even at 07:30), 7 for `7d`, a campaign's number of calendar days. Never below 1/96
    /// (one bucket).
    public let days: Double

    public init(name: String, interval: DateInterval, days: Double? = nil) {
        self.name = name
        self.interval = interval
        self.days = max(days ?? interval.duration / 86_400, Double(Bucket.seconds) / 86_400)
    }

    /// The 15-minute buckets that cover the window: from the one holding `start` up to the one
    /// holding the last instant before `end`.
    public var buckets: Range<Int64> { Bucket.range(covering: interval) }

    /// The factor by which a per-7-days reference is scaled for this window: `days / 7`.
    public var scaleToWeek: Double { days / 7 }

    public var description: String { name }

    /// From midnight today (newsroom zone) to now.
    public static func today(now: Date, calendar: NewsroomCalendar) -> KPIWindow {
        lastDays(1, now: now, calendar: calendar, name: "today")
    }

    /// From midnight `count - 1` days before today (newsroom zone) to now: today and the
    /// `count - 1` days before it. `7d` is today and the six days before.
    public static func lastDays(_ count: Int, now: Date, calendar: NewsroomCalendar, name: String? = nil) -> KPIWindow {
        let count = max(count, 1)
        let first = calendar.localDate(of: now).adding(days: -(count - 1))
        let start = calendar.startOfDay(first)
        return KPIWindow(name: name ?? "\(count)d", interval: DateInterval(start: start, end: max(start, now)), days: Double(count))
    }

    /// The last 7 days: today and the six before, ending now.
    public static func last7Days(now: Date, calendar: NewsroomCalendar) -> KPIWindow { lastDays(7, now: now, calendar: calendar) }

    /// The last 30 days: today and the 29 before, ending now.
    public static func last30Days(now: Date, calendar: NewsroomCalendar) -> KPIWindow { lastDays(30, now: now, calendar: calendar) }

    /// A campaign from midnight of its first day to the end of its last day (newsroom zone),
    /// whether or not it is over: buckets after "now" hold nothing yet.
    public static func campaign(_ campaign: Campaign, calendar: NewsroomCalendar) -> KPIWindow {
        let last = max(campaign.start, campaign.end)
        let days = Double(last.daysSinceEpoch - campaign.start.daysSinceEpoch + 1)
        return KPIWindow(name: "campaign:\(campaign.name)", interval: calendar.interval(from: campaign.start, through: last), days: days)
    }

    /// The names `[` / `]` step through, in order.
    public static let standardNames = ["today", "7d", "30d", "90d", "campaign"]

    /// Reads a window name: `today`, `7d`, `30d`, `90d` (any `Nd`, 1 to 3660), `campaign` (the
    /// campaign running today, else the one that ended last, else the next one) or
    /// `campaign:NAME`. Case and surrounding spaces do not matter.
    public static func parse(_ text: String, now: Date, calendar: NewsroomCalendar,
                             campaigns: [Campaign] = []) throws(KPIWindowError) -> KPIWindow {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if lower == "today" { return today(now: now, calendar: calendar) }
        if lower.hasSuffix("d"), let n = Int(lower.dropLast()), String(n) == String(lower.dropLast()) {
            guard (1...3660).contains(n) else { throw .badDays(trimmed) }
            return lastDays(n, now: now, calendar: calendar)
        }
        if lower == "campaign" {
            guard let chosen = currentCampaign(campaigns, now: now, calendar: calendar) else { throw .noCampaign }
            return campaign(chosen, calendar: calendar)
        }
        if lower.hasPrefix("campaign:") {
            let wanted = trimmed.dropFirst("campaign:".count).trimmingCharacters(in: .whitespaces)
            guard let found = campaigns.first(where: { $0.name.lowercased() == wanted.lowercased() }) else {
                throw .unknownCampaign(wanted, known: campaigns.map(\.name))
            }
            return campaign(found, calendar: calendar)
        }
        throw .unknown(trimmed)
    }

    /// The campaign `campaign` means: running today, else the one that ended last, else the
    /// one that starts first.
    public static func currentCampaign(_ campaigns: [Campaign], now: Date, calendar: NewsroomCalendar) -> Campaign? {
        let today = calendar.localDate(of: now)
        if let running = campaigns.filter({ $0.start <= today && today <= $0.end }).max(by: { $0.start < $1.start }) {
            return running
        }
        if let ended = campaigns.filter({ $0.end < today }).max(by: { $0.end < $1.end }) { return ended }
        return campaigns.filter { $0.start > today }.min { $0.start < $1.start }
    }
}

/// Why a window name could not be read; the message says what is accepted.
public enum KPIWindowError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknown(String)
    case badDays(String)
    case noCampaign
    case unknownCampaign(String, known: [String])

    public var description: String {
        let accepted = "today, 7d, 30d, 90d (any Nd from 1d to 3660d), campaign, campaign:NAME"
        switch self {
        case .unknown(let text):
            return "'\(text)' is not a KPI window; use one of: \(accepted)"
        case .badDays(let text):
            return "'\(text)' is out of range: a window of days runs from 1d to 3660d"
        case .noCampaign:
            return "there is no campaign in newsroom.yaml (campaigns:); use today, 7d, 30d or 90d"
        case .unknownCampaign(let name, let known):
            let list = known.isEmpty ? "none is configured" : "known: " + known.joined(separator: ", ")
            return "no campaign named '\(name)' in newsroom.yaml (\(list))"
        }
    }
}

extension KPIWindowError: LocalizedError {
    public var errorDescription: String? { description }
}

extension KPIWindow {
    /// JSON: `{"name", "start", "end", "days", "buckets"}`, times in RFC 3339 UTC.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(name, forKey: "name")
        try c.encodeTime(interval.start, forKey: "start")
        try c.encodeTime(interval.end, forKey: "end")
        try c.encode(days, forKey: "days")
        try c.encode(buckets.count, forKey: "buckets")
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: KPIKey.self)
        let startText = try c.decode(String.self, forKey: "start")
        let endText = try c.decode(String.self, forKey: "end")
        guard let start = Timestamp.parse(startText), let end = Timestamp.parse(endText), start <= end else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: "a window needs RFC 3339 start <= end"))
        }
        self.init(name: try c.decode(String.self, forKey: "name"), interval: DateInterval(start: start, end: end),
                  days: try c.decodeIfPresent(Double.self, forKey: "days"))
    }
}
