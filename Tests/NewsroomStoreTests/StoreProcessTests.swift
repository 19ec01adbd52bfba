import Foundation
import Testing
import NewsroomCore
@testable import NewsroomStore
#if canImport(Glibc)
import Glibc
#endif

/// Several processes, crashes and read-only media: what the store must survive.
@Suite(.serialized) struct StoreProcessTests {
    let writer = builtExecutable("StoreTortureWriter").path

    @Test func fourProcessesAppendingAtOnceGiveGaplessUniqueSeqs() throws {
        let t = try TemporaryNewsroom("concurrent")
        _ = try t.create()
        var processes: [(Process, Pipe)] = []
        for i in 0..<4 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: writer)
            p.arguments = ["write", t.folder.root.path, "500", "w\(i)"]
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            processes.append((p, out))
        }
        var printed: [Int64] = []
        for (p, out) in processes {
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            printed += String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { Int64($0) }
        }
        let store = try FolderStore.open(t.folder)
        let seqs = try store.events(after: 0, limit: 10_000).map(\.seq)
        #expect(seqs.count == 2000)
        #expect(seqs == Array(1...2000))
        #expect(Set(printed).count == 2000, "every writer saw its own seqs, none shared")
        #expect(try store.tallies()[.stories] == 2000)
    }

    @Test func aWriterKilledAtRandomLosesNoAcknowledgedEvent() throws {
        let t = try TemporaryNewsroom("kill")
        _ = try t.create()
        var rng = SystemRandomNumberGenerator()
        var acknowledged: Set<Int64> = []
        for round in 0..<50 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: writer)
            p.arguments = ["write", t.folder.root.path, "0", "k\(round)"]
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            usleep(UInt32.random(in: 20_000...120_000, using: &rng))
            kill(p.processIdentifier, SIGKILL)
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            acknowledged.formUnion(String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { Int64($0) })
            let store = try FolderStore.open(t.folder)
            let last = try store.lastSeq()
            let missing = acknowledged.filter { $0 > last }
            #expect(missing.isEmpty, "round \(round): printed seqs \(missing.sorted().prefix(5)) are gone")
        }
        let store = try FolderStore.open(t.folder)
        let seqs = try store.events(after: 0, limit: 1_000_000).map(\.seq)
        #expect(seqs == Array(1...Int64(seqs.count)), "seq stays gapless across crashes")
        #expect(!acknowledged.isEmpty, "the writers must have written something")
        let integrity = try store.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
    }

    @Test func aReadOnlyStoreOpensForReadingAndRefusesWrites() throws {
        let t = try TemporaryNewsroom("readonly")
        do {
            let store = try t.create()
            try store.append([story("s1")])
        }
        // A read-only bind mount stops root too (chmod does not); see TESTING.md.
        let dir = t.folder.root.path
        let result = try run("/usr/bin/unshare", ["-m", "sh", "-c", "mount --bind -o ro \"$0\" \"$0\" && \"$1\" probe \"$0\"", dir, writer])
        #expect(result.status == 0, "unshare/mount must work here (root); stderr: \(result.stderr)")
        #expect(result.stdout.contains("readOnly=true"), "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("lastSeq=1"), "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("write refused:") && result.stdout.contains("read-only"), "\(result.stdout)")
        let store = try FolderStore.open(t.folder)
        #expect(try store.lastSeq() == 1, "nothing was written through the read-only mount")

        // While another process has it open, the -wal and -shm files exist and carry recent commits.
        try store.append([story("s2")])
        let live = try run("/usr/bin/unshare", ["-m", "sh", "-c", "mount --bind -o ro \"$0\" \"$0\" && \"$1\" probe \"$0\"", dir, writer])
        #expect(live.stdout.contains("readOnly=true") && live.stdout.contains("lastSeq=2"), "\(live.stdout)\(live.stderr)")
    }
}

@Suite struct PrivacyTests {
    @Test func erasingACommenterRemovesEveryTraceButKeepsEventsAndCounts() throws {
        let t = try TemporaryNewsroom("erase")
        let store = try t.create()
        let handle = "zorro_kritiker_4711"
        let secret = "Mein Nachbar Herr Quaxmeier wohnt Lindenweg 12"
        try store.append([
            comment("c1", handle: handle, text: secret),
            comment("c2", handle: handle, text: "Noch ein Text mit Kennwort Plumbumkessel"),
            comment("c3", handle: "jemand_anders", text: "Gute Arbeit!"),
            event(.commentReplied(CommentReplied(commentID: "c1", replyID: "r1", text: "Danke", language: "de")), at: testNow.addingTimeInterval(300)),
        ])
        let window = Int64.min / 2 ..< Int64.max / 2
        let receivedBefore = try store.sum(CounterKey(.commentsReceived), over: window)
        let eventsBefore = try store.lastSeq()
        #expect(try store.accessReport(for: handle).texts.count == 2)

        let outcome = try store.erase("@\(handle)", requestID: "DSAR-2026-17", by: tester, at: testNow)
        #expect(outcome.textsRemoved == 2)
        #expect(outcome.events.map(\.event.type) == ["privacy.erased"])

        #expect(try store.lastSeq() == eventsBefore + 1, "the log only grew")
        #expect(try store.sum(CounterKey(.commentsReceived), over: window) == receivedBefore)
        #expect(try store.comment("c1")?.replies.count == 1, "the moderation history stays")
        #expect(try store.text(of: "c1") == nil)
        #expect(try store.text(of: "c3") == "Gute Arbeit!")
        #expect(try store.erasure(of: PersonRef(opaqueRef(for: handle)))?.requestID == "DSAR-2026-17")
        #expect(throws: StoreError.self) { try store.accessReport(for: handle) }

        try store.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            try db.execute(sql: "VACUUM")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        for suffix in ["", "-wal"] {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: t.folder.database.path + suffix))) ?? Data()
            for needle in [handle, "Quaxmeier", "Plumbumkessel", "Display \(handle)"] {
                #expect(bytes.range(of: Data(needle.utf8)) == nil, "'\(needle)' is still in newsroom.sqlite\(suffix)")
            }
        }
        let bytes = try Data(contentsOf: t.folder.database)
        #expect(bytes.range(of: Data("jemand_anders".utf8)) != nil, "other people's data stays")
    }

    @Test func retentionSweepSparesItemsUnderLegalEscalation() throws {
        let t = try TemporaryNewsroom("sweep")
        let store = try t.create()
        let old = Timestamp.parse("2023-01-10T10:00:00Z")!
        try store.append([
            comment("old1", handle: "alt", text: "alter Text", at: old),
            comment("old2", handle: "klaeger", text: "Drohung", at: old),
            event(.commentEscalated(CommentEscalated(commentID: "old2", to: .legal, note: "Anzeige geprüft")), at: old),
            comment("new1", handle: "neu", text: "neuer Text"),
        ])
        let outcome = try store.sweep(by: tester, at: testNow)
        #expect(outcome.textsRemoved == 1)
        #expect(outcome.keptUnderLegalEscalation == 1)
        #expect(try store.text(of: "old1") == nil)
        #expect(try store.text(of: "old2") == "Drohung")
        #expect(try store.text(of: "new1") == "neuer Text")
        #expect(try store.events(after: 0, limit: 100).last?.event.type == "privacy.swept")
    }
}
