import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore

/// `newsroom ambassadors`: who shares, reach, engagement, who went quiet.
struct AmbassadorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ambassadors",
        abstract: "Show the ambassador table: shares, reach and engagement in a window, streaks and flags.",
        discussion: "Flags: quiet (no share for ambassadors.quietAfterDays), untrained (no valid training), no guideline (not acknowledged), left."
    )

    @Option(help: "Only this team.") var team: String?
    @Option(help: ArgumentHelp("7d, 30d or 90d.", valueName: "window")) var window = "30d"
    @Flag(help: "Print the result as JSON.") var json = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try CommandContext(global)
        let store = try context.openStore()
        guard ["7d", "30d", "90d"].contains(window) else { throw ValidationError("use --window 7d, 30d or 90d") }
        if let team, !store.config.teams.contains(team), try store.ambassadors(team: team).isEmpty {
            throw ValidationError("no team '\(team)'; teams: \(store.config.teams.joined(separator: ", "))")
        }
        let now = context.now
        let kpiWindow = try KPIReport.window(window, store: store, now: now)
        let ambassadors = try store.ambassadors(team: team)
        let scores = try EngagementScore.ambassadors(ambassadors.map(\.id), store, window: kpiWindow, settings: store.config.engagement)
        let shares = try store.sums(of: .sharesPosted, over: kpiWindow.buckets)
        let impressions = try store.sums(of: .impressions, over: kpiWindow.buckets)
        let quiet = Set(QuietAmbassador.list(ambassadors, at: now, settings: store.config.ambassadors).map(\.id))
        let calendar = store.config.calendar
        let rows = ambassadors.map { a -> AmbassadorRow in
            var flags: [String] = []
            if a.hasLeft(at: now) { flags.append("left") }
            if quiet.contains(a.id) { flags.append("quiet") }
            if !a.isTrained(at: now) { flags.append("untrained") }
            if a.guidelineAcknowledgedAt == nil { flags.append("no guideline") }
            return AmbassadorRow(ambassador: a, shares: shares[.ambassador(a.id)] ?? 0, impressions: impressions[.ambassador(a.id)] ?? 0,
                                 score: scores[a.id]?.score ?? 0, streak: a.weeklyStreak(at: now, calendar: calendar), flags: flags)
        }.sorted { ($0.score, $0.impressions) > ($1.score, $1.impressions) }
        if json {
            try Terminal.json(["window": try jsonObject(kpiWindow), "team": nullable(team), "count": rows.count,
                               "ambassadors": rows.map { r -> [String: Any] in
                                   ["id": r.ambassador.id.rawValue, "name": r.ambassador.name, "team": r.ambassador.team, "role": r.ambassador.role,
                                    "shares": r.shares, "impressions": r.impressions, "engagementScore": r.score, "weeklyStreak": r.streak,
                                    "followers": r.ambassador.totalFollowers, "flags": r.flags,
                                    "lastSharedAt": nullable(r.ambassador.lastSharedAt.map(Timestamp.format))]
                               }])
            return
        }
        var table = TextTable([.init(title: "NAME", maxWidth: 26), .init(title: "TEAM", maxWidth: 16), .init(title: "SHARES", alignment: .right),
                               .init(title: "IMPRESSIONS", alignment: .right), .init(title: "SCORE", alignment: .right),
                               .init(title: "STREAK", alignment: .right), .init(title: "LAST SHARE"), .init(title: "FLAGS", maxWidth: 40)])
        for r in rows {
            table.add([r.ambassador.name, r.ambassador.team, "\(r.shares)", KPIText.count(Double(r.impressions)), KPIText.fmt(r.score, 0),
                       "\(r.streak)", r.ambassador.lastSharedAt.map { calendar.localDate(of: $0).description } ?? "never", r.flags.joined(separator: ", ")])
        }
        Terminal.out(table.render())
        let active = AmbassadorActivity.compute(ambassadors, at: now)
        Terminal.out("\n\(rows.count) ambassadors\(team.map { " in \($0)" } ?? ""); active in the last 7 days: \(active.program.active) of \(active.program.all); went quiet: \(quiet.count). Window: \(window); dates in \(calendar.zoneName).")
    }
}

struct AmbassadorRow {
    let ambassador: Ambassador
    let shares: Int64
    let impressions: Int64
    let score: Double
    let streak: Int
    let flags: [String]
}
