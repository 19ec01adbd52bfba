import Foundation

/// How far a projection rebuild has come. It runs once, at open, when the fold's version
/// changed, and on a large store takes long enough that a terminal should see it move.
public struct RebuildProgress: Sendable, Equatable {
    /// Events folded so far.
    public var events: Int
    /// Events in the log.
    public var total: Int
    /// Seconds since the rebuild began.
    public var elapsed: Double
    /// True for the last report, once the rebuild is committed.
    public var finished: Bool

    public init(events: Int, total: Int, elapsed: Double, finished: Bool) {
        self.events = events
        self.total = total
        self.elapsed = elapsed
        self.finished = finished
    }

    /// Seconds still to go at the rate so far.
    public var estimatedRemaining: Double? {
        guard events > 0, elapsed > 0.5, total >= events else { return nil }
        return elapsed * Double(total - events) / Double(events)
    }
}
