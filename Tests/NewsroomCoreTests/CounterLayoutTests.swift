import Testing
@testable import NewsroomCore

/// `Counters` keeps the share figures side by side per scope and bucket and every other metric
/// on its own; whichever way a count comes in, what it reads back is what a plain table of
/// (metric, scope, bucket) → amount says.
@Suite struct CounterLayoutTests {
    private struct Cell: Hashable {
        let key: CounterKey
        let bucket: Int64
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func readsAgreeWithAPlainTable(seed: UInt64) {
        var rng = SplitMix(seed: seed)
        let scopes: [CounterScope] = [.program, .ambassador(AmbassadorID("a1")), .network(.linkedIn), .hashtag("werk"), .bin(3)]
        var counters = Counters()
        var table: [Cell: Int64] = [:]
        for _ in 0..<3_000 {
            let bucket = Bucket(index: Int64(rng.next() % 40))
            if rng.next() % 3 == 0 {
                // A measurement: some share figures grown, in several scopes at once.
                let growth = Metric.allCases.prefix(10).compactMap { m in rng.next() % 2 == 0 ? (m, Int(rng.next() % 50) + 1) : nil }
                let these = scopes.filter { _ in rng.next() % 2 == 0 }
                counters.add(growth: growth, in: these, bucket: bucket)
                for (m, amount) in growth { for scope in these { table[Cell(key: CounterKey(m, scope), bucket: bucket.index), default: 0] += Int64(amount) } }
            } else {
                let metric = Metric.allCases[Int(rng.next() % UInt64(Metric.allCases.count))]
                let key = CounterKey(metric, scopes[Int(rng.next() % UInt64(scopes.count))])
                let amount = Int64(rng.next() % 20) + 1
                counters.add(CounterDelta(key, bucket: bucket, amount: amount))
                table[Cell(key: key, bucket: bucket.index), default: 0] += amount
            }
        }
        var expected: [CounterKey: [Int64: Int64]] = [:]
        for (cell, amount) in table { expected[cell.key, default: [:]][cell.bucket] = amount }
        #expect(counters.values == expected)
        for metric in Metric.allCases {
            for window in [0..<40, 5..<9, 39..<400] as [Range<Int64>] {
                var sums: [CounterScope: Int64] = [:], counts: [CounterScope: [Int64: Int64]] = [:]
                for (key, series) in expected where key.metric == metric {
                    let inside = series.filter { window.contains($0.key) }
                    if !inside.isEmpty { counts[key.scope] = inside; sums[key.scope] = inside.values.reduce(0, +) }
                }
                #expect(counters.sums(of: metric, over: window) == sums, "\(metric) \(window)")
                #expect(counters.counts(of: metric, over: window) == counts, "\(metric) \(window)")
                #expect(counters.counts(of: metric, in: .kind("amb:"), over: window) == counts.filter { $0.key.key.hasPrefix("amb:") })
                for scope in scopes {
                    #expect(counters.sum(CounterKey(metric, scope), over: window) == sums[scope] ?? 0)
                }
            }
        }
    }

    @Test func growthAndSingleCountsMakeTheSameCounters() {
        let scopes: [CounterScope] = [.program, .network(.xing)]
        var together = Counters(), apart = Counters()
        together.add(growth: [(.impressions, 30), (.clicks, 2), (.leads, 1)], in: scopes, bucket: Bucket(index: 4))
        for (metric, amount) in [(Metric.impressions, 30), (.clicks, 2), (.leads, 1)] {
            for scope in scopes { apart.add(CounterDelta(CounterKey(metric, scope), bucket: Bucket(index: 4), amount: Int64(amount))) }
        }
        #expect(together == apart)
        together.add(growth: [], in: scopes, bucket: Bucket(index: 5))
        #expect(together == apart, "no growth leaves no empty cells behind")
    }
}
