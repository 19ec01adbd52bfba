import Foundation
import NewsroomCore

/// The briefing as Markdown, ready to mail to ambassadors: what may be shared (with the approved
/// wording and post texts per network, their length against the network's limit), what waits
/// for an embargo, what is held and why. German or English, after `language` in newsroom.yaml.
public struct BriefingMarkdown {
    public let report: BriefingReport
    public let config: NewsroomConfig

    public init(report: BriefingReport, config: NewsroomConfig) {
        self.report = report
        self.config = config
    }

    private var german: Bool { config.language == "de" }
    private func t(_ de: String, _ en: String) -> String { german ? de : en }

    public func render() -> String {
        let calendar = config.calendar
        var out: [String] = []
        out.append("# \(t("Briefing", "Briefing")) \(report.date) – \(report.newsroom)")
        out.append("")
        out.append("_\(t("Stand", "As of")) \(report.date) \(calendar.localTime(of: report.at)) (\(config.timeZone))_")
        if !report.topicHolds.isEmpty {
            out.append("")
            out.append("## \(t("Themen, die heute ruhen", "Topics on hold today"))")
            out.append("")
            for hold in report.topicHolds {
                out.append("- **\(inline(hold.topic))**: \(inline(hold.reason))")
            }
        }
        section(&out, t("Heute teilen", "Share today"), report.shareable) { row, out in storyBlock(row, &out) }
        section(&out, t("Sperrfrist", "Under embargo"), report.embargoed) { row, out in
            if case .embargoed(let until) = row.status {
                out.append("")
                out.append("### \(inline(row.story.content.headline))")
                out.append("")
                out.append(german ? "**Nicht vor \(calendar.localTime(of: until)) Uhr**" : "**Not before \(calendar.localTime(of: until))**")
                storyDetails(row, &out)
            }
        }
        section(&out, t("Zurückgehalten", "Held back"), report.held, list: true) { row, out in
            let reason: String
            switch row.status {
            case .hold(let r): reason = r
            case .topicHeld(let topic, let r): reason = "\(t("Thema", "topic")) \(topic): \(r)"
            default: reason = ""
            }
            out.append("- \(inline(row.story.content.headline)): \(inline(reason))")
        }
        section(&out, t("Noch nicht entschieden", "Not decided yet"), report.pending, list: true) { row, out in
            out.append("- \(inline(row.story.content.headline))")
        }
        if !report.notes.isEmpty {
            out.append("")
            out.append("## \(t("Notizen", "Notes"))")
            out.append("")
            for note in report.notes { out.append("- \(inline(note.text)) (\(note.by))") }
        }
        return out.joined(separator: "\n") + "\n"
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
    private func inline(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
