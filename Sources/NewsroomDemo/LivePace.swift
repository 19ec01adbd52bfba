import Foundation

/// How many events of each kind a simulated hour brings at one moment of the feed: what the
/// newsroom's own life asks for (comments, shares, mentions), the analytics polls, the storm,
/// and what the rate makes of them.
public struct LivePace: Hashable, Sendable {
    /// Comments an hour (each is two events: received and classified).
    public var comments: Double
    public var shares: Double
    /// Mention counts an hour (one per source and topic at the top of the hour).
    public var mentions: Double
    /// Share measurements an hour.
    public var measurements: Double
    /// Storm comments an hour (two events each), while a storm runs.
    public var stormComments: Double
    /// The part of the newsroom's usual comments, shares and mentions the rate leaves room for
    /// (1: all of them).
    public var thinning: Double

    /// Events a simulated hour in all.
    public var events: Double { 2 * comments + shares + mentions + measurements + 2 * stormComments }

    /// The pace at one moment: `comments`, `shares` and `mentions` an hour are the newsroom's own
    /// life, `polls` the analytics polls its growing shares call for, `budget` the events a
    /// simulated hour the rate allows (nil: the newsroom's own pace). Measurements fill what the
    /// rest leaves of the budget; when the newsroom's own life alone exceeds it, that is thinned.
    static func at(comments: Double, shares: Double, mentions: Double, polls: Double, stormComments: Double, budget: Double?) -> LivePace {
        let life = 2 * comments + shares + mentions
        guard let budget else {
            return LivePace(comments: comments, shares: shares, mentions: mentions, measurements: polls, stormComments: stormComments, thinning: 1)
        }
        let thinning = life > 0 ? min(1, budget / life) : 1
        // Thinned, the newsroom's own life takes the whole budget: nothing is left for measurements
        // (computed, `budget - life × budget / life` may round to a hair above 0).
        let measurements = thinning < 1 ? 0 : max(0, budget - life - 2 * stormComments)
        return LivePace(comments: comments * thinning, shares: shares * thinning, mentions: mentions * thinning,
                        measurements: measurements, stormComments: stormComments, thinning: thinning)
    }
}
