import Foundation
import NewsroomCore
import NewsroomStore
#if canImport(Glibc)
import Glibc
#endif

/// The write path at scale: N `comment.received` lines with personal data (fresh ids, as an export
/// of another newsroom brings them) imported through the same code as `newsroom ingest` into a
/// store that already holds the demo; beside it, `sqlite3 .import` of the same file into a
/// one-column table, the floor; and how long a console's decision waits while the ingest runs.
enum ImportBench {
    static func run(_ n: Int) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("nr-import-\(n)-\(getpid())")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let file = base.appendingPathComponent("comments.jsonl")
        let dir = base.appendingPathComponent("store").path

        let writeTime = try seconds { try writeComments(n, to: file) }
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        report([("phase", "jsonl"), ("lines", "\(n)"), ("MB", String(format: "%.0f", Double(size) / 1e6)),
                ("seconds", String(format: "%.2f", writeTime))])

        let demo = try makeDemo(dir)
        let store = try FolderStore.open(StoreFolder(path: dir))
        let before = try store.lastSeq()
        let decisions = try DecisionProbe.start(dir: dir)
        var result: ImportReport?
        let importTime = try seconds {
            result = try Importer(store: store, account: "bench", now: end).ingest(file)
        }
        let latencies = decisions.stop()
        let imported = result?.imported ?? 0
        report([("phase", "import"), ("into", demo ? "demo(\(before) events)" : "empty"), ("events", "\(imported)"),
                ("seconds", String(format: "%.2f", importTime)), ("eventsPerSecond", String(format: "%.0f", Double(imported) / importTime)),
                ("peakMB", String(format: "%.0f", peakMegabytes()))])
        if !latencies.isEmpty {
            let sorted = latencies.sorted()
            report([("phase", "decisionDuringImport"), ("decisions", "\(sorted.count)"),
                    ("p50ms", String(format: "%.0f", sorted[sorted.count / 2])),
                    ("p99ms", String(format: "%.0f", sorted[min(sorted.count - 1, sorted.count * 99 / 100)])),
                    ("maxms", String(format: "%.0f", sorted.last!))])
        }

