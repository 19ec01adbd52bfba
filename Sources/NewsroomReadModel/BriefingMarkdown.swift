import Foundation
import NewsroomCore

/// The briefing as Markdown, ready to mail to ambassadors: what may be shared (with the approved
/// wording and post texts per network, their length against the network's limit), what waits
/// for an embargo, what is held back. Every story says what it is now and what it will be later
/// today, so a story whose embargo lifts into a topic hold is listed as held, without post texts.
/// Hold reasons are internal: one is mailed only when the editor marked it for the ambassadors
/// (`DecisionRecord.reasonForAmbassadors`); a topic hold names its topic, never its reason.
/// German or English, after `language` in newsroom.yaml.
public struct BriefingMarkdown {
    public let report: BriefingReport
    public let config: NewsroomConfig

    public init(report: BriefingReport, config: NewsroomConfig) {
        self.report = report
        self.config = config
    }

    private var german: Bool { config.language == "de" }
    private func t(_ de: String, _ en: String) -> String { german ? de : en }
    private var calendar: NewsroomCalendar { config.calendar }

    public func render() -> String {
        var out: [String] = []
        out.append("# \(t("Briefing", "Briefing")) \(report.date) – \(inline(report.newsroom))")
        out.append("")
        out.append("_\(t("Stand", "As of")) \(report.date) \(calendar.localTime(of: report.at)) (\(config.timeZone))_")
        if !report.topicHolds.isEmpty {
            out.append("")
            out.append("## \(t("Themen, die heute ruhen", "Topics on hold today"))")
            out.append("")
            out.append(t("Bitte heute nichts zu diesen Themen posten:", "Please post nothing on these topics today:"))
            out.append("")
            for hold in report.topicHolds { out.append("- **\(inline(hold.topic))**") }
        }
        let embargoThenShare = report.rows.filter { if case .embargoed = $0.status { return $0.laterToday.isShareable } else { return false } }
        let heldToday = report.rows.filter { !$0.status.isShareable && $0.status != .pending && !$0.laterToday.isShareable }
        section(&out, t("Heute teilen", "Share today"), report.shareable) { row, out in storyBlock(row, &out) }
        section(&out, t("Sperrfrist", "Under embargo"), embargoThenShare) { row, out in storyBlock(row, &out) }
        section(&out, t("Zurückgehalten", "Held back"), heldToday, list: true) { row, out in
            out.append("- \(inline(row.story.content.headline)): \(statusLine(row))")
        }
        section(&out, t("Noch nicht entschieden", "Not decided yet"), report.pending, list: true) { row, out in
            out.append("- \(inline(row.story.content.headline)): \(statusLine(row))")
        }
        if !report.notes.isEmpty {
            out.append("")
            out.append("## \(t("Notizen", "Notes"))")
            out.append("")
            for note in report.notes { out.append("- \(inline(note.text)) (\(note.by))") }
        }
        // Blocks of text (approved wording, post texts) keep their lines; nothing else gets through.
        return PrintableText.text(out.joined(separator: "\n") + "\n")
    }

    /// What the story is now and what it will be later today, in the reader's words.
    private func statusLine(_ row: BriefingRow) -> String {
        switch row.status {
        case .share: return t("jetzt teilen", "share now")
        case .released(let ended):
            return t("jetzt teilen (Sperrfrist endete \(calendar.localTime(of: ended)) Uhr)", "share now (embargo ended \(calendar.localTime(of: ended)))")
        case .pending: return t("noch nicht entschieden", "not decided yet")
        case .hold(let reason):
            let shared = row.decision?.reasonForAmbassadors == true ? ": \(inline(reason))" : ""
            return t("heute zurückgehalten", "held today") + shared
        case .topicHeld(let topic, _):
            return t("heute zurückgehalten: das Thema \(inline(topic)) ruht", "held today: the topic \(inline(topic)) is on hold")
        case .embargoed(let until):
            let lifts = calendar.localDate(of: until) == report.date ? "\(calendar.localTime(of: until))"
                                                                     : "\(calendar.localDate(of: until)) \(calendar.localTime(of: until))"
            let now = t("Sperrfrist bis \(lifts) Uhr", "embargo until \(lifts)")
            switch row.laterToday {
            case .topicHeld(let topic, _):
                return now + t("; danach zurückgehalten, das Thema \(inline(topic)) ruht heute",
                               "; held when the embargo lifts at \(lifts), the topic \(inline(topic)) is on hold today")
            case let later where later.isShareable:
                return now + t("; ab \(lifts) Uhr teilen", "; may be shared from \(lifts)")
            default:
                return now + t(": heute nicht", ": not today")
            }
        }
    }

    private func section(_ out: inout [String], _ title: String, _ rows: [BriefingRow], list: Bool = false,
                         _ body: (BriefingRow, inout [String]) -> Void) {
        guard !rows.isEmpty else { return }
        out.append("")
        out.append("## \(title) (\(rows.count))")
        if list { out.append("") }
        for row in rows { body(row, &out) }
    }

    private func storyBlock(_ row: BriefingRow, _ out: inout [String]) {
        out.append("")
        out.append("### \(inline(row.story.content.headline))")
        out.append("")
        out.append("**\(statusLine(row))**")
        storyDetails(row, &out)
    }

    private func storyDetails(_ row: BriefingRow, _ out: inout [String]) {
        let c = row.story.content
        out.append("")
        if !c.summary.isEmpty { out.append(inline(c.summary)); out.append("") }
        if let link = c.link { out.append("- Link: \(link)") }
        if !c.topics.isEmpty { out.append("- \(t("Themen", "Topics")): \(c.topics.map(inline).joined(separator: ", "))") }
        if c.restriction.isRestricted {
            let who = c.restriction.teams + c.restriction.roles
            out.append("- **\(t("Nur für", "Only for")): \(who.map(inline).joined(separator: ", "))**")
        }
        if let wording = c.approvedWording, !wording.isEmpty {
            out.append("- **\(t("Sprachregelung", "Approved wording")):** \(inline(wording))")
        } else {
            out.append("- **\(t("Noch keine Sprachregelung: bitte in eigenen Worten.", "No approved wording yet: in your own words."))**")
        }
        if !c.talkingPoints.isEmpty {
            out.append("- \(t("Kernbotschaften", "Talking points")):")
            for point in c.talkingPoints { out.append("  - \(inline(point))") }
        }
        if !c.postTexts.isEmpty {
            out.append("- \(t("Posttexte", "Post texts")):")
            for post in c.postTexts {
                let limit = config.network(post.network)?.postLimit
                let length = post.text.count
                var label = "\(post.network.name) (\(length)\(limit.map { "/\($0)" } ?? "") \(t("Zeichen", "characters"))"
                if let limit, length > limit { label += t(", **\(length - limit) zu lang**", ", **\(length - limit) too long**") }
                label += ")"
                out.append("  - \(label):")
                out.append("")
                for line in post.text.split(separator: "\n", omittingEmptySubsequences: false) { out.append("    > \(line)") }
                out.append("")
            }
        }
    }

    /// Text from the store on one Markdown line: line breaks flattened.
    /// One line of someone's text: line breaks as spaces, controls made visible (`PrintableText`).
    private func inline(_ text: String) -> String {
        PrintableText.line(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}
