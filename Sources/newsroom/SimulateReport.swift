import Foundation
import NewsroomCore
import NewsroomDemo
import NewsroomStore

/// What `newsroom simulate` tells the person running it: where and how it runs, when a storm
/// begins, how far it has got (on a terminal), and at the end what it wrote, by type, and how fast.
struct SimulateReport {
    let store: FolderStore
    let settings: LiveFeedSettings
    let clock: SimulatedClock
    let duration: Double?

    private var calendar: NewsroomCalendar { store.config.calendar }

    /// "08:30" in the newsroom's zone, with the date when it is not the start's.
    func local(_ moment: Date) -> String {
        let time = calendar.localTime(of: moment).description
        let date = calendar.localDate(of: moment)
        return date == calendar.localDate(of: settings.start) ? time : "\(date) \(time)"
    }

    func opening(pace: LivePace) {
        let start = "\(calendar.localDate(of: settings.start)) \(calendar.localTime(of: settings.start)) \(store.config.timeZone)"
        let hourly = RateLine.grouped(Int(pace.events.rounded()))
        let rate = settings.rate.map { "\(SimulateCommand.minutes($0)) events/s (about \(hourly) a simulated hour)" }
            ?? "the newsroom's own pace (about \(hourly) events a simulated hour now, \(String(format: "%.1f", pace.events * settings.speed / 3600))/s)"
        let storm = settings.stormAt.map { "a storm at +\(SimulateCommand.minutes($0)) min" } ?? "storms now and then"
        let end = duration.map { "for \(SimulateCommand.minutes($0)) simulated min" } ?? "until Ctrl-C"
        Terminal.out("Simulating \(store.config.name) (\(store.folder.root.path)) from \(start) at speed \(SimulateCommand.minutes(settings.speed)), "
                     + "\(rate), seed \(settings.seed), \(storm), \(end).")
        if !clock.fixed {
            Terminal.out("A console shows this time given NEWSROOM_NOW=\(Timestamp.format(settings.start)) NEWSROOM_SPEED=\(SimulateCommand.minutes(settings.speed)) (while this runs).")
        }
        if pace.thinning < 1 {
            Terminal.out("At this rate only \(Int((pace.thinning * 100).rounded())) % of the newsroom's usual comments, shares and mentions fit, and no analytics polls; "
                         + "--rate \(SimulateCommand.minutes(((pace.comments * 2 + pace.shares + pace.mentions) / pace.thinning * settings.speed / 3600 * 10).rounded(.up) / 10)) carries all of them.")
        }
    }

    func stormBegins(_ storm: LiveStorm) {
        Terminal.out("\(local(storm.start)) a storm begins on \(storm.post.target.kind.rawValue) \(storm.post.target.id) (“\(storm.about)…”) until \(local(storm.end)): "
                     + "about \(Int(storm.criticalPerBucket.rounded())) critical comments a quarter hour (usually \(String(format: "%.1f", storm.usualCriticalPerBucket))).")
    }

    func progress(_ summary: SimulateSummary, seconds: Double, pending: Int, waiting: Double?) {
        let rate = seconds > 0 ? Int((Double(summary.written) / seconds).rounded()) : 0
        var line = "simulated \(local(summary.to)) (+\(Int(summary.to.timeIntervalSince(settings.start) / 60)) min): \(RateLine.grouped(summary.written)) events written, \(RateLine.grouped(rate))/s"
        if let waiting { line += "; waiting for the store (another writer holds it): \(Int(waiting)) s, \(RateLine.grouped(pending)) events kept" }
        Terminal.progress(line)
    }

    func summary(_ s: SimulateSummary) {
        Terminal.out("Simulated \(local(s.from)) to \(local(s.to)) (\(SimulateCommand.minutes((s.to.timeIntervalSince(s.from) / 60 * 10).rounded() / 10)) min at speed \(SimulateCommand.minutes(settings.speed))): "
                     + RateLine.text(s.written, what: "events written", seconds: s.seconds) + ".")
        let order = ["share.posted", "share.measured", "comment.received", "comment.classified", "mention.counted"]
        let types = s.byType.keys.sorted { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
        if !types.isEmpty { Terminal.out("  " + types.map { "\($0) \(RateLine.grouped(s.byType[$0] ?? 0))" }.joined(separator: ", ")) }
        for storm in s.storms {
            Terminal.out("  storm: \(RateLine.grouped(storm.comments)) comments on \(storm.post.target.kind.rawValue) \(storm.post.target.id) from \(local(storm.start)) to \(local(min(storm.end, s.to)))")
        }
        if s.largestLag > 10 * settings.speed {
            Terminal.out("  the feed fell up to \(SimulateCommand.minutes((s.largestLag / 60 * 10).rounded() / 10)) simulated min behind the clock (the store was busy, or took less than the rate asked); events keep the times they happened")
        }
        if s.longestWait >= 1 {
            Terminal.out("  another writer held the store: a batch waited up to \(Int(s.longestWait.rounded())) s (nothing was dropped)")
        }
        if s.notWritten > 0 {
            Terminal.out("  not written: \(RateLine.grouped(s.notWritten)) events the store, held by another writer, did not take before stopping")
        }
    }

    func json(_ s: SimulateSummary) -> [String: Any] {
        [
            "store": store.folder.root.path, "events": s.written, "byType": s.byType, "seconds": s.seconds,
            "eventsPerSecond": s.seconds > 0 ? Double(s.written) / s.seconds : 0, "from": Timestamp.format(s.from), "to": Timestamp.format(s.to),
            "speed": settings.speed, "seed": Int(settings.seed), "rate": nullable(settings.rate), "notWritten": s.notWritten, "longestWaitSeconds": s.longestWait, "largestLagSeconds": s.largestLag,
            "storms": s.storms.map { storm -> [String: Any] in
                ["kind": storm.post.target.kind.rawValue, "post": storm.post.target.id, "network": storm.post.network.name,
                 "start": Timestamp.format(storm.start), "end": Timestamp.format(storm.end), "comments": storm.comments,
                 "criticalPerBucket": storm.criticalPerBucket, "usualCriticalPerBucket": storm.usualCriticalPerBucket]
            },
        ]
    }
}
