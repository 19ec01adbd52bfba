import Foundation
import NewsroomCore

extension NewsroomCalendar {
    /// The instant of a local date at `hour:minute` in the newsroom's zone (the demo's fixed times:
    /// the morning call at 09:00, the listening import at 06:15 ...).
    func demoInstant(_ date: LocalDate, _ hour: Int, _ minute: Int = 0) -> Date {
        guard let time = LocalTime(hour: hour, minute: minute) else {
            return startOfDay(date).addingTimeInterval(Double(hour * 3600 + minute * 60))
        }
        return instant(date, time)
    }
}
