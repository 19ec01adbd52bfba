/// Visits from social against impressions on social: the KPI for goals such as trade-fair tickets,
/// where a visit to our site matters and an impression alone does not (DOMAIN.md, principle 6).
public struct SocialFunnel: Hashable, Sendable, Encodable {
    public let scope: CounterScope
    public let window: KPIWindow
    public let impressions: Int64
    public let clicks: Int64
    public let visitsFromSocial: Int64

    /// `visitsFromSocial / impressions`; nil when there were no impressions.
    public var visitsPerImpression: Double? { impressions > 0 ? Double(visitsFromSocial) / Double(impressions) : nil }
    /// The same per thousand impressions, the easier number to read.
    public var visitsPerThousandImpressions: Double? { visitsPerImpression.map { $0 * 1000 } }
    /// `visitsFromSocial / clicks`: how many clicks arrived; nil without clicks.
    public var visitsPerClick: Double? { clicks > 0 ? Double(visitsFromSocial) / Double(clicks) : nil }

    public init(scope: CounterScope, window: KPIWindow, impressions: Int64, clicks: Int64, visitsFromSocial: Int64) {
        self.scope = scope
        self.window = window
        self.impressions = impressions
        self.clicks = clicks
        self.visitsFromSocial = visitsFromSocial
    }

    /// The funnel of a scope (the program by default, or `.ambassador(id)`) in a window.
    public static func compute(_ source: some CounterSource, window: KPIWindow,
                               scope: CounterScope = .program) throws -> SocialFunnel {
        let buckets = window.buckets
        return SocialFunnel(scope: scope, window: window,
                            impressions: try source.sum(CounterKey(.impressions, scope), over: buckets),
                            clicks: try source.sum(CounterKey(.clicks, scope), over: buckets),
                            visitsFromSocial: try source.sum(CounterKey(.visitsFromSocial, scope), over: buckets))
    }
}

extension SocialFunnel {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(scope.description, forKey: "scope")
        try c.encode(window, forKey: "window")
        try c.encode(impressions, forKey: "impressions")
        try c.encode(clicks, forKey: "clicks")
        try c.encode(visitsFromSocial, forKey: "visitsFromSocial")
        try c.encode(visitsPerImpression, forKey: "visitsPerImpression")
        try c.encode(visitsPerThousandImpressions, forKey: "visitsPerThousandImpressions")
        try c.encode(visitsPerClick, forKey: "visitsPerClick")
        try c.encode("visitsPerImpression = visitsFromSocial / impressions", forKey: "formula")
    }
}
