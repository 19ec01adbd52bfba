import Foundation
import Testing
@testable import NewsroomCore

/// The storm warning's arithmetic on series built by hand: every expected number worked out on paper.
@Suite("Storm detector")
struct StormDetectorTests {
    let settings = StormSettings()

    /// A baseline of 12 counts (4 weeks × 3 quarter hours) that always comes to median 3, MAD 0.
    static let usual: [Int64] = [3, 3, 3, 3, 2, 4, 3, 3, 2, 4, 3, 3]

    @Test("baseline: median, MAD × 1.4826, the spread floor")
    func baseline() {
        // Sorted 2,2,2,3,3,3,3,3,3,4,4,10: median (3 + 3) / 2 = 3; deviations sorted 0×6, 1×5, 7: MAD (0 + 1) / 2 = 0.5.
        let b = StormBaseline(counts: [2, 3, 3, 4, 10, 2, 3, 3, 2, 4, 3, 3], spreadFloor: 2)
        #expect(b.median == 3 && b.mad == 0.5 && b.samples == 12)
        #expect(b.spread == 2, "1.4826 × 0.5 = 0.74 is below the floor")
        // 0, 4, 8, 12, 20: median 8; deviations 8, 4, 0, 4, 12 → MAD 4; spread 1.4826 × 4 = 5.9304.
        let wide = StormBaseline(counts: [0, 4, 8, 12, 20], spreadFloor: 2)
        #expect(wide.median == 8 && wide.mad == 4)
        #expect(abs(wide.spread - 5.9304) < 1e-9)
        #expect(StormBaseline(counts: [], spreadFloor: 2).median == 0, "no past week: the usual is 0")
    }

    @Test("a running quarter hour is projected from its elapsed part, its spread widened by 1/√f")
    func projection() {
        let b = StormBaseline(counts: Self.usual, spreadFloor: 2)
        // 6 comments in the first 5 minutes: projected 18; z = √(1/3) × (18 − 3) / 2 = 4.3301.
        #expect(abs(StormDetector.z(count: 6, elapsed: 1.0 / 3, baseline: b, minimumCount: 5) - 4.330127) < 1e-6)
        // The same 6 in a complete quarter hour: (6 − 3) / 2 = 1.5.
        #expect(StormDetector.z(count: 6, elapsed: 1, baseline: b, minimumCount: 5) == 1.5)
        // Less than a minute counts as one minute: 5 comments at 10 s project to 75, not 450.
        #expect(abs(StormDetector.z(count: 5, elapsed: 0.01, baseline: b, minimumCount: 5) - (1.0 / 15).squareRoot() * 36) < 1e-9)
        let signal = StormDetector.signal(StormSeries(counts: [6], baselines: [Self.usual], elapsed: 1.0 / 3), settings: settings)
        #expect(signal.projected == 18 && signal.count == 6)
        // One quarter hour read: s = 0.3 × 4.3301 = 1.2990 → level 1 (rising), not 2 (needs two quarter hours).
        #expect(abs(signal.smoothedZ - 1.299038) < 1e-6)
        #expect(signal.level == .rising)
    }

    @Test("below the minimum count a quarter hour cannot raise the level")
    func minimumCount() {
        let quiet = StormBaseline(counts: Array(repeating: 0, count: 12), spreadFloor: 2)
        // One comment where there are none: (1 − 0) / 2 = 0.5, held at 0.
        #expect(StormDetector.z(count: 1, elapsed: 1, baseline: quiet, minimumCount: 5) == 0)
        #expect(StormDetector.z(count: 4, elapsed: 1, baseline: quiet, minimumCount: 5) == 0)
        #expect(StormDetector.z(count: 5, elapsed: 1, baseline: quiet, minimumCount: 5) == 2.5)
        // Below the usual, z is negative, but the smoothed z stays at 0: quiet quarter hours bank no credit.
        let b = StormBaseline(counts: Self.usual, spreadFloor: 2)
        #expect(StormDetector.z(count: 1, elapsed: 1, baseline: b, minimumCount: 5) == -1)
        let quietThenBurst = StormDetector.signal(StormSeries(counts: [1, 1, 1, 1, 1, 1, 1, 1, 17], baselines: Array(repeating: Self.usual, count: 9)),
                                                  settings: settings)
        #expect(quietThenBurst.smoothedSeries.dropLast().allSatisfy { $0 == 0 })
        #expect(abs(quietThenBurst.smoothedZ - 2.1) < 1e-9, "0.3 × (17 − 3) / 2, not less for the quiet before")
        let lone = StormSeries(counts: [0, 0, 0, 0, 0, 0, 0, 0, 1], baselines: Array(repeating: Array(repeating: 0, count: 12), count: 9))
        #expect(StormDetector.signal(lone, settings: settings).level == .calm)
    }

