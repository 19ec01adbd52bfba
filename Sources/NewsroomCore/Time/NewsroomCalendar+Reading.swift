import Foundation

/// Instants as people in the newsroom read them: in its zone, to the minute. Stored times and
/// JSON stay UTC (`Timestamp`); everything printed for a person goes through these.
extension NewsroomCalendar {
    /// The zone's IANA name (`Europe/Berlin`), to name once beside the times shown in it.
    public var zoneName: String { timeZone.identifier }

    /// `2026-11-24 21:22`: an instant's local date and time.
    public func dateTime(of date: Date) -> String {
        "\(localDate(of: date)) \(localTime(of: date))"
    }

    /// `21:22` when the instant falls on `day` in the newsroom's zone, else `2026-11-25 09:00`.
    public func time(of date: Date, on day: LocalDate) -> String {
        localDate(of: date) == day ? localTime(of: date).description : dateTime(of: date)
    }
}
