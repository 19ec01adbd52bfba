import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore

/// `newsroom kpi`: every KPI for a window, from the aggregates.
struct KPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpi",
        abstract: "Show the KPIs for a window: engagement score, reach, share of buzz, moderation, ambassadors.",
        discussion: """
            Windows: today, 7d (default), 30d, 90d or any Nd, campaign (the running one), campaign:NAME. \
            They start at midnight in the newsroom's time zone. With --json, every number sits beside what it \
            is made of; engagement.score, .reach, .interaction and .businessImpact are numbers (0-100). \
            The crisis level (crisis.level, 0-6) is the storm now, whatever the window; `newsroom crisis` shows it in full.
            """
    )

    @Option(help: ArgumentHelp("today, 7d, 30d, campaign ...", valueName: "window")) var window = "7d"
    @Flag(help: "Print the result as JSON.") var json = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try CommandContext(global)
        let store = try context.openStore()
        let chosen = try KPIReport.window(window, store: store, now: context.now)
        let report = try KPIReport.load(from: store, window: chosen, at: context.now)
        let board = try KPIBoard.load(from: store, window: chosen, at: context.now,
                                      excerpt: KPIBoard.readExcerpt(from: store, at: context.now, calendar: store.config.calendar))
        if json {
            var object = try KPIJSON.object(report)
            object["gauges"] = KPIBoardOutput.gauges(board)
            object["hashtags"] = KPIBoardOutput.hashtags(board)
            try Terminal.json(object)
        } else {
            Terminal.out(KPIText.render(report, config: store.config) + "\n\n" + KPIBoardOutput.lines(board).joined(separator: "\n"))
        }
    }
}

/// An Encodable as a JSON object tree, to nest in a larger document.
func jsonObject<T: Encodable>(_ value: T) throws -> Any {
    try JSONSerialization.jsonObject(with: EventJSON.encoder().encode(value), options: [.fragmentsAllowed])
}

enum KPIJSON {
    static func object(_ r: KPIReport) throws -> [String: Any] {
        let e = r.engagement
        return [
            "window": try jsonObject(r.window),
            "at": Timestamp.format(r.at),
            "engagement": ["score": e.score, "reach": e.reach.score, "interaction": e.interaction.score,
                           "businessImpact": e.businessImpact.score, "detail": try jsonObject(e)] as [String: Any],
            "socialFunnel": try jsonObject(r.funnel),
            "earnedMediaValue": try jsonObject(r.earnedMedia),
            "shareOfBuzz": try jsonObject(r.buzz),
            "topicFootprint": try jsonObject(r.footprint),
            "moderation": try KPIModerationJSON.object(r.moderation),
            "ambassadors": ["activity": try jsonObject(r.activity), "quiet": ["count": r.quiet.count, "items": try jsonObject(r.quiet)],
                            "reach": try jsonObject(r.reach),
                            "streaks": ["longest": r.streaks.values.max() ?? 0,
                                        "withStreak": r.streaks.values.filter { $0 > 0 }.count]] as [String: Any],
            "campaigns": try jsonObject(r.campaigns),
            "crisis": try jsonObject(r.crisis),
        ]
    }
}

enum KPIText {
    static func render(_ r: KPIReport, config: NewsroomConfig) -> String {
        let calendar = config.calendar
        let start = calendar.localDate(of: r.window.interval.start)
        var lines: [String] = []
        lines.append("KPIs \(r.window.name) (\(start) to \(calendar.dateTime(of: r.at)) \(calendar.zoneName)) – \(config.name)")
        lines.append("")
        let e = r.engagement
        lines.append("Engagement score  \(fmt(e.score, 1)) / 100")
        for f in e.factors {
            lines.append("  \(pad(f.factor.rawValue, 15)) \(bar(f.score)) \(fmt(f.score, 1))  (weight \(fmt(f.weight, 2)); \(count(f.weightedCount)) of \(count(f.reference))\(f.isCapped ? ", capped" : ""))")
        }
        lines.append("")
        lines.append("Reach             \(count(Double(r.funnel.impressions))) impressions, \(count(Double(r.funnel.clicks))) clicks, \(count(Double(r.funnel.visitsFromSocial))) visits from social"
                     + (r.funnel.visitsPerThousandImpressions.map { " (\(fmt($0, 2)) per 1,000 impressions)" } ?? ""))
        lines.append("Earned media      \(count(r.earnedMedia.total)) \(config.currency)")
        let buzz = r.buzz.topics.filter { $0.total > 0 }.map { "\($0.topic) \($0.share.map { fmt($0 * 100, 0) + " %" } ?? "–")" }
        lines.append("Share of buzz     " + (r.buzz.overall.map { fmt($0 * 100, 1) + " % overall" } ?? "no mentions") + (buzz.isEmpty ? "" : "; " + buzz.joined(separator: ", ")))
        let footprint = r.footprint.entries.prefix(5).map { "\($0.topic) \($0.mentionShare.map { fmt($0 * 100, 0) + " %" } ?? "–")" }
        lines.append("Topic footprint   " + (footprint.isEmpty ? "no mentions" : footprint.joined(separator: ", ")))
        lines.append("")
        lines += CrisisText.summary(r.crisis)
        lines.append("")
        lines += KPIModerationText.lines(r.moderation)
        lines.append("")
        lines.append("Ambassadors       active in the last 7 days: \(r.activity.program.active) of \(r.activity.program.all)"
                     + "; went quiet: \(r.quiet.count); longest weekly streak: \(r.streaks.values.max() ?? 0)")
        lines.append("                  reach: \(count(Double(r.reach.impressions))) impressions; potential reach \(count(Double(r.reach.potentialReach))) followers of active ambassadors")
        for c in r.campaigns {
            lines.append("Campaign          \(c.campaign): \(count(Double(c.count))) of \(count(c.target)) \(c.goalMetricName)" + (c.progress.map { " (\(fmt($0 * 100, 0)) %)" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    static func fmt(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
    static func count(_ value: Double) -> String { FigureText.grouped(Int64(value.rounded())) }
    static func minutes(_ m: Double) -> String { m >= 90 ? "\(fmt(m / 60, 1)) h" : "\(fmt(m, 0)) min" }
    static func bar(_ score: Double) -> String {
        let filled = Int((score / 10).rounded())
        return "[" + String(repeating: "#", count: max(0, min(10, filled))) + String(repeating: ".", count: 10 - max(0, min(10, filled))) + "]"
    }
}
