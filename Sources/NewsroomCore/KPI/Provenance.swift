/// Where a number comes from, so the wall never passes an estimate off as a count: measured
/// (counted from events), estimated (worked out from something else, e.g. potential reach from
/// follower counts, media value from rates) or missing (no source gave the figure).
public enum Provenance: String, Hashable, Sendable, Codable, CaseIterable {
    case measured, estimated, missing

    /// The mark shown beside a value, and its meaning for the legend.
    public var mark: String {
        switch self {
        case .measured: return "●"
        case .estimated: return "◐"
        case .missing: return "○"
        }
    }

    /// The weaker of two: what a number made of both can claim.
    public func weakest(_ other: Provenance) -> Provenance {
        let order: [Provenance] = [.measured, .estimated, .missing]
        return order[max(order.firstIndex(of: self)!, order.firstIndex(of: other)!)]
    }
}
