import Foundation
import NewsroomCore

/// The crisis level at a moment and what makes it: the level that applies (set by hand, else from
/// the counts), the program's and each network's storm reading, and the network, topic and post
/// that drive it, with a short reason. What the console's top bar, wall mode and storm alert show,
/// and what `newsroom kpi` and `newsroom crisis` print. Read from counter sums over a few quarter
/// hours and one row, so it costs the same at a million comments as at ten.
public struct CrisisReport: Equatable, Sendable, Encodable {
    public let at: Date
    /// What applies: the hand-set level while there is one, else `automatic`.
    public let level: CrisisLevel
    /// From the counts (0–4), whatever was set by hand.
    public let automatic: CrisisLevel
    /// The level a person set (5 or 6), with their note, until cleared.
    public let manual: ManualCrisisLevel?
    /// The quarter hour holding the moment, and how much of it has passed (0–1).
    public let quarterHour: DateInterval
    public let elapsed: Double
    /// How many past weeks the baseline holds (weeks without any comment are left out).
    public let baselineWeeks: Int
    /// All critical comments.
    public let program: StormSignal
    /// Each network with critical comments in the last two hours, highest level first.
    public let networks: [CrisisDriver]
    /// The network, topic and post driving it: most critical comments above their usual in the
    /// quarter hours of the storm rule (the last `level2Buckets`, the current one projected), with at
    /// least `minimumCount` of them; nil when none is.
    public let network: CrisisDriver?
    public let topic: CrisisDriver?
    public let post: CrisisDriver?
    /// One line for people: the level, the numbers behind it, what drives it.
    public let reason: String
    public let settings: StormSettings

    /// From 2 on the console raises an alert naming `post` or `topic`.
    public var isAlert: Bool { level.isAlert }
    public var isManual: Bool { manual != nil }

    /// The alert's line for the top bar from level 2 on (nil below): the level and what drives it,
    /// e.g. `crisis 2 (storm): post share:sh-17, topic netzentgelte`. `post?.post` is where to jump.
    public var alert: String? {
        guard isAlert else { return nil }
        let what = [post.map { "post \($0.name)" }, topic.map { "topic \($0.name)" }, post == nil && topic == nil ? network.map { "on \($0.name)" } : nil]
            .compactMap { $0 }
        return "crisis \(level)" + (manual.map { ", set by \($0.by)" } ?? "") + (what.isEmpty ? "" : ": " + what.joined(separator: ", "))
    }

    public static let formula = "z = √f × (count/f − median) / max(1.4826 × MAD, spreadFloor), at most 0 below minimumCount "
        + "(f: elapsed part of the quarter hour; median and MAD of the same weekday and quarter hour ± 1 in the past baselineWeeks weeks); "
        + "s = max(0, smoothing × z + (1 − smoothing) × s₋₁); level 1 when s ≥ level1Z, 2 when s ≥ level2Z for level2Buckets quarter hours, "
        + "3 when also s ≥ level3Z or the critical share is negativeShareRise above its baseline share, "
        + "4 when level4Networks networks are at 2 or more; the highest of the program and the networks; 5–6 only by hand"

