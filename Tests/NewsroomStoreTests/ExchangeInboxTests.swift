import Foundation
import Testing
import NewsroomCore
@testable import NewsroomStore

@Suite struct ExchangeInboxTests {
    @Test func inboxFilesAreImportedWithAReceiptAndBadRowsSetAside() throws {
        let t = try TemporaryNewsroom("inbox")
        let store = try t.create()
        let inbox = t.folder.inbox
        let fm = FileManager.default
        let jsonl = try [envelopeLine(story("s1")), "{broken", envelopeLine(story("s2"))].joined(separator: "\n") + "\n"
        try Data(jsonl.utf8).write(to: inbox.appendingPathComponent("events.jsonl"))
        try Data(windows1252(ExchangeCSVTests.germanSpreadsheet)).write(to: inbox.appendingPathComponent("kommentare.csv"))
        try Data("Foo;Bar\n1;2\n".utf8).write(to: inbox.appendingPathComponent("raetsel.csv"))
        try Data("not for us".utf8).write(to: inbox.appendingPathComponent("notes.txt"))
        try Data("{}".utf8).write(to: inbox.appendingPathComponent(".partial.jsonl"))

        var progressed: Set<String> = []
        let reports = try t.importer(store).ingestInbox { name, _ in progressed.insert(name) }
        #expect(reports.map(\.file) == ["events.jsonl", "kommentare.csv", "raetsel.csv"])
        #expect(reports.map(\.imported) == [2, 3, 0])
        #expect(reports[0].rejected.map(\.description) == ["events.jsonl:2: not valid JSON" + reports[0].rejected[0].reason.dropFirst("not valid JSON".count)])
        #expect(reports[2].rejected.first?.line == 1)
        #expect(progressed == ["events.jsonl", "kommentare.csv"])

        let done = inbox.appendingPathComponent("done")
        let rejected = inbox.appendingPathComponent("rejected")
        #expect(Set(try fm.contentsOfDirectory(atPath: inbox.path)) == ["done", "rejected", "notes.txt", ".partial.jsonl"])
        #expect(Set(try fm.contentsOfDirectory(atPath: done.path)) == ["events.jsonl.receipt.txt", "kommentare.csv.receipt.txt"])
        let receipt = try String(contentsOf: done.appendingPathComponent("kommentare.csv.receipt.txt"), encoding: .utf8)
        #expect(receipt.contains("SHA-1 ") && receipt.contains("3 imported"), "\(receipt)")
        #expect(!receipt.contains("Kommentar") && !receipt.contains("LinkedIn"), "a receipt holds no content of the file")
        #expect(Set(try fm.contentsOfDirectory(atPath: rejected.path)) == [
            "events.jsonl.rejected.jsonl", "events.jsonl.report.txt",
            "kommentare.csv.rejected.csv", "kommentare.csv.report.txt",
            "raetsel.csv", "raetsel.csv.report.txt",
        ])
        #expect(try String(contentsOf: rejected.appendingPathComponent("events.jsonl.rejected.jsonl"), encoding: .utf8) == "{broken\n")
        let csvRejects = try Data(contentsOf: rejected.appendingPathComponent("kommentare.csv.rejected.csv"))
        let csvLines = TextBytes.decode(Array(csvRejects)).split(separator: "\n")
        #expect(csvLines.count == 4, "the header and the three bad rows")
        #expect(csvLines.first == "Netzwerk;Kommentar-ID;Autor;Name;Follower;Kommentar;Datum;Beitrag")
        #expect(csvLines.last == "LinkedIn;li-1006;zahl;Zahl;viele;Text;24.11.2026 10:00;post-1")
        let report = try String(contentsOf: rejected.appendingPathComponent("kommentare.csv.report.txt"), encoding: .utf8)
        #expect(report.contains("3 imported, 0 already known, 3 rejected"))
        #expect(report.contains("kommentare.csv:8: column 'Follower' must be a whole number"))
        #expect(report.contains("done/kommentare.csv.receipt.txt"))
        let mode = try #require(try fm.attributesOfItem(atPath: rejected.appendingPathComponent("kommentare.csv.rejected.csv").path)[.posixPermissions] as? Int)
        #expect(mode & 0o077 == 0, "rejected lines hold personal data: owner-only")

        // The same file dropped again: nothing new, nothing overwritten.
        try Data(jsonl.utf8).write(to: inbox.appendingPathComponent("events.jsonl"))
        let second = try t.importer(store).ingestInbox()
        #expect(second.map(\.imported) == [0] && second.first?.duplicates == 2)
        #expect(Set(try fm.contentsOfDirectory(atPath: done.path)) == ["events.jsonl.receipt.txt", "events.jsonl.receipt-2.txt", "kommentare.csv.receipt.txt"])
        #expect(fm.fileExists(atPath: rejected.appendingPathComponent("events.jsonl.report-2.txt").path))
        #expect(fm.fileExists(atPath: rejected.appendingPathComponent("events.jsonl.rejected-2.jsonl").path))
        #expect(try String(contentsOf: rejected.appendingPathComponent("events.jsonl.rejected.jsonl"), encoding: .utf8) == "{broken\n",
                "the first rejects are not overwritten")
        #expect(try store.tallies()[.stories] == 2)
    }

    @Test("a file name with a line break forges no report line, and a done/ that is a symbolic link is refused")
    func hostileFileNamesAndLinks() throws {
        let t = try TemporaryNewsroom("inbox-hostile")
        let store = try t.create()
        let inbox = t.folder.inbox
        let fm = FileManager.default
        let name = "a\nforged.jsonl:1: everything is fine\u{1b}]2;x\u{07}.jsonl"
        try Data(([envelopeLine(story("s1")), "{broken"].joined(separator: "\n") + "\n").utf8).write(to: inbox.appendingPathComponent(name))
        let reports = try t.importer(store).ingestInbox()
        #expect(reports.count == 1)
        let rejected = inbox.appendingPathComponent("rejected")
        let reportFile = try #require(try fm.contentsOfDirectory(atPath: rejected.path).first { $0.hasSuffix(".report.txt") })
        let report = try String(contentsOf: rejected.appendingPathComponent(reportFile), encoding: .utf8)
        #expect(!report.split(separator: "\n").contains { $0.hasPrefix("forged.jsonl") }, "no line starts with the forged text:\n\(report)")
        #expect(!report.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(!reports[0].summary.contains("\n"))

        let outside = t.folder.root.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString.prefix(6))")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: outside) }
        try fm.removeItem(at: inbox.appendingPathComponent("done"))
        try fm.createSymbolicLink(at: inbox.appendingPathComponent("done"), withDestinationURL: outside)
        try Data((envelopeLine(story("s2")) + "\n").utf8).write(to: inbox.appendingPathComponent("more.jsonl"))
        #expect(throws: StoreError.self) { try t.importer(store).ingestInbox() }
        #expect(try fm.contentsOfDirectory(atPath: outside.path).isEmpty, "nothing was written outside the store")
    }
}
