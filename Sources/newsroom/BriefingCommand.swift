import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore

/// `newsroom briefing`: the day's agenda with its decisions; Markdown is what ambassadors receive.
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Show a day's briefing: what may be shared, what is held and why, what waits for an embargo.",
        discussion: """
            --format markdown prints the briefing to mail to ambassadors: every story's status now and later today, \
            approved wording and post texts per network (with their length against the network's limit) for what may \
            be shared today, embargo times, and the topics on hold. Hold reasons are internal and stay out of it, \
            except a reason the editor marked for the ambassadors. The text and JSON output are internal and show every reason.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown }

    @Option(help: ArgumentHelp("The day, YYYY-MM-DD in the newsroom's time zone (default: today).", valueName: "date")) var date: String?
    @Option(help: "text or markdown.") var format: Format = .text
    @Flag(help: "Print the result as JSON.") var json = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try CommandContext(global)
        let store = try context.openStore()
        let day = try resolveDate(date, store: store, now: context.now)
        let report = try BriefingReport.load(from: store, date: day, at: context.now)
        if json {
            try Terminal.json(BriefingJSON.object(report, calendar: store.config.calendar))
        } else if format == .markdown {
            Terminal.out(BriefingMarkdown(report: report, config: store.config).render())
        } else {
            Terminal.out(BriefingText.render(report, calendar: store.config.calendar))
        }
    }
}

/// Reads `--date`, defaulting to today in the newsroom's zone.
func resolveDate(_ text: String?, store: FolderStore, now: Date) throws -> LocalDate {
    guard let text else { return store.config.calendar.localDate(of: now) }
    guard let date = LocalDate(text) else { throw ValidationError("cannot read the date '\(text)': give it as YYYY-MM-DD, e.g. 2026-11-24") }
    return date
}

/// The briefing as a table for the terminal.
enum BriefingText {
    static func render(_ report: BriefingReport, calendar: NewsroomCalendar) -> String {
        var lines = ["Briefing \(report.date) – \(report.newsroom)  (as of \(calendar.localTime(of: report.at)) \(calendar.zoneName))", ""]
        if report.rows.isEmpty {
            lines.append("No stories on the agenda of \(report.date).")
        } else {
            var table = TextTable([.init(title: "#", alignment: .right), .init(title: "STATUS", maxWidth: 44), .init(title: "HEADLINE", maxWidth: 56),
                                   .init(title: "TOPICS", maxWidth: 24), .init(title: "TEAMS", maxWidth: 20), .init(title: "SHARES", alignment: .right),
                                   .init(title: "DECIDED BY", maxWidth: 16)])
            for row in report.rows {
                var status = row.status.text(calendar: calendar, at: report.at)
                if row.story.content.approvedWording == nil, row.status.isShareable { status += " · own words" }
                let teams = row.story.content.restriction.isRestricted
                    ? "only " + (row.story.content.restriction.teams + row.story.content.restriction.roles).joined(separator: ", ") : "all"
                let topics = row.story.content.topics.map { t in row.heldTopic?.topic == t ? "\(t) (held)" : t }.joined(separator: ", ")
                table.add(["\(row.position)", status, row.story.content.headline, topics, teams, "\(row.sharesSoFar)", row.decision?.decidedBy ?? "–"])
            }
            lines.append(table.render())
        }
        if !report.topicHolds.isEmpty {
            lines.append("")
            lines.append("Topics held today: " + report.topicHolds.map { "\($0.topic) (\(terminalLine($0.reason, width: 60)), by \($0.heldBy))" }.joined(separator: "; "))
        }
        lines.append("")
        lines.append("\(report.shareable.count) to share, \(report.embargoed.count) under embargo, \(report.held.count) held, \(report.pending.count) pending.")
        return lines.joined(separator: "\n")
    }
}

/// The briefing as JSON: every story with its computed status at the given moment.
enum BriefingJSON {
    static func object(_ report: BriefingReport, calendar: NewsroomCalendar) -> [String: Any] {
        let rows: [[String: Any]] = report.rows.map { row in
            let c = row.story.content
            var status: [String: Any] = ["kind": row.status.badge, "shareable": row.status.isShareable]
            switch row.status {
            case .hold(let reason): status["reason"] = reason
            case .embargoed(let until): status["until"] = Timestamp.format(until); status["localTime"] = calendar.localTime(of: until).description
            case .released(let ended): status["embargoEnded"] = Timestamp.format(ended)
            case .topicHeld(let topic, let reason): status["topic"] = topic; status["reason"] = reason
            default: break
            }
            var o: [String: Any] = [
                "position": row.position, "storyId": row.story.id.rawValue, "headline": c.headline, "summary": c.summary,
                "topics": c.topics, "language": c.language, "source": c.source.rawValue, "status": status,
                "approvedWording": nullable(c.approvedWording), "ownWords": c.approvedWording == nil,
                "talkingPoints": c.talkingPoints, "restriction": ["teams": c.restriction.teams, "roles": c.restriction.roles],
                "postTexts": c.postTexts.map { ["network": $0.network.name, "text": $0.text, "length": $0.text.count] },
                "sharesSoFar": row.sharesSoFar, "link": nullable(c.link),
            ]
            if let d = row.decision {
                o["decision"] = ["kind": d.decision.kind, "by": d.decidedBy, "at": Timestamp.format(d.decidedAt), "note": nullable(d.note),
                                 "reasonForAmbassadors": d.reasonForAmbassadors]
            }
            return o
        }
        return [
            "newsroom": report.newsroom, "date": report.date.description, "at": Timestamp.format(report.at), "stories": rows,
            "topicHolds": report.topicHolds.map { ["topic": $0.topic, "reason": $0.reason, "by": $0.heldBy, "at": Timestamp.format($0.heldAt)] },
            "notes": report.notes.map { ["text": $0.text, "by": $0.by, "at": Timestamp.format($0.at)] },
            "counts": ["share": report.shareable.count, "embargo": report.embargoed.count, "held": report.held.count, "pending": report.pending.count],
        ]
    }
}
