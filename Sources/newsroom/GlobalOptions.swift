import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// The options every command takes: which newsroom, who you are, what time it is.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The newsroom folder.", discussion: "Default: $NEWSROOM_STORE, else $XDG_DATA_HOME/newsroom/default.", valueName: "dir"))
    var store: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Act as this person (recorded as the actor; your account is recorded beside it).", valueName: "name"))
    var actAs: String?

    @Option(name: .long, help: ArgumentHelp("Fix the clock at this RFC 3339 time (also $NEWSROOM_NOW).", valueName: "time"))
    var now: String?

    @Option(name: .long, help: ArgumentHelp("Let a fixed clock run this many times faster (also $NEWSROOM_SPEED).", valueName: "factor"))
    var speed: String?

    /// These options, with anything not given here taken from the parent command's.
    func merged(with parent: GlobalOptions?) -> GlobalOptions {
        guard let parent else { return self }
        var out = self
        out.store = store ?? parent.store
        out.actAs = actAs ?? parent.actAs
        out.now = now ?? parent.now
        out.speed = speed ?? parent.speed
        return out
    }
}

/// What a command needs to run: the clock, the actor, and the newsroom folder.
struct CommandContext: Sendable {
    let clock: any NewsroomClock
    /// How the clock was asked for (`--now`, `--speed` or their variables).
    let clockSetting: ClockSetting
    /// What the clock read when this process set it up: on a running simulated clock, its fixed
    /// start for the first process on it, a later moment for one that joined the others.
    let clockOpenedAt: Date
    let identity: ActorIdentity
    let folder: StoreFolder

    init(_ options: GlobalOptions, defaultFolder: URL? = nil) throws {
        let env = HostEnvironment.variables
        do {
            clockSetting = try ClockSetting.parse(now: options.now ?? env["NEWSROOM_NOW"], speed: options.speed ?? env["NEWSROOM_SPEED"])
        } catch let error as ClockSettingError {
            throw ValidationError(error.description)
        }
        // A running simulated clock starts from the real moment every process on it shares, so a
        // console and `newsroom simulate` given the same start and speed agree on "now".
        if let start = clockSetting.fixedStart, clockSetting.speed > 0 {
            let wall = Date()
            let realStart = SharedClockStart.realStart(start: start, speed: clockSetting.speed, now: wall)
            clock = ScaledClock(start: start, speed: clockSetting.speed, realStart: realStart)
            clockOpenedAt = start.addingTimeInterval(max(0, wall.timeIntervalSince(realStart)) * clockSetting.speed)
        } else {
            clock = clockSetting.makeClock()
            clockOpenedAt = clock.now()
        }
        identity = ActorIdentity(requested: options.actAs, environmentUser: env["USER"], accountName: HostEnvironment.accountName)
        let path = options.store ?? env["NEWSROOM_STORE"].flatMap { $0.isEmpty ? nil : $0 }
        folder = StoreFolder(path.map { URL(fileURLWithPath: $0) } ?? defaultFolder ?? HostEnvironment.defaultStore)
    }

    var now: Date { clock.now() }

    /// Opens the store, rebuilding its projections first when the program changed; the rebuild's
    /// progress goes to `report` when given (the console's opening screen, whose caller then
    /// shows the warnings), else to standard error with the warnings.
    func openStore(report: (@Sendable (String) -> Void)? = nil) throws -> FolderStore {
        func line(_ p: RebuildProgress) -> String {
            let left = p.estimatedRemaining.map { ", about \(Int($0.rounded(.up))) s left" } ?? ""
            return "rebuilding projections (the program changed): \(RateLine.grouped(p.events)) of \(RateLine.grouped(p.total)) events\(left)"
        }
        let store = try FolderStore.open(folder) { p in
            if let report {
                report(line(p))
            } else if p.finished {
                Terminal.endProgress()
                if HostEnvironment.stderrIsTerminal {
                    FileHandle.standardError.write(Data("projections rebuilt: \(RateLine.text(p.events, what: "events folded", seconds: p.elapsed))\n".utf8))
                }
            } else {
                Terminal.progress(line(p))
            }
        }
        if report == nil { for warning in openingWarnings(store) { Terminal.warn(warning) } }
        return store
    }

    /// What a user should know about a store just opened: configuration warnings, read-only media.
    func openingWarnings(_ store: FolderStore) -> [String] {
        store.configWarnings.map(\.description)
            + (store.isReadOnly ? ["the newsroom at \(folder.root.path) is read-only: it opened for reading, and nothing can be recorded"] : [])
    }
}
