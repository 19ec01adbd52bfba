import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomDemo
import NewsroomStore

/// `newsroom demo DIR`: a demo newsroom worth opening, anchored at "now".
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create the demo newsroom in a new or empty folder.",
        discussion: """
            The demo is deterministic for a seed and anchored at now (--now or $NEWSROOM_NOW fix it): 90 days of \
            stories, briefings, 150+ ambassadors, shares with growing metrics, 20,000+ comments with the moderation \
            a real team would have done, and today's morning call still to decide.
            """
    )

    @Argument(help: ArgumentHelp("The folder to create.", valueName: "dir")) var directory: String
    @Option(help: "The seed: the same seed and the same --now give the same newsroom.") var seed: UInt64 = 1
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print the result as JSON.") var json = false
    @Flag(help: "No progress line on standard error.") var quiet = false

    func run() throws {
        let context = try CommandContext(global)
        let folder = StoreFolder(path: directory)
        let summary = try DemoBuilder(seed: seed, now: context.now, quiet: quiet).build(in: folder)
        if json {
            try Terminal.json(["store": folder.root.path, "events": summary.events, "seconds": summary.seconds, "seed": Int(seed),
                               "now": Timestamp.format(summary.anchor)])
        } else {
            Terminal.out("Created the demo newsroom in \(folder.root.path): \(RateLine.text(summary.events, what: "events written", seconds: summary.seconds)).")
            Terminal.out("Try: newsroom briefing --store \(folder.root.path)")
        }
    }
}

/// Makes a demo newsroom: writes its configuration, then its events in one pass, with progress.
struct DemoBuilder {
    let seed: UInt64
    let now: Date
    var quiet = false
    /// Where progress goes instead of standard error (the console's opening screen).
    var report: (@Sendable (String) -> Void)?

    struct Summary {
        var events: Int
        var seconds: Double
        var anchor: Date
    }

    func build(in folder: StoreFolder) throws -> Summary {
        let started = Date()
        let yaml = DemoNewsroom.configYAML(now: now)
        report?("making up a newsroom's last weeks: stories, ambassadors, shares, comments …")
        var config = ConfigReader(file: "newsroom.yaml")
        let events = DemoNewsroom.events(seed: seed, now: now, calendar: try config.read(yaml).calendar).all
        report?("writing \(RateLine.grouped(events.count)) events …")
        // One pass, one transaction: nobody else uses the new folder yet, and each entity is
        // read and written once instead of once per batch.
        let written = try FolderStore.createInOnePass(at: folder, configYAML: yaml, events: events) { done in
            guard !quiet || report != nil else { return }
            let elapsed = Date().timeIntervalSince(started)
            let rate = elapsed > 0 ? Double(done) / elapsed : 0
            let left = rate > 0 ? Double(max(events.count - done, 0)) / rate : 0
            let line = "\(RateLine.grouped(done)) of \(RateLine.grouped(events.count)) events, \(RateLine.grouped(Int(rate)))/s, about \(Int(left.rounded(.up))) s left"
            if let report { report(line) } else { Terminal.progress("demo: " + line) }
        }
        if report == nil { Terminal.endProgress() }
        try DemoMarker(seed: seed, anchoredAt: now).write(to: folder)
        return Summary(events: written, seconds: Date().timeIntervalSince(started), anchor: now)
    }
}

/// The note in a demo folder that says it is demo data, and for which seed and moment it was made.
struct DemoMarker: Codable {
    var seed: UInt64
    var anchoredAt: Date

    static func file(in folder: StoreFolder) -> URL { folder.root.appendingPathComponent("demo.json") }

    func write(to folder: StoreFolder) throws {
        let data = try EventJSON.encoder().encode(self)
        guard FileManager.default.createFile(atPath: Self.file(in: folder).path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.cannotCreate(Self.file(in: folder).path, detail: "the file could not be written")
        }
    }

    static func read(from folder: StoreFolder) -> DemoMarker? {
        guard let data = try? Data(contentsOf: file(in: folder)) else { return nil }
        return try? EventJSON.decoder().decode(DemoMarker.self, from: data)
    }
}

/// `newsroom --demo`: the demo folder, made on first use and rebuilt when its "today" has passed.
struct DemoLauncher {
    let context: CommandContext

    /// Whether today's demo is there already (nothing to make before the console opens).
    var isReady: Bool {
        guard context.folder.hasDatabase, let marker = DemoMarker.read(from: context.folder),
              let calendar = try? ConfigReader.load(context.folder.config).0.calendar else { return false }
        return calendar.localDate(of: marker.anchoredAt) == calendar.localDate(of: context.now) && marker.anchoredAt <= context.now
    }

    /// The demo's store, made first when there is none for today. `report` takes the progress
    /// (the console's opening screen); without it, standard error does.
    func prepare(report: (@Sendable (String) -> Void)? = nil) throws -> FolderStore {
        let folder = context.folder
        let fm = FileManager.default
        if folder.hasDatabase {
            guard let marker = DemoMarker.read(from: folder) else {
                throw ValidationError("\(folder.root.path) holds a newsroom that is not the demo; refusing to replace it. Point --store elsewhere")
            }
            let calendar = try FolderStore.open(folder).config.calendar
            if calendar.localDate(of: marker.anchoredAt) == calendar.localDate(of: context.now), marker.anchoredAt <= context.now {
                return try context.openStore(report: report)
            }
            let stale = "the demo newsroom was made for \(calendar.localDate(of: marker.anchoredAt)); making a fresh one for today"
            if let report { report(stale) } else { Terminal.warn(stale) }
        } else if folder.exists, !((try? fm.contentsOfDirectory(atPath: folder.root.path)) ?? []).isEmpty {
            throw ValidationError("\(folder.root.path) is not empty and holds no newsroom; refusing to use it for the demo")
        }
        // Build beside it, then swap, so an interrupted build never leaves half a demo in place.
        let parent = folder.root.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let fresh = StoreFolder(parent.appendingPathComponent(".demo-building-\(getpid())"))
        try? fm.removeItem(at: fresh.root)
        Self.removeAbandonedBuilds(in: parent)
        if report == nil, HostEnvironment.stderrIsTerminal { FileHandle.standardError.write(Data("Making the demo newsroom (once a day) …\n".utf8)) }
        _ = try DemoBuilder(seed: 1, now: context.now, report: report).build(in: fresh)
        if folder.exists {
            let old = parent.appendingPathComponent(".demo-old-\(getpid())")
            try fm.moveItem(at: folder.root, to: old)
            try fm.moveItem(at: fresh.root, to: folder.root)
            try? fm.removeItem(at: old)
        } else {
            try fm.moveItem(at: fresh.root, to: folder.root)
        }
        return try context.openStore(report: report)
    }

    /// Half-made demos of processes that are gone (one left the console while the demo was made).
    static func removeAbandonedBuilds(in parent: URL) {
        let prefix = ".demo-building-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
