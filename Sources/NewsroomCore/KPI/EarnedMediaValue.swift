/// Earned media value: what the reach and interaction our ambassadors earned would have cost as
/// paid media, priced per network with the rates in `newsroom.yaml` (`networks:` cpm, cpc,
/// reactionMultiplier). A rough money figure for people who think in budgets, not a KPI to steer by.
///
/// Per network: `impressions / 1000 × cpm + clicks × cpc + reactions × cpc × reactionMultiplier`.
/// It reads the share counters in `.network(name)` scopes.
public struct EarnedMediaValue: Hashable, Sendable, Encodable {
    /// One network's value and its inputs.
    public struct NetworkValue: Hashable, Sendable, Encodable {
        public let network: Network
        public let impressions: Int64
        public let clicks: Int64
        public let reactions: Int64
        public let cpm: Double
        public let cpc: Double
        public let reactionMultiplier: Double

        public var value: Double {
            Double(impressions) / 1000 * cpm + Double(clicks) * cpc + Double(reactions) * cpc * reactionMultiplier
        }
    }

    public let window: KPIWindow
    public let currency: String
    /// Networks with rates, sorted by name.
    public let networks: [NetworkValue]
    /// Networks with counts but no rates in the configuration: not priced.
    public let unpriced: [Network]

    public var total: Double { networks.reduce(0) { $0 + $1.value } }

    public static let formula = "Σ per network: impressions / 1000 × cpm + clicks × cpc + reactions × cpc × reactionMultiplier"

    /// Prices the window's per-network counters with the configured rates.
    public static func compute(_ source: some CounterSource, window: KPIWindow, config: NewsroomConfig) throws -> EarnedMediaValue {
        let buckets = window.buckets
        var counts: [Network: [Metric: Int64]] = [:]
        for metric in [Metric.impressions, .clicks, .reactions] {
            for (scope, total) in try source.sums(of: metric, over: buckets) {
                guard let network = scope.networkName else { continue }
                counts[network, default: [:]][metric] = total
            }
        }
        var priced: [NetworkValue] = []
        var unpriced: [Network] = []
        for (network, metrics) in counts.sorted(by: { $0.key < $1.key }) {
            guard let rates = config.network(network) else {
                unpriced.append(network)
                continue
            }
            priced.append(NetworkValue(network: network, impressions: metrics[.impressions] ?? 0, clicks: metrics[.clicks] ?? 0,
                                       reactions: metrics[.reactions] ?? 0, cpm: rates.cpm, cpc: rates.cpc,
                                       reactionMultiplier: rates.reactionMultiplier))
        }
        return EarnedMediaValue(window: window, currency: config.currency, networks: priced, unpriced: unpriced)
    }
}

extension EarnedMediaValue.NetworkValue {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(network, forKey: "network")
        try c.encode(value, forKey: "value")
        try c.encode(impressions, forKey: "impressions")
        try c.encode(clicks, forKey: "clicks")
        try c.encode(reactions, forKey: "reactions")
        try c.encode(cpm, forKey: "cpm")
        try c.encode(cpc, forKey: "cpc")
        try c.encode(reactionMultiplier, forKey: "reactionMultiplier")
    }
}

extension EarnedMediaValue {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(total, forKey: "total")
        try c.encode(currency, forKey: "currency")
        try c.encode(window, forKey: "window")
        try c.encode(Self.formula, forKey: "formula")
        try c.encode(networks, forKey: "networks")
        try c.encode(unpriced, forKey: "unpriced")
    }
}