    /// Reads the report at `moment`.
    public static func load(from source: some NewsroomReadSource, at moment: Date) throws -> CrisisReport {
        let config = source.config
        let settings = config.storm
        let counts = try StormCounts.read(from: source, at: moment, settings: settings, calendar: config.calendar)
        var signals: [CounterScope: StormSignal] = [:]
        for (scope, series) in counts.series { signals[scope] = StormDetector.signal(series, settings: settings) }
        let program = signals[.program]!

        func driver(_ scope: CounterScope, _ signal: StormSignal) -> CrisisDriver? {
            if let name = scope.networkName { return CrisisDriver(kind: .network, name: name.name, post: nil, signal: signal) }
            if let topic = scope.topicName { return CrisisDriver(kind: .topic, name: topic, post: nil, signal: signal) }
            if let target = scope.postTarget {
                return CrisisDriver(kind: .post, name: "\(target.kind.rawValue):\(target.id)", post: target, signal: signal)
            }
            return nil
        }
        let all = signals.compactMap { driver($0.key, $0.value) }
        let networks = all.filter { $0.kind == .network }.sorted {
            ($0.signal.level, $0.signal.smoothedZ, $1.name) > ($1.signal.level, $1.signal.smoothedZ, $0.name)
        }
        func leading(_ kind: CrisisDriver.Kind) -> CrisisDriver? {
            all.filter { $0.kind == kind && $0.signal.excess > 0 && $0.signal.recentCount >= Int64(settings.minimumCount) }.max {
                ($0.signal.excess, $0.signal.smoothedZ, $1.name) < ($1.signal.excess, $1.signal.smoothedZ, $0.name)
            }
        }
        let automatic = StormDetector.automaticLevel(program: program, networks: networks.map(\.signal), settings: settings)
        let manual = try source.manualCrisisLevel()
        let network = leading(.network), topic = leading(.topic), post = leading(.post)
        let reason = CrisisReason.text(automatic: automatic, manual: manual, program: program, networks: networks,
                                       topic: topic, post: post, settings: settings, calendar: config.calendar)
        return CrisisReport(at: moment, level: manual?.level ?? automatic, automatic: automatic, manual: manual,
                            quarterHour: DateInterval(start: counts.bucket.start, duration: Double(Bucket.seconds)),
                            elapsed: counts.elapsed, baselineWeeks: counts.baselineWeeks, program: program, networks: networks,
                            network: network, topic: topic, post: post, reason: reason, settings: settings)
    }

    private enum Key: String, CodingKey {
        case level, label, automatic, manual, isAlert, reason, at, quarterHour, elapsed, baselineWeeks, program, networks
        case network, topic, post, formula, settings
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(level, forKey: .level)
        try c.encode(level.label, forKey: .label)
        try c.encode(automatic, forKey: .automatic)
        if let manual {
            try c.encode(ManualJSON(manual), forKey: .manual)
        } else {
            try c.encodeNil(forKey: .manual)
        }
        try c.encode(isAlert, forKey: .isAlert)
        try c.encode(reason, forKey: .reason)
        try c.encode(Timestamp.format(at), forKey: .at)
        try c.encode(["start": Timestamp.format(quarterHour.start), "end": Timestamp.format(quarterHour.end)], forKey: .quarterHour)
        try c.encode(elapsed, forKey: .elapsed)
        try c.encode(baselineWeeks, forKey: .baselineWeeks)
        try c.encode(program, forKey: .program)
        try c.encode(networks, forKey: .networks)
        try c.encode(network, forKey: .network)
        try c.encode(topic, forKey: .topic)
        try c.encode(post, forKey: .post)
        try c.encode(Self.formula, forKey: .formula)
        try c.encode(settings, forKey: .settings)
    }

    private struct ManualJSON: Encodable {
        let level: CrisisLevel, label: String, note: String, by: String, at: String, seq: Int64
        init(_ m: ManualCrisisLevel) {
            level = m.level
            label = m.level.label
            note = m.note
            by = m.by
            at = Timestamp.format(m.at)
            seq = m.version
        }
    }
}

/// A scope that drives the storm: a network, a topic, or the post the comments are on (`post`
/// holds its kind and id, to open its comments in the moderation queue), with its reading.
public struct CrisisDriver: Equatable, Sendable, Encodable {
    public enum Kind: String, Sendable, Encodable { case network, topic, post }
    public let kind: Kind
    /// The network's name, the topic, or the post as `kind:id` (`share:sh-17`).
    public let name: String
    public let post: CommentTarget?
    public let signal: StormSignal

    public init(kind: Kind, name: String, post: CommentTarget?, signal: StormSignal) {
        self.kind = kind
        self.name = name
        self.post = post
        self.signal = signal
    }

    private enum Key: String, CodingKey { case kind, name, post, signal }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
        if let post { try c.encode(post, forKey: .post) }
        try c.encode(signal, forKey: .signal)
    }
}
