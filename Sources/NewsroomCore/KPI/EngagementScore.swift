/// The three factors of the engagement score (Siemens' idea in DOMAIN.md): how far content got,
/// how people interacted with it, and what it brought the business.
public enum EngagementFactor: String, CaseIterable, Sendable, Codable {
    case reach, interaction, businessImpact

    /// The factor's metric weights from the configuration (keyed by `Metric` raw value).
    public func metricWeights(in settings: EngagementSettings) -> [String: Double] {
        switch self {
        case .reach: return settings.reach
        case .interaction: return settings.interaction
        case .businessImpact: return settings.businessImpact
        }
    }

    func value(in weights: FactorWeights) -> Double {
        switch self {
        case .reach: return weights.reach
        case .interaction: return weights.interaction
        case .businessImpact: return weights.businessImpact
        }
    }

    func value(in references: FactorReferences) -> Double {
        switch self {
        case .reach: return references.reach
        case .interaction: return references.interaction
        case .businessImpact: return references.businessImpact
        }
    }
}

/// One metric's part in a factor: its count in the window, its weight, and their product.
/// Provenance, so JSON and the drill-down can show what a factor is made of.
public struct MetricContribution: Hashable, Sendable, Encodable {
    public let metric: Metric
    public let weight: Double
    public let count: Int64
    public var weighted: Double { weight * Double(count) }

    public init(metric: Metric, weight: Double, count: Int64) {
        self.metric = metric
        self.weight = weight
        self.count = count
    }
}

/// One factor's score (0–100) with what it was computed from.
public struct FactorScore: Hashable, Sendable, Encodable {
    public let factor: EngagementFactor
    /// `100 × min(1, weightedCount / reference)`; 0 when the reference is not positive.
    public let score: Double
    /// Σ weight × count over `contributions`.
    public let weightedCount: Double
    /// The configured reference per 7 days, before scaling to the window.
    public let referencePerWeek: Double
    /// The reference the window is measured against: `referencePerWeek × window.days / 7`.
    public let reference: Double
    /// The factor's share of the total score (weights normalised to sum 1).
    public let weight: Double
    /// The metrics summed, in a stable order (the `Metric` declaration order).
    public let contributions: [MetricContribution]

    /// Whether the weighted count reached the reference, so the score sits at its cap of 100.
    public var isCapped: Bool { reference > 0 && weightedCount >= reference }
    /// What this factor adds to the total: `weight × score`.
    public var points: Double { weight * score }
}

/// The engagement score: one number from 0 to 100 for the program or one ambassador, the
/// weighted sum of the reach, interaction and business-impact factor scores, each of which
/// compares a weighted count of metrics in the window with a reference that counts as 100.
/// It carries its provenance (counts, weights, references) so a number can always be explained.
public struct EngagementScore: Hashable, Sendable, Encodable {
    /// `.program` or `.ambassador(id)`.
    public let scope: CounterScope
    public let window: KPIWindow
    /// `Σ weight × factor score`, 0–100.
    public let score: Double
    public let reach: FactorScore
    public let interaction: FactorScore
    public let businessImpact: FactorScore
    /// Metric names in the configuration that are not a `Metric`; they count for nothing.
    public let ignoredMetricNames: [String]

    public var factors: [FactorScore] { [reach, interaction, businessImpact] }

    /// The formula, for JSON and the drill-down.
    public static let formula = "score = Σ weight_f × factor_f over reach, interaction, businessImpact (weights normalised to sum 1); "
        + "factor_f = 100 × min(1, Σ metricWeight × count in window / (referencePerWeek_f × days / 7))"

    public func factor(_ factor: EngagementFactor) -> FactorScore {
        switch factor {
        case .reach: return reach
        case .interaction: return interaction
        case .businessImpact: return businessImpact
        }
    }

    /// The whole program's score: program counters against `programReference`.
    public static func program(_ source: some CounterSource, window: KPIWindow,
                               settings: EngagementSettings) throws -> EngagementScore {
        try compute(scope: .program, references: settings.programReference, source: source, window: window, settings: settings)
    }

    /// One ambassador's score: their counters against `ambassadorReference`.
    public static func ambassador(_ id: AmbassadorID, _ source: some CounterSource, window: KPIWindow,
                                  settings: EngagementSettings) throws -> EngagementScore {
        try compute(scope: .ambassador(id), references: settings.ambassadorReference, source: source, window: window, settings: settings)
    }

