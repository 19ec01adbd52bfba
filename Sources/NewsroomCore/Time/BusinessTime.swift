import Foundation

/// Time that counts only within the moderation team's working hours (`moderation.businessHours`
/// and `holidays` in the newsroom's zone): "a first reply to criticism within 4 business hours"
/// posted on Friday at 17:00 is due on Monday at 11:00, not on Friday at 21:00.
public struct BusinessTime: Sendable {
    public let hours: BusinessHours
    public let holidays: Set<LocalDate>
    public let calendar: NewsroomCalendar

    /// How far a walk looks for working days before it gives up (a configuration with no working
    /// day at all counts no time).
    static let horizonDays = 3_700

    public init(hours: BusinessHours, holidays: [LocalDate], calendar: NewsroomCalendar) {
        self.hours = hours
        self.holidays = Set(holidays)
        self.calendar = calendar
    }

    /// The working period of a day, nil on a weekend day or a holiday.
    func period(on day: LocalDate) -> DateInterval? {
        guard hours.weekdays.contains(day.isoWeekday), !holidays.contains(day), hours.start < hours.end else { return nil }
        return DateInterval(start: calendar.instant(day, hours.start), end: calendar.instant(day, hours.end))
    }

    /// Working seconds from `start` to `end` (zero when `end` is not later).
    public func seconds(from start: Date, to end: Date) -> Double {
        guard end > start else { return 0 }
        var total = 0.0
        var day = calendar.localDate(of: start)
        let last = calendar.localDate(of: end)
        while day <= last {
            if let p = period(on: day) {
                let from = max(p.start, start), to = min(p.end, end)
                if to > from { total += to.timeIntervalSince(from) }
            }
            day = day.adding(days: 1)
        }
        return total
    }

    /// The cutoff for "more than `seconds` of working time before `moment`": a time posted before
    /// it has waited longer, one posted at or after it has not. When the walk back ends exactly at
    /// the start of a working period, the time before it (a night, a weekend) adds nothing, so the
    /// cutoff is the end of the working period before.
    public func cutoff(seconds: Double, before moment: Date) -> Date {
        var left = seconds
        var day = calendar.localDate(of: moment)
        for _ in 0..<Self.horizonDays {
            if let p = period(on: day), p.start < moment {
                let end = min(p.end, moment)
                let available = end.timeIntervalSince(p.start)
                if available > left { return end.addingTimeInterval(-left) }
                left -= available
                if left == 0 { return previousEnd(before: day) ?? p.start }
            }
            day = day.adding(days: -1)
        }
        return .distantPast
    }

    /// The end of the last working period on a day before `day`.
    private func previousEnd(before day: LocalDate) -> Date? {
        var d = day.adding(days: -1)
        for _ in 0..<Self.horizonDays {
            if let p = period(on: d) { return p.end }
            d = d.adding(days: -1)
        }
        return nil
    }
}
