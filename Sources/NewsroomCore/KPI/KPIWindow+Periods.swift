import Foundation

/// The windows a KPI is compared with and drawn over: the period before it (for the arrow and
/// the delta) and the steps of a sparkline (quarter hours of the last day, days of the last month).
extension KPIWindow {
    /// The same stretch, as many days earlier as the window is long: today so far against yesterday
    /// up to the same time, the last 7 days against the 7 before, a campaign against the days before it.
    public func previous(calendar: NewsroomCalendar) -> KPIWindow {
        let shift = max(1, Int(days.rounded()))
        let start = calendar.startOfDay(calendar.localDate(of: interval.start).adding(days: -shift))
            .addingTimeInterval(interval.start.timeIntervalSince(calendar.startOfDay(calendar.localDate(of: interval.start))))
        return KPIWindow(name: "before \(name)", interval: DateInterval(start: start, duration: interval.duration), days: days)
    }

    /// The last `count` 15-minute buckets up to and including the one that holds `now`, oldest first.
    public static func quarterHours(endingAt now: Date, count: Int = 96) -> [KPIWindow] {
        let last = Bucket(containing: now).index
        return ((last - Int64(count) + 1)...last).map { index in
            let start = Date(timeIntervalSince1970: TimeInterval(index * Bucket.seconds))
            return KPIWindow(name: "15min", interval: DateInterval(start: start, duration: TimeInterval(Bucket.seconds)))
        }
    }

    /// The last `count` local days up to and including today (today ends at `now`), oldest first.
    public static func days(endingAt now: Date, count: Int = 30, calendar: NewsroomCalendar) -> [KPIWindow] {
        let today = calendar.localDate(of: now)
        return (0..<count).reversed().map { back in
            let date = today.adding(days: -back)
            let start = calendar.startOfDay(date)
            let end = back == 0 ? max(start, now) : calendar.startOfDay(date.adding(days: 1))
            return KPIWindow(name: "\(date)", interval: DateInterval(start: start, end: end), days: 1)
        }
    }
}
