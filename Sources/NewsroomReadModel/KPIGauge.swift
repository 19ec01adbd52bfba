import Foundation
import NewsroomCore

/// One number on the KPI pane and the wall: its value for the window, the target it is measured
/// against, where it comes from, the period before for the arrow, the last day and month for the
/// sparklines, and the formula with today's numbers filled in, so it can be explained in the call.
public struct KPIGauge: Equatable, Sendable {
    /// Which figure it is: the key in `--json` and what the pane's drill-down reads parts for.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case campaignGoal, engagement, reach, interaction, businessImpact, visitsFromSocial, impressions, potentialReach,
             shareOfBuzz, activeAmbassadors, earnedMedia, backlog, oldestNew, firstReply, slaBreaches
    }

    /// How the value reads.
    public enum Unit: Equatable, Sendable {
        case score, count, ratio, minutes
        case money(String)
    }

    public let kind: Kind
    public let label: String
    public let value: Double?
    /// What counts as full (or, when lower is better, the limit); nil when the figure has none.
    public let target: Double?
    public let lowerIsBetter: Bool
    public let unit: Unit
    public let provenance: Provenance
    /// The value over the period before (`KPIWindow.previous`); nil for figures that are a state now.
    public let previous: Double?
    /// The last 24 hours by 15 minutes (96 values, oldest first); empty when the figure is a state.
    public let lastDay: [Double]
    /// The last 30 days by day (oldest first).
    public let lastMonth: [Double]
    /// What the sparklines plot, when it is not the value itself (e.g. "received" for the backlog).
    public let seriesLabel: String?
    /// The formula with the window's numbers filled in.
    public let formula: String
    /// What the value is made of, for the drill-down (factors, metrics, topics ...).
    public let parts: [KPIPart]
    /// The campaign a goal gauge is for.
    public let campaign: String?

    public init(kind: Kind, label: String, value: Double?, target: Double? = nil, lowerIsBetter: Bool = false, unit: Unit,
                provenance: Provenance, previous: Double? = nil, lastDay: [Double] = [], lastMonth: [Double] = [],
                seriesLabel: String? = nil, formula: String, parts: [KPIPart] = [], campaign: String? = nil) {
        self.kind = kind
        self.label = label
        self.value = value
        self.target = target
        self.lowerIsBetter = lowerIsBetter
        self.unit = unit
        self.provenance = provenance
        self.previous = previous
        self.lastDay = lastDay
        self.lastMonth = lastMonth
        self.seriesLabel = seriesLabel
        self.formula = formula
        self.parts = parts
        self.campaign = campaign
    }

    /// `value / target`: how full the bar is (above 1 is over target); nil without either.
    public var fraction: Double? {
        guard let value, let target, target > 0 else { return nil }
        return value / target
    }

    /// `value − previous`.
    public var delta: Double? {
        guard let value, let previous else { return nil }
        return value - previous
    }

    /// How the value stands against its target: what the theme colours.
    public var standing: Standing {
        guard let value, let target else { return .neutral }
        if lowerIsBetter {
            if value > target { return .bad }
            return value > target * 0.75 ? .close : .good
        }
        guard target > 0 else { return .good }
        let f = value / target
        return f >= 1 ? .good : f >= 0.5 ? .close : f >= 0.25 ? .short : .bad
    }

    /// Against the target: reached (or within the limit), close, short, far off; neutral without a target.
    public enum Standing: String, Sendable {
        case good, close, short, bad, neutral
    }
}

/// One line of a drill-down: a part of a number and what it contributes.
public struct KPIPart: Equatable, Sendable {
    /// The heading it is listed under ("factors", "top stories" ...).
    public let group: String
    public let label: String
    public let value: Double
    /// How the value is shown ("200,000 × 1 = 200,000").
    public let text: String

    public init(group: String, label: String, value: Double, text: String) {
        self.group = group
        self.label = label
        self.value = value
        self.text = text
    }
}
