import Foundation
import Testing
import NewsroomCore
@testable import NewsroomStore
#if canImport(Glibc)
import Glibc
#endif

/// A large ingest commits in short transactions, so a console deciding meanwhile is not kept
/// waiting behind it. (How long the decision waits is measured by `NewsroomBench import`.)
@Suite(.serialized) struct IngestBesideDecisionTests {
    let writer = builtExecutable("StoreTortureWriter").path

    @Test func aDecisionMadeWhileA200000EventIngestRunsIsRecordedWithinASecond() throws {
        let t = try TemporaryNewsroom("ingest-beside")
        _ = try t.create()
        let file = t.root.appendingPathComponent("comments.jsonl")
        try writeCommentLines(200_000, to: file)

        let ingest = Process()
        ingest.executableURL = URL(fileURLWithPath: writer)
        ingest.arguments = ["ingest", t.folder.root.path, file.path]
        ingest.standardOutput = FileHandle.nullDevice
        try ingest.run()
        defer { if ingest.isRunning { kill(ingest.processIdentifier, SIGKILL); ingest.waitUntilExit() } }

        let decisionID = UUID()
        let decider = Process()
        decider.executableURL = URL(fileURLWithPath: writer)
        decider.arguments = ["decide", t.folder.root.path, decisionID.uuidString]
        let toDecider = Pipe()
        let fromDecider = Pipe()
        decider.standardInput = toDecider
        decider.standardOutput = fromDecider
        try decider.run()
        defer { try? toDecider.fileHandleForWriting.close(); decider.waitUntilExit() }
        #expect(readLine(fromDecider.fileHandleForReading) == "ready")

        // Decide once the ingest has committed its first batches and is still writing.
        let reader = try FolderStore.open(t.folder)
        let started = Date()
        while try reader.lastSeq() < 1000, ingest.isRunning, Date().timeIntervalSince(started) < 120 { usleep(20_000) }
        #expect(ingest.isRunning, "the ingest is still running when the console decides")
        try toDecider.fileHandleForWriting.write(contentsOf: Data("decide\n".utf8))

        let decided = Date()
        var recorded = false
        while !recorded, Date().timeIntervalSince(decided) < 1 {
            recorded = try reader.containsEvent(decisionID)
            if !recorded { usleep(10_000) }
        }
        #expect(recorded, "the decision is in the log within a second of being made")
        #expect(ingest.isRunning, "and the ingest was still going on then")

        // The decision's own process saw it committed, and the log has it exactly once.
        #expect(readLine(fromDecider.fileHandleForReading).flatMap { Int64($0) } != nil)
        let seqs = try reader.events(after: 0, limit: 1_000_000).filter { $0.event.id == decisionID }.map(\.seq)
        #expect(seqs.count == 1)
    }

    /// N `comment.received` lines in the export envelope, with personal data, each with a fresh id.
    private func writeCommentLines(_ n: Int, to url: URL) throws {
        var text = ""
        text.reserveCapacity(n * 600)
        for i in 0..<n {
            let id = UUID().uuidString.lowercased()
            let time = Timestamp.format(testNow.addingTimeInterval(Double(i)))
            text += #"{"seq":\#(i + 1),"id":"\#(id)","time":"\#(time)","actor":"import:linkedin","account":"test","type":"comment.received","v":1,"#
            text += #""body":{"authorFollowers":\#(i % 900),"authorRef":"p-\#(i % 5000)","commentID":"linkedin:\#(id)","language":"de","#
            text += #""network":"linkedin","postedAt":"\#(time)","target":{"id":"post-\#(i % 40)","kind":"companyPost"}},"#
            text += #""personal":{"profiles":[{"handle":"user\#(i % 5000)","network":"linkedin","ref":"p-\#(i % 5000)"}],"#
            text += #""texts":[{"ref":"p-\#(i % 5000)","subject":"linkedin:\#(id)","text":"Kommentar \#(i) 👍","writtenAt":"\#(time)"}]}}"#
            text += "\n"
        }
        try Data(text.utf8).write(to: url)
    }

    private func readLine(_ handle: FileHandle) -> String? {
        var bytes: [UInt8] = []
        while let byte = try? handle.read(upToCount: 1), let b = byte.first {
            if b == 10 { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(b)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}

extension FolderStore {
    /// Whether the log holds an event with this id (for the tests that poll for one).
    func containsEvent(_ id: UUID) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM events WHERE id = ?)", arguments: [id.logText])!
        }
    }
}