    /// Every listed ambassador's score, reading each metric once for all of them (one
    /// `sums(of:over:)` per metric instead of one query per ambassador and metric).
    /// Ambassadors without counts score 0.
    public static func ambassadors(_ ids: some Sequence<AmbassadorID>, _ source: some CounterSource, window: KPIWindow,
                                   settings: EngagementSettings) throws -> [AmbassadorID: EngagementScore] {
        let wanted = Set(ids)
        var perAmbassador: [AmbassadorID: [Metric: Int64]] = [:]
        for metric in metricsUsed(by: settings) {
            for (scope, total) in try source.sums(of: metric, over: window.buckets) {
                guard let id = scope.ambassadorID, wanted.contains(id) else { continue }
                perAmbassador[id, default: [:]][metric] = total
            }
        }
        var out: [AmbassadorID: EngagementScore] = [:]
        for id in wanted {
            let counts = perAmbassador[id] ?? [:]
            out[id] = make(scope: .ambassador(id), references: settings.ambassadorReference, window: window,
                           settings: settings) { counts[$0] ?? 0 }
        }
        return out
    }

    /// The score of any counter scope against given references (per 7 days).
    public static func compute(scope: CounterScope, references: FactorReferences, source: some CounterSource,
                               window: KPIWindow, settings: EngagementSettings) throws -> EngagementScore {
        var counts: [Metric: Int64] = [:]
        for metric in metricsUsed(by: settings) {
            counts[metric] = try source.sum(CounterKey(metric, scope), over: window.buckets)
        }
        return make(scope: scope, references: references, window: window, settings: settings) { counts[$0] ?? 0 }
    }

    /// The factor weights made non-negative and normalised to sum 1 (equal thirds when they sum to 0).
    public static func normalisedWeights(_ weights: FactorWeights) -> FactorWeights {
        let r = max(0, weights.reach), i = max(0, weights.interaction), b = max(0, weights.businessImpact)
        let total = r + i + b
        guard total > 0, total.isFinite else { return FactorWeights(reach: 1.0 / 3, interaction: 1.0 / 3, businessImpact: 1.0 / 3) }
        return FactorWeights(reach: r / total, interaction: i / total, businessImpact: b / total)
    }

    // MARK: - Internals

    private static func metricsUsed(by settings: EngagementSettings) -> [Metric] {
        let names = Set(EngagementFactor.allCases.flatMap { $0.metricWeights(in: settings).keys })
        return Metric.allCases.filter { names.contains($0.rawValue) }
    }

    private static func make(scope: CounterScope, references: FactorReferences, window: KPIWindow,
                             settings: EngagementSettings, count: (Metric) -> Int64) -> EngagementScore {
        let weights = normalisedWeights(settings.weights)
        var ignored: Set<String> = []
        func factorScore(_ factor: EngagementFactor) -> FactorScore {
            let metricWeights = factor.metricWeights(in: settings)
            ignored.formUnion(metricWeights.keys.filter { Metric(rawValue: $0) == nil })
            let contributions = Metric.allCases.compactMap { metric -> MetricContribution? in
                guard let w = metricWeights[metric.rawValue] else { return nil }
                return MetricContribution(metric: metric, weight: w, count: count(metric))
            }
            let weighted = contributions.reduce(0) { $0 + $1.weighted }
            let perWeek = factor.value(in: references)
            let reference = perWeek * window.scaleToWeek
            let score = reference > 0 ? 100 * min(1, max(0, weighted / reference)) : 0
            return FactorScore(factor: factor, score: score, weightedCount: weighted, referencePerWeek: perWeek,
                               reference: reference, weight: factor.value(in: weights), contributions: contributions)
        }
        let reach = factorScore(.reach)
        let interaction = factorScore(.interaction)
        let impact = factorScore(.businessImpact)
        let total = min(100, max(0, reach.points + interaction.points + impact.points))
        return EngagementScore(scope: scope, window: window, score: total, reach: reach, interaction: interaction,
                               businessImpact: impact, ignoredMetricNames: ignored.sorted())
    }
}

extension MetricContribution {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(metric, forKey: "metric")
        try c.encode(weight, forKey: "weight")
        try c.encode(count, forKey: "count")
        try c.encode(weighted, forKey: "weighted")
    }
}

extension FactorScore {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(factor, forKey: "factor")
        try c.encode(score, forKey: "score")
        try c.encode(weight, forKey: "weight")
        try c.encode(points, forKey: "points")
        try c.encode(weightedCount, forKey: "weightedCount")
        try c.encode(reference, forKey: "reference")
        try c.encode(referencePerWeek, forKey: "referencePerWeek")
        try c.encode(isCapped, forKey: "capped")
        try c.encode(contributions, forKey: "contributions")
    }
}

extension EngagementScore {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(scope.description, forKey: "scope")
        try c.encode(score, forKey: "score")
        try c.encode(window, forKey: "window")
        try c.encode(Self.formula, forKey: "formula")
        var f = c.nestedContainer(keyedBy: KPIKey.self, forKey: "factors")
        for factor in factors { try f.encode(factor, forKey: KPIKey(factor.factor.rawValue)) }
        try c.encode(ignoredMetricNames, forKey: "ignoredMetricNames")
    }
}
