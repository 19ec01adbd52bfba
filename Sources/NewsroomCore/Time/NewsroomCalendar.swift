import Foundation

/// Turns stored UTC instants into the newsroom's days, times, weeks and 15-minute buckets.
/// "Today", embargo `HH:MM`, streak weeks and buckets are all in the newsroom's zone.
public struct NewsroomCalendar: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The newsroom's calendar day at an instant.
    public func localDate(of date: Date) -> LocalDate {
        let offset = Int64(timeZone.secondsFromGMT(for: date))
        let local = Int64((date.timeIntervalSince1970).rounded(.down)) + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return LocalDate(daysSinceEpoch: days)
    }

    /// The local time of day at an instant.
    public func localTime(of date: Date) -> LocalTime {
        let offset = Int64(timeZone.secondsFromGMT(for: date))
        let local = Int64((date.timeIntervalSince1970).rounded(.down)) + offset
        let secondOfDay = ((local % 86_400) + 86_400) % 86_400
        return LocalTime(hour: Int(secondOfDay / 3600), minute: Int((secondOfDay / 60) % 60))!
    }

    /// The instant a local date and time denote (the earlier one when a clock change repeats it).
    public func instant(_ date: LocalDate, _ time: LocalTime) -> Date {
        let naive = Double(date.daysSinceEpoch * 86_400 + Int64(time.minutesOfDay * 60))
        var guess = Date(timeIntervalSince1970: naive - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: naive))))
        let corrected = naive - Double(timeZone.secondsFromGMT(for: guess))
        guess = Date(timeIntervalSince1970: corrected)
        return guess
    }

    /// Midnight at the start of a local date.
    public func startOfDay(_ date: LocalDate) -> Date { instant(date, LocalTime(hour: 0, minute: 0)!) }

    /// The instants from the start of `first` to the start of the day after `last`.
    public func interval(from first: LocalDate, through last: LocalDate) -> DateInterval {
        DateInterval(start: startOfDay(first), end: startOfDay(last.adding(days: 1)))
    }

    /// The Monday that starts the local week of an instant.
    public func week(of date: Date) -> LocalDate { localDate(of: date).weekStart }
}

/// A 15-minute slot of time: the unit every counter is kept in, so that any window is a sum.
/// Numbered from the Unix epoch; every real time zone's offset is a multiple of 15 minutes,
/// so a bucket is also a whole local quarter hour.
public struct Bucket: Hashable, Comparable, Sendable, Codable {
    public static let seconds: Int64 = 900
    public let index: Int64

    public init(index: Int64) { self.index = index }

    public init(containing date: Date) {
        let s = Int64(date.timeIntervalSince1970.rounded(.down))
        index = s >= 0 ? s / Bucket.seconds : (s - Bucket.seconds + 1) / Bucket.seconds
    }

    public var start: Date { Date(timeIntervalSince1970: Double(index * Bucket.seconds)) }
    public static func < (a: Bucket, b: Bucket) -> Bool { a.index < b.index }

    /// The buckets that cover a window: from the one holding its start up to, not including, its end.
    public static func range(covering window: DateInterval) -> Range<Int64> {
        let first = Bucket(containing: window.start).index
        let endSeconds = Int64(window.end.timeIntervalSince1970.rounded(.up))
        let last = (endSeconds + Bucket.seconds - 1) / Bucket.seconds
        return first..<max(first, last)
    }
}
