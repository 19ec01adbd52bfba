import Foundation
import NewsroomCore

/// Times as they come in files: RFC 3339 with a zone, or a local date and time in the newsroom's
/// zone as German and ISO spreadsheets write it: `24.11.2026 08:30`, `24.11.2026 08:30:15`,
/// `24.11.26 8:30`, `24.11.2026` (midnight), `2026-11-24 08:30`, `2026-11-24T08:30:00`, `2026-11-24`;
/// an `Uhr` after the time is allowed. A local time repeated by a clock change is the earlier one.
enum LocalTimeText {
    static func instant(_ text: String, calendar: NewsroomCalendar) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = Timestamp.parse(trimmed) { return date }
        guard let (day, time) = split(trimmed), let date = localDate(day) else { return nil }
        guard let time else { return calendar.startOfDay(date) }
        guard let (hour, minute, seconds) = clock(time), let local = LocalTime(hour: hour, minute: minute) else { return nil }
        return calendar.instant(date, local).addingTimeInterval(seconds)
    }

    /// A calendar day: `24.11.2026`, `2026-11-24`, or the local day of a full time.
    static func day(_ text: String, calendar: NewsroomCalendar) -> LocalDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = localDate(trimmed) { return date }
        return instant(trimmed, calendar: calendar).map(calendar.localDate(of:))
    }

    private static func split(_ text: String) -> (String, String?)? {
        if let t = text.firstIndex(of: "T"), text.contains("-") {
            return (String(text[..<t]), String(text[text.index(after: t)...]))
        }
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard let first = parts.first else { return nil }
        var time = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        if let t = time, t.lowercased().hasSuffix("uhr") { time = String(t.dropLast(3)).trimmingCharacters(in: .whitespaces) }
        return (String(first), time)
    }

    private static func localDate(_ text: String) -> LocalDate? {
        if text.contains("-") { return LocalDate(text) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 || (parts.count == 4 && parts[3].isEmpty),
              (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), [2, 4].contains(parts[2].count),
              let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { y += 2000 }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return LocalDate("\(y)-\(two(m))-\(two(d))")
    }

    /// `8:30`, `08:30:15`, `08:30:15.250`.
    private static func clock(_ text: String) -> (Int, Int, Double)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), (1...2).contains(parts[0].count), parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        var seconds = 0.0
        if parts.count == 3 {
            guard parts[2].count >= 2, parts[2].prefix(2).allSatisfy(\.isNumber), let s = Double(parts[2]), s >= 0, s < 61 else { return nil }
            seconds = s
        }
        return (h, m, seconds)
    }
}
