import Foundation
import Testing
import NewsroomCore
import NewsroomReadModel
@testable import NewsroomStore

/// The console's counter excerpt follows the store by reading only from where new events
/// changed counts: after any sequence of batches it must equal an excerpt read anew, and the
/// store's incremental counters a full recompute in memory.
@Suite struct CounterExcerptTests {
    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func refreshedEqualsReadAnew(seed: UInt64) throws {
        let t = try TemporaryNewsroom("excerpt-\(seed)")
        let store = try t.create()
        let calendar = store.config.calendar
        var script = RandomNewsroomScript(seed: seed)
        var rng = ScriptRandom(seed: seed &* 17)
        try store.append(script.events(50))
        var now = try store.events(after: 0, limit: 1000).map(\.event.time).max()!
        var excerpt = try KPIBoard.readExcerpt(from: store, at: now, calendar: calendar)
        for _ in 0..<12 {
            let before = try store.lastSeq()
            try store.append(script.events(1 + Int(rng.next() % 60)))
            let new = try store.events(after: before, limit: 1000)
            now = max(now, new.map(\.event.time).max()!)
            excerpt = try KPIBoard.refreshed(excerpt, from: store, at: now, calendar: calendar,
                                             oldestTouched: KPIBoard.oldestTouched(by: new, calendar: calendar))
            #expect(excerpt == (try KPIBoard.readExcerpt(from: store, at: now, calendar: calendar)), "seed \(seed) at \(now)")
        }
        // And against the fold in memory: every counter of the excerpt equals a full replay's.
        var replay = NewsroomState(calendar: calendar)
        replay.apply(try store.events(after: 0, limit: 100_000))
        for (metric, scopes) in KPIBoard.excerptSelection {
            for selection in scopes {
                #expect(excerpt.counts(of: metric, in: selection, over: excerpt.buckets)
                        == replay.counters.counts(of: metric, in: selection, over: excerpt.buckets), "\(metric) \(selection)")
            }
        }
    }
}
