import Foundation
import NewsroomCore
import NewsroomDemo
import NewsroomStore
#if canImport(Glibc)
import Glibc
#endif

/// What a run of `newsroom simulate` wrote: events by type, the real time it took, the span of
/// simulated time it covered, its storms, and what a store that stayed busy kept it from writing.
struct SimulateSummary {
    var byType: [String: Int] = [:]
    var seconds = 0.0
    var from: Date
    var to: Date
    var storms: [LiveStorm] = []
    var notWritten = 0
    /// The longest the store kept a batch waiting, in seconds.
    var longestWait = 0.0
    /// The furthest the feed fell behind the clock (simulated seconds): the rate was more than
    /// the store took.
    var largestLag = 0.0

    var written: Int { byType.values.reduce(0, +) }
}

/// A store error that ended a run, with what the run had written before it.
struct SimulateStopped: Error {
    let summary: SimulateSummary
    let cause: any Error
}

/// The thin edge of the live feed: every tick (a fifth of a real second) it reads the clock, asks
/// the feed for the events up to that simulated now and appends them in one transaction; every
/// few seconds it reads the recent briefings again, for decisions made meanwhile. A busy
/// store keeps the batch (the next tick adds to it) and never drops it; Ctrl-C or SIGTERM stop
/// after the batch under way, `end` (from `--duration`) by itself.
struct SimulateRun {
    let store: FolderStore
    var feed: LiveFeed
    let clock: any NewsroomClock
    let end: Date?
    let json: Bool
    let quiet: Bool

    static let tick = 0.2
    /// The most events one transaction takes (about a fifth of a second's work on a large store),
    /// so a console's own write never waits long behind a batch.
    static let largestBatch = 2_000
    /// How many ticks of simulated time a tick may catch up on when the feed is behind.
    static let catchUp = 3.0
    /// How often the briefings are read again.
    static let briefingsEvery: Duration = .seconds(5)
    /// How long one append waits for another writer's lock before the tick goes on without it.
    static let patience: Duration = .milliseconds(500)
    /// How long the last batch may wait for a busy store after Ctrl-C (a second Ctrl-C gives up).
    static let lastWait = 30.0

    mutating func run(report: SimulateReport) throws -> SimulateSummary {
        var summary = SimulateSummary(from: feed.settings.start, to: feed.settings.start)
        var pending: [NewEvent] = []
        var announced = 0
        var waitingSince: ContinuousClock.Instant?
        let began = ContinuousClock.now
        var lastProgress = began
        var lastBriefings = began
        while StopSignals.count == 0 {
            let tickStarted = ContinuousClock.now
            var now = clock.now()
            let finished = end.map { now >= $0 } ?? false
            if let end, finished { now = end }
            if tickStarted - lastBriefings >= Self.briefingsEvery {
                // What a console decided meanwhile (a story shared, a topic held) reaches the ambassadors.
                lastBriefings = tickStarted
                if let (briefings, stories) = try? LiveNewsroom.recentBriefings(from: store, at: now) {
                    feed.update(briefings: briefings, stories: stories)
                }
            }
            // Behind (a rate beyond what the store takes): the feed waits for the backlog, then
            // catches up a few ticks at a time, so memory and transactions stay bounded.
            if now > summary.to, pending.count < 2 * Self.largestBatch {
                let through = min(now, summary.to.addingTimeInterval(Self.catchUp * Self.tick * feed.settings.speed))
                pending += feed.events(through: through)
                summary.to = through
            }
            summary.largestLag = max(summary.largestLag, now.timeIntervalSince(summary.to))
            while announced < feed.storms.count, feed.storms[announced].start <= summary.to {
                if !json { report.stormBegins(feed.storms[announced]) }
                announced += 1
            }
            do {
                if try write(&pending, into: &summary) { waitingSince = nil }
            } catch StoreError.busy {
                let since = waitingSince ?? tickStarted
                waitingSince = since
                summary.longestWait = max(summary.longestWait, (ContinuousClock.now - since).seconds)
            } catch {
                summary.seconds = (ContinuousClock.now - began).seconds
                summary.storms = feed.storms
                summary.notWritten = pending.count
                throw SimulateStopped(summary: summary, cause: error)
            }
            if !quiet, ContinuousClock.now - lastProgress >= .milliseconds(500) {
                lastProgress = .now
                report.progress(summary, seconds: (ContinuousClock.now - began).seconds, pending: pending.count,
                                waiting: waitingSince.map { (ContinuousClock.now - $0).seconds })
            }
            if finished && pending.isEmpty && summary.to >= now { break }
            // With a backlog the next batch goes at once; caught up, the next tick waits its turn.
            let behind = (!pending.isEmpty && waitingSince == nil) || summary.to < now
            let left = Self.tick - (ContinuousClock.now - tickStarted).seconds
            if !behind, left > 0, StopSignals.count == 0 { usleep(UInt32(left * 1_000_000)) }
        }
        try flushLast(&pending, into: &summary)
        summary.seconds = (ContinuousClock.now - began).seconds
        summary.storms = feed.storms
        summary.notWritten = pending.count
        return summary
    }

    /// Appends the batch in one transaction; false when there was nothing to write.
    private func write(_ pending: inout [NewEvent], into summary: inout SimulateSummary) throws -> Bool {
        guard !pending.isEmpty else { return false }
        let batch = Array(pending.prefix(Self.largestBatch))
        let committed = try store.append(batch, expecting: nil, patience: Self.patience)
        for stored in committed { summary.byType[stored.event.type, default: 0] += 1 }
        pending.removeFirst(batch.count)
        return true
    }

    /// After a stop: the batch a busy store held back, waited for a while more (until a second
    /// Ctrl-C); what still cannot be written is counted, not lost silently.
    private func flushLast(_ pending: inout [NewEvent], into summary: inout SimulateSummary) throws {
        let stopsBefore = StopSignals.count
        let started = ContinuousClock.now
        while !pending.isEmpty {
            do {
                _ = try write(&pending, into: &summary)
            } catch StoreError.busy {
                if StopSignals.count > max(stopsBefore, 1) || (ContinuousClock.now - started).seconds > Self.lastWait { return }
                if !quiet {
                    Terminal.progress("stopping: waiting for the store (another writer holds it) to write the last \(RateLine.grouped(pending.count)) events; Ctrl-C again gives up")
                }
            }
        }
    }
}
