import Foundation
import NewsroomFuzzTargets
import Testing

/// Every saved fuzz input (seeds, and each crash found once) runs through its target in an
/// ordinary build, so what the fuzzer found stays fixed under `swift test` too.
@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

    @Test("every corpus input passes its fuzz target", arguments: FuzzTarget.all.map(\.name))
    func corpusPasses(_ name: String) throws {
        let target = try #require(FuzzTarget.named(name))
        let (count, failures) = FuzzCorpus.replay(target, at: Self.corpus.appendingPathComponent(name))
        #expect(count > 0, "Fuzz/corpus/\(name) holds no inputs")
        for (file, failure) in failures {
            Issue.record("\(file.lastPathComponent): \(failure)")
        }
    }
}
