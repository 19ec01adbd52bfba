import Testing
@testable import NewsroomCore

/// `Metric` hashes by its case (one byte), not its name: every case must stay one distinct byte.
@Suite struct MetricHashTests {
    @Test func everyMetricIsOneDistinctByte() {
        #expect(MemoryLayout<Metric>.size == 1)
        let bytes = Metric.allCases.map { m in withUnsafeBytes(of: m) { $0[0] } }
        #expect(Set(bytes).count == Metric.allCases.count)
    }

    @Test func countersKeyedByMetricAndScopeStayApart() {
        var counters = Counters()
        for (i, metric) in Metric.allCases.enumerated() {
            counters.add(CounterDelta(CounterKey(metric, .hashtag("t")), bucket: Bucket(index: 7), amount: Int64(i + 1)))
        }
        for (i, metric) in Metric.allCases.enumerated() {
            #expect(counters.sum(CounterKey(metric, .hashtag("t")), over: 0..<100) == Int64(i + 1))
            #expect(counters.sum(CounterKey(metric), over: 0..<100) == 0)
        }
    }
}
