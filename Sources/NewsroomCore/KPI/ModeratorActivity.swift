import Foundation

/// How much moderation work each person did in a window, as actions per hour: from the
/// `.moderationActions` counters in `.moderator(name)` scopes (one per person, so the read is
/// bounded by the team, not the history). For seeing who carries the queue, and when a shift is short.
public struct ModeratorActivity: Hashable, Sendable, Encodable {
    /// One moderator's actions in the window.
    public struct Entry: Hashable, Sendable {
        public let moderator: String
        public let actions: Int64
        /// `actions / elapsedHours`; nil when no time of the window has passed.
        public let perHour: Double?
    }

    public let window: KPIWindow
    /// Hours of the window that have passed at the moment: from its start to the earlier of its end and the moment.
    public let elapsedHours: Double
    /// Actions by everyone (the program scope).
    public let total: Int64
    /// Everyone with an action in the window, most actions first, then by name.
    public let moderators: [Entry]

    public static let formula = "perHour = actions in the window / hours from the window's start to min(now, its end)"

    /// Everyone's actions per hour together; nil when no time has passed.
    public var totalPerHour: Double? { elapsedHours > 0 ? Double(total) / elapsedHours : nil }

    /// The `count` most active.
    public func top(_ count: Int) -> [Entry] { Array(moderators.prefix(max(0, count))) }

    public init(window: KPIWindow, at moment: Date, total: Int64, actions: [String: Int64]) {
        self.window = window
        let end = min(moment, window.interval.end)
        let hours = max(0, end.timeIntervalSince(window.interval.start) / 3600)
        elapsedHours = hours
        self.total = total
        moderators = actions.filter { $0.value > 0 }
            .map { Entry(moderator: $0.key, actions: $0.value, perHour: hours > 0 ? Double($0.value) / hours : nil) }
            .sorted { $0.actions != $1.actions ? $0.actions > $1.actions : $0.moderator < $1.moderator }
    }

    public static func compute(_ source: some CounterSource, window: KPIWindow, at moment: Date) throws -> ModeratorActivity {
        var total: Int64 = 0
        var actions: [String: Int64] = [:]
        for (scope, sum) in try source.sums(of: .moderationActions, over: window.buckets) {
            if scope == .program {
                total += sum
            } else if let name = scope.moderatorName {
                actions[name, default: 0] += sum
            }
        }
        return ModeratorActivity(window: window, at: moment, total: total, actions: actions)
    }

    /// Whether an event counts as a moderation action: a decision on a comment (a person's
    /// classification, assigning, replying, escalating, moving it to a state, hiding, unhiding;
    /// an undo counts as the events it writes) by a person. Claims and releases are not
    /// decisions; a model's classification and an importer's events are not a person's work.
    public static func isAction(_ payload: EventPayload, by actor: String) -> Bool {
        switch payload {
        case .commentClassified(let b):
            guard b.isByModerator else { return false }
        case .commentAssigned, .commentReplied, .commentEscalated, .commentMoved, .commentHidden, .commentUnhidden:
            break
        default:
            return false
        }
        return !actor.hasPrefix("import:") && !actor.hasPrefix("model:")
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(window, forKey: "window")
        try c.encode(elapsedHours, forKey: "elapsedHours")
        try c.encode(total, forKey: "total")
        try c.encode(totalPerHour, forKey: "totalPerHour")
        try c.encode(Self.formula, forKey: "formula")
        var list = c.nestedUnkeyedContainer(forKey: "moderators")
        for entry in moderators {
            var item = list.nestedContainer(keyedBy: KPIKey.self)
            try item.encode(entry.moderator, forKey: "moderator")
            try item.encode(entry.actions, forKey: "actions")
            try item.encode(entry.perHour, forKey: "perHour")
        }
    }
}