        guard let sqlite = executable("sqlite3") else {
            say("  sqlite3 is not installed: no floor to compare with (apt-get install sqlite3)")
            return
        }
        let floorDB = base.appendingPathComponent("floor.sqlite").path
        let script = "CREATE TABLE raw(line TEXT);\n.mode ascii\n.separator \"\\037\" \"\\n\"\n.import '\(file.path)' raw\n"
        let floorTime = try seconds { try runProcess(sqlite, [floorDB], stdin: script) }
        report([("phase", "sqlite3-import"), ("lines", "\(n)"), ("seconds", String(format: "%.2f", floorTime)),
                ("linesPerSecond", String(format: "%.0f", Double(n) / floorTime)),
                ("ingestOverFloor", String(format: "%.1f", importTime / floorTime))])
    }

    /// N comments in the envelope `export --jsonl` writes, with the author's profile and text inline.
    static func writeComments(_ n: Int, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw BenchError("cannot create \(url.path)") }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var rng = SplitMix(seed: 2026)
        let texts = ["Warum wird das Werk erst jetzt modernisiert? 🤔", "Great news, congratulations to the team!",
                     "Und was ist mit den Arbeitsplätzen in \"Werk 7\"?", "Quelle? Das stimmt so nicht.\nBitte belegen.",
                     "👍👍👍", "Wann kommt das nach Österreich?"]
        var out: [UInt8] = []
        for i in 0..<n {
            let time = start.addingTimeInterval(Double(i) / Double(max(n, 1)) * 90 * 86_400)
            let ref = PersonRef("p-" + String(rng.next() % 200_000, radix: 16))
            let commentID = CommentID("linkedin:" + UUID().uuidString.lowercased())
            let body = CommentReceived(commentID: commentID, network: .linkedIn, authorRef: ref, authorFollowers: Int(rng.next() % 5000),
                                       target: CommentTarget(kind: .share, id: "sh\(1 + rng.next() % 5000)"), postedAt: time,
                                       language: "de")
            let event = Event(time: time, actor: "import:linkedin", account: "bench", payload: .commentReceived(body))
            var w = JSONTextWriter(capacity: 512)
            w.beginObject()
            w.field("seq", i + 1)
            w.field("id", event.id.uuidString.lowercased())
            w.field("time", event.time)
            w.field("actor", event.actor)
            w.field("account", event.account)
            w.field("type", event.type)
            w.field("v", event.schemaVersion)
            out.append(contentsOf: w.bytes)
            out.append(contentsOf: ",\"body\":".utf8)
            out.append(contentsOf: try event.payload.encodedBody())
            var p = JSONTextWriter(capacity: 256)
            p.beginObject()
            p.key("profiles")
            p.beginArray()
            p.beginObject()
            p.field("displayName", "Person \(ref.rawValue)")
            p.field("handle", "user_\(ref.rawValue)")
            p.field("network", "linkedin")
            p.field("ref", ref.rawValue)
            p.endObject()
            p.endArray()
            p.key("texts")
            p.beginArray()
            p.beginObject()
            p.field("ref", ref.rawValue)
            p.field("subject", commentID.rawValue)
            p.field("text", texts[Int(rng.next() % UInt64(texts.count))])
            p.field("writtenAt", time)
            p.endObject()
            p.endArray()
            p.endObject()
            out.append(contentsOf: ",\"personal\":".utf8)
            out.append(contentsOf: p.bytes)
            out.append(contentsOf: "}\n".utf8)
            if out.count > 1 << 20 {
                try handle.write(contentsOf: out)
                out.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: out)
    }

    /// The demo, made by the `newsroom` binary beside this one (timed: `newsroom demo`'s own figure);
    /// without it, an empty store, and the bench says so.
    static func makeDemo(_ dir: String) throws -> Bool {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let newsroom = me.deletingLastPathComponent().appendingPathComponent("newsroom").path
        guard FileManager.default.isExecutableFile(atPath: newsroom) else {
            say("  no newsroom binary beside the bench (swift build -c release --product newsroom): importing into an empty store")
            _ = try FolderStore.create(at: StoreFolder(path: dir), name: "Bench")
            return false
        }
        let time = try seconds { try runProcess(newsroom, ["demo", dir, "--now", Timestamp.format(end)], stdin: nil) }
        report([("phase", "demo"), ("seconds", String(format: "%.2f", time))])
        return true
    }

    static func executable(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func runProcess(_ path: String, _ arguments: [String], stdin: String?) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        let input = Pipe()
        if stdin != nil { p.standardInput = input }
        try p.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchError("\(path) \(arguments.joined(separator: " ")) exited with \(p.terminationStatus)") }
    }
}

/// A console deciding while the ingest runs: a second process appends a decision every 200 ms
/// and prints how long each append took (waiting for the ingest's transaction included).
struct DecisionProbe {
    let process: Process
    let output: Pipe

    static func start(dir: String) throws -> DecisionProbe {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        p.arguments = ["decide", dir]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        return DecisionProbe(process: p, output: pipe)
    }

    func stop() -> [Double] {
        process.terminate()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return text.split(separator: "\n").compactMap { Double($0) }
    }

    /// The probe's side: decides (a note on today's briefing) every 200 ms until terminated.
    static func decide(dir: String) throws {
        let store = try FolderStore.open(StoreFolder(path: dir))
        signal(SIGTERM) { _ in exit(0) }
        var i = 0
        while true {
            usleep(200_000)
            let event = Event(time: Date(), actor: "console", account: "bench",
                              payload: .briefingNoted(BriefingNoted(date: LocalDate("2026-11-24")!, note: "decided during import \(i)")))
            let ms = try seconds { try store.append([NewEvent(event)]) } * 1000
            FileHandle.standardOutput.write(Data(String(format: "%.1f\n", ms).utf8))
            i += 1
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
