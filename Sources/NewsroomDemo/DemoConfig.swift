import Foundation
import NewsroomCore

/// The demo's `newsroom.yaml`: the template's keys, layout and comments, filled for the
/// fictional Nordlicht AG with campaigns placed around "now".
enum DemoConfig {
    static func yaml(now: Date) -> String {
        let zone = TimeZone(identifier: DemoProgram.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
        let today = NewsroomCalendar(timeZone: zone).localDate(of: now)
        return ConfigTemplate.text(
            name: DemoProgram.name, timeZone: DemoProgram.timeZone,
            note: """
                DEMO DATA: the Nordlicht AG and everyone in this newsroom are invented. Made by `newsroom demo`
                for \(today); rebuild it to move "today". The trade fair counts visits from social, not
                impressions: measure what the goal is.
                """,
            topics: DemoProgram.topics, peers: DemoProgram.peers, holidays: holidays(around: today),
            campaigns: DemoProgram.campaigns(today: today))
    }

    /// Public holidays in Schleswig-Holstein and Hamburg (the demo company's home) near `today`.
    static func holidays(around today: LocalDate) -> [LocalDate] {
        var out: [LocalDate] = []
        for year in [today.year - 1, today.year, today.year + 1] {
            for (m, d) in [(1, 1), (5, 1), (10, 3), (10, 31), (12, 25), (12, 26)] {
                let date = LocalDate(year: year, month: m, day: d)
                if abs(Int(date.daysSinceEpoch - today.daysSinceEpoch)) <= 120 { out.append(date) }
            }
        }
        return out
    }
}
