import Foundation
import Testing
@testable import NewsroomCore

@Suite struct TmpDump {
    @Test func dump() throws {
        let data = try String(contentsOf: TriageGermEvalTests.file, encoding: .utf8)
        var fn = "", fp = ""
        for line in data.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            let t = RuleClassifier.standard.classify(String(f[0]), language: "de")
            let off = TriageGermEvalTests.offensive.contains(t.category)
            if f[1] == "OFFENSE" && !off { fn += "\(f[2])\t\(f[0])\n" }
            if f[1] == "OTHER" && off { fp += "\(t.category)\t\(t.rules.filter { $0.rule.category == t.category }.map { "\($0.rule.id)=\($0.matched)" })\t\(f[0])\n" }
        }
        try fn.write(toFile: "/tmp/wt-triage-fn.txt", atomically: true, encoding: .utf8)
        try fp.write(toFile: "/tmp/wt-triage-fp.txt", atomically: true, encoding: .utf8)
    }
}
