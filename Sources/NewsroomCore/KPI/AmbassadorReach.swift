import Foundation

/// The program's reach in a window: impressions its shares actually earned (the `.impressions`
/// counter, program scope, summed over the window's buckets), beside its potential reach, the
/// followers of the ambassadors who are active at a moment (a share in the 7 days before it;
/// usually "now", which is also where the standard windows end).
public struct AmbassadorReach: Hashable, Sendable, Encodable {
    public let window: KPIWindow
    /// Impressions counted in the window.
    public let impressions: Int64
    /// Followers over all networks of ambassadors active at `at`.
    public let potentialReach: Int
    /// Followers of all ambassadors who have not left (active or not).
    public let memberFollowers: Int
    /// Impressions per ambassador in the window (only those with a count).
    public let impressionsByAmbassador: [AmbassadorID: Int64]
    /// The moment activity and membership were judged at.
    public let at: Date

    public static func compute(_ source: some CounterSource, ambassadors: some Sequence<Ambassador>,
                               window: KPIWindow, at moment: Date, activeWithinDays days: Int = 7) throws -> AmbassadorReach {
        let buckets = window.buckets
        var potential = 0
        var members = 0
        for a in ambassadors where !a.hasLeft(at: moment) {
            members += a.totalFollowers
            if a.isActive(at: moment, withinDays: days) { potential += a.totalFollowers }
        }
        var byAmbassador: [AmbassadorID: Int64] = [:]
        for (scope, total) in try source.sums(of: .impressions, over: buckets) {
            if let id = scope.ambassadorID { byAmbassador[id, default: 0] += total }
        }
        return AmbassadorReach(window: window, impressions: try source.sum(CounterKey(.impressions), over: buckets),
                               potentialReach: potential, memberFollowers: members, impressionsByAmbassador: byAmbassador, at: moment)
    }
}

extension AmbassadorReach {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(window, forKey: "window")
        try c.encodeTime(at, forKey: "at")
        try c.encode(impressions, forKey: "impressions")
        try c.encode(potentialReach, forKey: "potentialReach")
        try c.encode(memberFollowers, forKey: "memberFollowers")
        try c.encodeMap(impressionsByAmbassador, forKey: "impressionsByAmbassador") { $0.rawValue }
    }
}
