import Foundation
import GRDB
import Testing
import NewsroomCore
@testable import NewsroomStore

@Suite struct ExchangeRoundTripTests {
    /// A newsroom with a bit of everything (and references to things that do not exist, and a
    /// type from the future), one comment's author erased.
    static func populated(_ t: TemporaryNewsroom) throws -> FolderStore {
        let store = try t.create()
        var script = RandomNewsroomScript(seed: 7)
        for _ in 0..<3 { try store.append(script.events(400)) }
        try store.append([comment("c-kritik", handle: "kritiker", text: "Das ist „Qualität“? 😡\nNein.")])
        let erased = try #require(try store.persons(matching: "up3").first)
        _ = try store.erase(erased.ref.rawValue, requestID: "REQ-1", by: tester, at: testNow)
        return store
    }

    static func export(_ store: FolderStore, to url: URL, pseudonymous: Bool) throws -> Int {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        return try JSONLExport.write(store, to: handle, pseudonymous: pseudonymous)
    }

    static func counters(_ store: FolderStore) throws -> [String] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT metric, scope, bucket, value FROM counters ORDER BY metric, scope, bucket").map { "\($0)" }
        }
    }

    static func personalRows(_ store: FolderStore) throws -> [String] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM persons ORDER BY ref").map { "\($0)" }
                + Row.fetchAll(db, sql: "SELECT * FROM authored_texts ORDER BY subject").map { "\($0)" }
        }
    }

    @Test func exportThenIngestIntoANewStoreGivesTheSameNewsroom() throws {
        let a = try TemporaryNewsroom("export-a")
        let original = try Self.populated(a)
        let file = a.root.appendingPathComponent("newsroom.jsonl")
        let written = try Self.export(original, to: file, pseudonymous: false)
        #expect(written == Int(try original.lastSeq()))

        let b = try TemporaryNewsroom("export-b")
        let copy = try b.create()
        let report = try Importer(store: copy, account: "someone-else", now: testNow).ingest(file)
        #expect(report.rejected.isEmpty, "\(report.rejected.prefix(3))")
        #expect(report.imported == written && report.duplicates == 0)

        let before = try original.events(after: 0, limit: 100_000)
        let after = try copy.events(after: 0, limit: 100_000)
        #expect(before.count == after.count)
        // The copy's commit times are those of the import, by the machine's clock.
        let statedOnly = { (events: [StoredEvent]) in events.map { StoredEvent(seq: $0.seq, event: $0.event) } }
        #expect(statedOnly(before) == statedOnly(after), "same seq, ids, times, actors, accounts, types and bodies")
        #expect(after.allSatisfy { $0.committedAt != nil })
        // A tally at 0 may or may not have a row, depending on how the appends were batched.
        let (ta, tb) = (try original.tallies().filter { $0.value != 0 }, try copy.tallies().filter { $0.value != 0 })
        #expect(ta == tb, "\(ta.filter { tb[$0.key] != $0.value }) vs \(tb.filter { ta[$0.key] != $0.value })")
        #expect(try Self.counters(original) == Self.counters(copy))
        #expect(try original.skippedEvents() == copy.skippedEvents())
        let all = Bucket.range(covering: DateInterval(start: Timestamp.parse("2026-09-01T00:00:00Z")!, end: Timestamp.parse("2026-12-31T00:00:00Z")!))
        for metric in [Metric.commentsReceived, .impressions, .clicks, .mentions, .commentsHidden] {
            #expect(try original.sum(CounterKey(metric), over: all) == copy.sum(CounterKey(metric), over: all))
        }
        #expect(try Self.personalRows(original) == Self.personalRows(copy))
        #expect(try copy.text(of: "c-kritik") == "Das ist „Qualität“? 😡\nNein.")
        #expect(try copy.persons(matching: "up3").isEmpty, "erased stays erased")

        let again = try Importer(store: copy, account: "root", now: testNow).ingest(file)
        #expect(again.imported == 0 && again.duplicates == written)
    }

    @Test func aPseudonymousExportCarriesNoPersonalData() throws {
        let a = try TemporaryNewsroom("export-pseudo")
        let store = try a.create()
        try store.append([comment("c1", handle: "geheimer.handle", text: "Mein geheimer Text"),
                          comment("c2", handle: "geheimer.handle", text: "Noch ein Text")])
        let full = a.root.appendingPathComponent("full.jsonl")
        let pseudo = a.root.appendingPathComponent("pseudo.jsonl")
        _ = try Self.export(store, to: full, pseudonymous: false)
        #expect(try Self.export(store, to: pseudo, pseudonymous: true) == 2)
        let fullText = try String(contentsOf: full, encoding: .utf8)
        let pseudoText = try String(contentsOf: pseudo, encoding: .utf8)
        #expect(fullText.contains("geheimer.handle") && fullText.contains("Mein geheimer Text"))
        #expect(!pseudoText.contains("geheimer") && !pseudoText.contains("Text") && !pseudoText.contains("personal"))
        #expect(pseudoText.contains(opaqueRef(for: "geheimer.handle")))

        let lines = pseudoText.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(first.keys) == ["seq", "id", "time", "actor", "account", "type", "v", "body"])
        #expect(lines[0].hasPrefix(#"{"seq":1,"id":""#))
        #expect(first["time"] as? String == "2026-11-24T07:30:00.000Z")

        let b = try TemporaryNewsroom("export-pseudo-b")
        let copy = try b.create()
        let report = try b.importer(copy).ingest(pseudo)
        #expect(report.imported == 2)
        #expect(try copy.comment("c1") != nil)
        #expect(try copy.text(of: "c1") == nil)
    }
}
