import Foundation
import NewsroomCore

/// Daily mention counts per topic for us and the two peers, as a social-listening tool would
/// deliver them each morning for the day before: the input to share of buzz and topic footprint.
enum DemoMentions {
    /// Typical daily mentions per topic: ours, then each peer's.
    static let levels: [String: (ours: Double, peers: [Double])] = [
        "energiewende": (140, [210, 120]), "wasserstoff": (90, [60, 45]), "ausbildung": (40, [35, 25]),
        "karriere": (55, [60, 30]), "innovation": (70, [80, 50]), "nachhaltigkeit": (60, [75, 40]),
        "digitalisierung": (45, [50, 35]), "messe": (30, [25, 20]), "quartalszahlen": (20, [25, 15]),
        "standorte": (25, [10, 12]), "kundenservice": (85, [70, 90]), "diversity": (20, [25, 10]),
    ]

    static func generate(now: Date, calendar: NewsroomCalendar, rng: inout DemoRandom, log: inout DemoLog) {
        let today = calendar.localDate(of: now)
        let importer = "import:listening"
        for daysAgo in stride(from: 89, through: 1, by: -1) {
            let date = today.adding(days: -daysAgo)
            let at = calendar.demoInstant(date.adding(days: 1), 6, 15)
            guard at < now else { continue }
            let weekday = date.isoWeekday >= 6 ? 0.45 : 1.0
            let trend = 0.8 + 0.4 * Double(89 - daysAgo) / 89
            for topic in DemoProgram.topics {
                let level = levels[topic] ?? (30, [30, 30])
                var ours = level.ours * weekday * trend * rng.double(0.7..<1.3)
                if topic == "messe", daysAgo < 35 { ours *= 2.2 }
                if topic == "energiewende", daysAgo == 20 || daysAgo == 19 { ours *= 3 }
                emit(date, topic, MentionCount.ours, ours, at, importer, rng: &rng, log: &log)
                for (k, peer) in DemoProgram.peers.enumerated() {
                    let value = (k < level.peers.count ? level.peers[k] : 30) * weekday * rng.double(0.7..<1.3)
                    emit(date, topic, peer, value, at.addingTimeInterval(Double(k + 1)), importer, rng: &rng, log: &log)
                }
            }
        }
    }

    private static func emit(_ date: LocalDate, _ topic: String, _ source: String, _ mentions: Double, _ at: Date, _ importer: String,
                             rng: inout DemoRandom, log: inout DemoLog) {
        let count = max(0, Int(mentions.rounded()))
        log.emit(at, importer, .mentionCounted(MentionCounted(count: MentionCount(
            source: source, topic: topic, date: date, mentions: count, engagement: count * rng.int(6...25)))))
    }
}
