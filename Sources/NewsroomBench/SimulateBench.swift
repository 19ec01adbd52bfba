import Foundation
import NewsroomCore
import NewsroomDemo
import NewsroomStore
#if canImport(Glibc)
import Glibc
#endif

extension FolderStore: LiveNewsroomSource {}

/// `NewsroomBench simulate DIR RATE SECONDS [SPEED]`: the live feed's generator and the store's
/// append, paced as `newsroom simulate` paces them (a batch every fifth of a second, one
/// transaction each) on an existing store, from just after its last event. Reports the rate
/// reached, what generating cost, and how long a batch's append took; a rate beyond what the
/// store takes shows as batches that grow and an achieved rate below the one asked for.
enum SimulateBench {
    static func run(dir: String, rate: Double, duration: Double, speed: Double) throws {
        let store = try FolderStore.open(StoreFolder(path: dir))
        let lastSeq = try store.lastSeq()
        let last = try store.events(after: max(0, lastSeq - 1), limit: 1).first?.event.time ?? Date()
        let start = last.addingTimeInterval(1)
        var newsroom: LiveNewsroom?
        let readTime = try seconds { newsroom = try LiveNewsroom.read(from: store, at: start) }
        guard let newsroom, newsroom.missingPart == nil else { throw NSError(domain: "bench: nothing to simulate in \(dir)", code: 1) }
        var feed = LiveFeed(newsroom: newsroom, settings: LiveFeedSettings(seed: 1, start: start, speed: speed, rate: rate, account: "bench"))
        var written = 0
        var appendMillis: [Double] = []
        var generating = 0.0
        var largest = 0
        // As `newsroom simulate`: at most 2,000 events a transaction; behind, the feed waits for
        // the backlog and catches up three ticks at a time.
        var pending: [NewEvent] = []
        var through = start
        var lag = 0.0
        let began = Date()
        while true {
            let tick = Date()
            let elapsed = tick.timeIntervalSince(began)
            guard elapsed < duration else { break }
            let now = start.addingTimeInterval(elapsed * speed)
            if now > through, pending.count < 4_000 {
                let next = min(now, through.addingTimeInterval(3 * 0.2 * speed))
                generating += seconds { pending += feed.events(through: next) }
                through = next
            }
            lag = max(lag, now.timeIntervalSince(through) / speed)
            if !pending.isEmpty {
                let batch = Array(pending.prefix(2_000))
                largest = max(largest, batch.count)
                appendMillis.append(try seconds { written += try store.append(batch).count } * 1000)
                pending.removeFirst(batch.count)
            }
            let left = 0.2 - Date().timeIntervalSince(tick)
            if left > 0, pending.isEmpty, through >= now { usleep(UInt32(left * 1_000_000)) }
        }
        let total = Date().timeIntervalSince(began)
        appendMillis.sort()
        func percentile(_ p: Double) -> Double { appendMillis.isEmpty ? 0 : appendMillis[min(appendMillis.count - 1, Int(Double(appendMillis.count) * p))] }
        report([("phase", "simulate"), ("storeEvents", "\(lastSeq)"), ("rate", String(format: "%g", rate)), ("speed", String(format: "%g", speed)),
                ("events", "\(written)"), ("seconds", String(format: "%.1f", total)), ("eventsPerSecond", String(format: "%.0f", Double(written) / total)),
                ("readMs", String(format: "%.0f", readTime * 1000)), ("generateUsPerEvent", String(format: "%.1f", written > 0 ? generating / Double(written) * 1e6 : 0)),
                ("batches", "\(appendMillis.count)"), ("largestBatch", "\(largest)"), ("lagSeconds", String(format: "%.1f", lag)),
                ("appendP50ms", String(format: "%.1f", percentile(0.5))), ("appendP99ms", String(format: "%.1f", percentile(0.99))),
                ("peakMB", String(format: "%.0f", peakMegabytes()))])
    }
}
