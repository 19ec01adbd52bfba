import Foundation
import NewsroomCore

/// What a share figure on the board is made of, read when someone asks (`Enter` on a gauge): the
/// stories, ambassadors and topics that brought the most of it in the window. Ranked by the
/// gauge's own weighting of the metrics (a factor's metric weights; for the score, each metric's
/// points per unit), caps aside.
public struct KPIDrillDown: Equatable, Sendable {
    public let kind: KPIGauge.Kind
    public let window: KPIWindow
    /// Under "top stories", "top ambassadors", "top topics".
    public let parts: [KPIPart]

    /// How many of each are listed.
    public static let shown = 5

    /// The metrics a gauge weighs, and how much; nil for a gauge that is not made of share figures.
    public static func weights(of kind: KPIGauge.Kind, settings: EngagementSettings) -> [Metric: Double]? {
        func factor(_ f: EngagementFactor) -> [Metric: Double] {
            var out: [Metric: Double] = [:]
            for (name, weight) in f.metricWeights(in: settings) { if let m = Metric(rawValue: name) { out[m] = weight } }
            return out
        }
        switch kind {
        case .reach: return factor(.reach)
        case .interaction: return factor(.interaction)
        case .businessImpact: return factor(.businessImpact)
        case .engagement:
            let w = EngagementScore.normalisedWeights(settings.weights)
            let refs = settings.programReference
            var out: [Metric: Double] = [:]
            for (f, weight, reference) in [(EngagementFactor.reach, w.reach, refs.reach), (.interaction, w.interaction, refs.interaction),
                                           (.businessImpact, w.businessImpact, refs.businessImpact)] where reference > 0 {
                for (m, mw) in factor(f) { out[m, default: 0] += 100 * weight * mw / reference }
            }
            return out
        case .visitsFromSocial: return [.visitsFromSocial: 1]
        case .impressions, .earnedMedia: return [.impressions: 1]
        default: return nil
        }
    }

    /// Reads the window's per-ambassador and per-post counts of the gauge's metrics; nil when the gauge has none.
    public static func load(_ kind: KPIGauge.Kind, window: KPIWindow, from store: some NewsroomReadSource) throws -> KPIDrillDown? {
        guard let weights = weights(of: kind, settings: store.config.engagement) else { return nil }
        var byAmbassador: [AmbassadorID: Double] = [:]
        var byStory: [StoryID?: Double] = [:]
        for (metric, weight) in weights where weight != 0 {
            for (scope, n) in try store.sums(of: metric, over: window.buckets) {
                if let id = scope.ambassadorID { byAmbassador[id, default: 0] += weight * Double(n) }
                if let marks = scope.postMarks { byStory[marks.storyID, default: 0] += weight * Double(n) }
            }
        }
        let stories = try store.stories(byStory.keys.compactMap { $0 })
        var byTopic: [String: Double] = [:]
        for (id, value) in byStory {
            for topic in id.flatMap({ stories[$0] })?.content.topics ?? [] { byTopic[topic, default: 0] += value }
        }
        let names = Dictionary(try store.ambassadors().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let total = byStory.values.reduce(0, +)
        func part(_ group: String, _ label: String, _ value: Double) -> KPIPart {
            let share = total > 0 ? " (\(FigureText.percent(value / total)))" : ""
            return KPIPart(group: group, label: label, value: value, text: FigureText.short(value) + share)
        }
        func top<K>(_ values: [K: Double], _ name: (K) -> String) -> [(String, Double)] {
            values.map { (name($0.key), $0.value) }.filter { $0.1 > 0 }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(shown).map { $0 }
        }
        let parts = top(byStory) { $0.flatMap { stories[$0]?.content.headline ?? $0.rawValue } ?? "own posts (no story)" }.map { part("top stories", $0.0, $0.1) }
            + top(byAmbassador) { names[$0] ?? $0.rawValue }.map { part("top ambassadors", $0.0, $0.1) }
            + top(byTopic) { $0 }.map { part("top topics", $0.0, $0.1) }
        return KPIDrillDown(kind: kind, window: window, parts: parts)
    }
}