    /// docs/kpi.md, "Storm warning", worked example.
    @Test("the worked example of docs/kpi.md: level 2")
    func workedExample() {
        let series = StormSeries(counts: [3, 3, 3, 3, 3, 3, 3, 9, 13, 5], baselines: Array(repeating: Self.usual, count: 10), elapsed: 0.5)
        let s = StormDetector.signal(series, settings: settings)
        // z: 0 … 0, (9 − 3)/2 = 3, (13 − 3)/2 = 5, √0.5 × (10 − 3)/2 = 2.4749.
        // s: 0 … 0, 0.9, 0.3 × 5 + 0.7 × 0.9 = 2.13, 0.3 × 2.4749 + 0.7 × 2.13 = 2.2335.
        #expect(abs(s.z - 2.474874) < 1e-6)
        #expect(abs(s.smoothedSeries[7] - 0.9) < 1e-9 && abs(s.smoothedSeries[8] - 2.13) < 1e-9)
        #expect(abs(s.smoothedZ - 2.233462) < 1e-6)
        #expect(s.bucketsAtLevel2 == 2)
        #expect(s.level == .storm)
        #expect(s.recentCount == 18 && s.recentUsual == 6)
        #expect(s.excess == 17, "13 + 10 projected − 6 usual")
        #expect(s.projected == 10 && s.baseline.median == 3 && s.baseline.spread == 2)
    }

    @Test("levels: 1 on the first quarter hour over, 2 on the second, 3 at z 3 or a critical share 15 points above usual")
    func levels() {
        let base = Array(repeating: Self.usual, count: 10)
        func level(_ counts: [Int64], share: StormShareCounts? = nil) -> CrisisLevel {
            StormDetector.signal(StormSeries(counts: counts, baselines: base, share: share), settings: settings).level
        }
        // 23 → z 10 → s 3.0 (one quarter hour: 1, however high).
        #expect(level([3, 3, 3, 3, 3, 3, 3, 3, 3, 23]) == .rising)
        // 13, 13 → z 5, 5 → s 1.5, 2.55: only the last at 2 → 1.
        #expect(level([3, 3, 3, 3, 3, 3, 3, 3, 13, 13]) == .rising)
        // 13, 13, 13 → s 1.5, 2.55, 3.285: two at 2 and the last at 3 → 3.
        #expect(level([3, 3, 3, 3, 3, 3, 3, 13, 13, 13]) == .strongStorm)
        // 3 … 9, 13, 9 → s 0.9, 2.13, 0.3 × 3 + 0.7 × 2.13 = 2.391 → 2.
        #expect(level([3, 3, 3, 3, 3, 3, 3, 9, 13, 9]) == .storm)
        // The same with a critical share of 60 % where 30 % is usual (+30 points) → 3.
        let rose = StormShareCounts(critical: 22, received: 36, baselineCritical: 72, baselineReceived: 240)
        #expect(level([3, 3, 3, 3, 3, 3, 3, 9, 13, 9], share: rose) == .strongStorm)
        // +10 points is not enough.
        let little = StormShareCounts(critical: 22, received: 55, baselineCritical: 72, baselineReceived: 240)
        #expect(abs(little.rise! - 0.1) < 1e-9)
        #expect(level([3, 3, 3, 3, 3, 3, 3, 9, 13, 9], share: little) == .storm)
        // Nothing unusual → 0.
        #expect(level([3, 2, 4, 3, 3, 2, 3, 4, 3, 3]) == .calm)
    }

    @Test("the automatic level: the highest of program and networks; 4 when several networks are at 2 at once")
    func automatic() {
        func signal(_ level: CrisisLevel) -> StormSignal {
            StormSignal(level: level, count: 0, elapsed: 1, projected: 0, baseline: StormBaseline(counts: [], spreadFloor: 2), z: 0,
                        smoothedZ: 0, smoothedSeries: [], bucketsAtLevel2: 0, recentCount: 0, recentUsual: 0, excess: 0, share: nil)
        }
        #expect(StormDetector.automaticLevel(program: signal(.rising), networks: [signal(.storm), signal(.storm)], settings: settings) == .acrossNetworks)
        #expect(StormDetector.automaticLevel(program: signal(.storm), networks: [signal(.strongStorm), signal(.rising)], settings: settings) == .strongStorm)
        #expect(StormDetector.automaticLevel(program: signal(.calm), networks: [signal(.storm)], settings: settings) == .storm,
                "a storm on one network is a storm")
        var three = settings
        three.level4Networks = 3
        #expect(StormDetector.automaticLevel(program: signal(.storm), networks: [signal(.storm), signal(.storm)], settings: three) == .storm)
    }

    @Test("crisis levels: names, alerts, the hand-set range, JSON as a number")
    func crisisLevel() throws {
        #expect(CrisisLevel(7) == .allMedia && CrisisLevel(-1) == .calm)
        #expect(!CrisisLevel.rising.isAlert && CrisisLevel.storm.isAlert)
        #expect(CrisisLevel.manualLevels == 5...6 && CrisisLevel.highestAutomatic == .acrossNetworks)
        #expect(String(decoding: try JSONEncoder().encode(CrisisLevel.storm), as: UTF8.self) == "2")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CrisisLevel.self, from: Data("9".utf8)) }
    }
}
