import Foundation
import Testing
@testable import NewsroomCore

/// The rule-based triage scored on the GermEval 2018 training tweets (CC BY 4.0, Wiegand, Siegel,
/// Ruppenhofer 2018), coarse OFFENSE vs OTHER, with the shared task's own F (the harmonic mean of
/// the macro-averaged precision and recall). The file sits beside the repository, in
/// `../shared/data/germeval2018/`, as CI places it; without it the test says so and passes.
@Suite struct TriageGermEvalTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data/germeval2018/germeval2018.training.txt").standardizedFileURL

    /// Measured 71.10 on the training file (the majority baseline is 39.87 here, 39.75 on the
    /// held-out test portion); the floor leaves a point for edits to the lists.
    static let floor = 0.70

    static let offensive: Set<CommentCategory> = [.insult, .profanity, .defamation, .threat]

    @Test func coarseOffenceScore() throws {
        guard let data = try? String(contentsOf: Self.file, encoding: .utf8) else {
            print("GermEval 2018 training file not found at \(Self.file.path); skipping the measurement")
            return
        }
        var counts = [[0, 0], [0, 0]]  // [gold][predicted], 1 = OFFENSE
        for line in data.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let gold = fields[1] == "OFFENSE" ? 1 : 0
            let predicted = Self.offensive.contains(RuleClassifier.standard.classify(String(fields[0]), language: "de").category) ? 1 : 0
            counts[gold][predicted] += 1
        }
        func precision(_ c: Int) -> Double { Double(counts[c][c]) / Double(max(1, counts[0][c] + counts[1][c])) }
        func recall(_ c: Int) -> Double { Double(counts[c][c]) / Double(max(1, counts[c][0] + counts[c][1])) }
        let p = (precision(0) + precision(1)) / 2
        let r = (recall(0) + recall(1)) / 2
        let f = 2 * p * r / (p + r)
        let total = counts.joined().reduce(0, +)
        print(String(format: "GermEval 2018 train (n=%d) coarse: F %.2f (P̄ %.2f, R̄ %.2f); OFFENSE P %.2f R %.2f; OTHER P %.2f R %.2f; accuracy %.2f",
                     total, f * 100, p * 100, r * 100, precision(1) * 100, recall(1) * 100, precision(0) * 100, recall(0) * 100,
                     Double(counts[0][0] + counts[1][1]) / Double(total) * 100))
        #expect(total == 5009)
        #expect(f >= Self.floor)
    }
}
