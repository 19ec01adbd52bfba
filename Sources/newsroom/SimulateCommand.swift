import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomDemo
import NewsroomStore

/// `newsroom simulate`: the newsroom's life going on, appended to the store as it would arrive,
/// for demos, training and load tests, until Ctrl-C or `--duration`.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Append a live feed of realistic events to the newsroom until stopped (demos, training, load).",
        discussion: """
            Ambassadors share what the briefing allows, analytics polls report growing figures, people comment in \
            the newsroom's usual rhythm and mix (each comment triaged as on import), listening counts mentions of \
            us and the peers every hour, and now and then (or at --storm-at) one post draws a storm of critical \
            comments. Deterministic for a seed and a start time.

            Its clock is the console's: with --now / $NEWSROOM_NOW and --speed / $NEWSROOM_SPEED (60: an hour a \
            minute) a console given the same two agrees with it on "now"; without --now it starts at the real \
            time and says what to give a console. --storm-at and --duration are simulated minutes; --rate is \
            events per real second (default: the newsroom's own pace at that speed). Each tick (a fifth of a \
            second) is one transaction of at most 2,000 events; a busy store is waited for, never skipped. Ctrl-C \
            stops after the batch \
            under way and says what was written. What it generates: docs/simulate.md.
            """
    )

    @Option(help: ArgumentHelp("Events per real second (default: the newsroom's own pace).", valueName: "events-per-s"))
    var rate: Double?
    @Option(name: .customLong("storm-at"), help: ArgumentHelp("A storm of critical comments on one post this many simulated minutes in (default: now and then, by chance).", valueName: "minutes"))
    var stormAt: Double?
    @Option(help: ArgumentHelp("Stop by itself after this many simulated minutes.", valueName: "minutes"))
    var duration: Double?
    @Option(help: "The seed: the same seed, newsroom and start give the same events.")
    var seed: UInt64 = 1
    @Flag(help: "Print the result as JSON.")
    var json = false
    @Flag(help: "No progress line on standard error.")
    var quiet = false
    @OptionGroup var global: GlobalOptions

    /// More than this a second is not a load test but a typo (the store takes a few thousand).
    static let maximumRate = 100_000.0
    /// Faster than this, a tick would cover hours of simulated time.
    static let maximumSpeed = 10_000.0

    func validate() throws {
        if let rate {
            guard rate > 0, rate.isFinite else { throw ValidationError("--rate must be more than 0 events a second (e.g. --rate 50)") }
            guard rate <= Self.maximumRate else {
                throw ValidationError("--rate \(RateLine.grouped(Int(rate))) is more than a store can take (the most accepted is \(RateLine.grouped(Int(Self.maximumRate))) a second); try --rate 1000 for a load test")
            }
        }
        if let duration {
            guard duration > 0, duration.isFinite else { throw ValidationError("--duration must be more than 0 simulated minutes (e.g. --duration 60)") }
        }
        if let stormAt {
            guard stormAt >= 0, stormAt.isFinite else { throw ValidationError("--storm-at must be 0 or more simulated minutes (e.g. --storm-at 30)") }
            if let duration, stormAt >= duration {
                throw ValidationError("--storm-at \(Self.minutes(stormAt)) is not before the end (--duration \(Self.minutes(duration))): the storm would never come. Put it earlier or run longer")
            }
        }
    }

    func run() throws {
        // From here on Ctrl-C asks to stop (before the feed starts: without writing anything).
        StopSignals.install()
        let context = try CommandContext(global)
        let clock = try SimulatedClock(context)
        let store: FolderStore
        do { store = try context.openStore() } catch StoreError.missingFolder(let path) {
            throw ValidationError("there is no newsroom at \(path): make a demo with `newsroom demo \(path)`, or `newsroom init \(path)` and import yours")
        }
        guard !store.isReadOnly else {
            throw ValidationError("the newsroom at \(store.folder.root.path) is read-only: simulate only writes. Copy it somewhere writable (or make a demo with `newsroom demo DIR`) and simulate there")
        }
        let start = clock.start
        let newsroom = try LiveNewsroom.read(from: store, at: start)
        if let missing = newsroom.missingPart {
            throw ValidationError("the newsroom at \(store.folder.root.path) has \(missing) to simulate with: make a demo with `newsroom demo DIR`, import ambassadors and stories first (docs/import.md), or give --now a moment when it was busy")
        }
        let settings = LiveFeedSettings(seed: seed, start: start, speed: clock.speed, rate: rate, stormAt: stormAt, account: context.identity.account)
        var run = SimulateRun(store: store, feed: LiveFeed(newsroom: newsroom, settings: settings), clock: clock.clock,
                              end: duration.map { start.addingTimeInterval($0 * 60) }, json: json, quiet: quiet)
        let report = SimulateReport(store: store, settings: settings, clock: clock, duration: duration)
        if !json { report.opening(pace: run.feed.pace(at: start)) }
        let summary: SimulateSummary
        do { summary = try run.run(report: report) } catch let stopped as SimulateStopped {
            Terminal.endProgress()
            if !json { report.summary(stopped.summary) }
            throw stopped.cause
        }
        Terminal.endProgress()
        if json { try Terminal.json(report.json(summary)) } else { report.summary(summary) }
    }

    static func minutes(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(format: "%g", value) }
}

extension FolderStore: LiveNewsroomSource {}

/// The clock `simulate` runs on: the console's clock when it runs (a fixed start with a speed);
/// with no fixed start, one that starts at the real time (rounded to the second) and runs at
/// `--speed` (default 1), shared with a console given that start, which the opening line names.
struct SimulatedClock {
    let clock: any NewsroomClock
    let speed: Double
    /// Where the feed starts: the simulated moment the clock was set up at (the fixed start
    /// itself unless another process runs on that clock already), so a run can be repeated exactly.
    let start: Date
    /// Whether the start came from `--now` / `$NEWSROOM_NOW` (else the real time).
    let fixed: Bool

    init(_ context: CommandContext) throws {
        let setting = context.clockSetting
        if setting.speed > SimulateCommand.maximumSpeed {
            throw ValidationError("--speed \(SimulateCommand.minutes(setting.speed)) is too fast to simulate (at most \(Int(SimulateCommand.maximumSpeed)): an hour in a third of a second)")
        }
        if setting.fixedStart != nil {
            guard setting.speed > 0 else {
                throw ValidationError("the clock stands still (--now or $NEWSROOM_NOW without a speed): give --speed (or $NEWSROOM_SPEED), e.g. 60 for an hour a minute, 1 for real time")
            }
            clock = context.clock
            speed = setting.speed
            start = context.clockOpenedAt
            fixed = true
        } else {
            let speed = setting.speed > 0 ? setting.speed : 1
            let start = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            let wall = Date()
            clock = ScaledClock(start: start, speed: speed, realStart: SharedClockStart.realStart(start: start, speed: speed, now: wall))
            self.start = start
            self.speed = speed
            fixed = false
        }
    }
}
