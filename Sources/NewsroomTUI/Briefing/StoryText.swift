import Foundation
import NewsroomCore

/// A story as readable text for `$EDITOR`, and back: `field: value` lines, longer texts indented
/// under their field. Read back strictly: a mistake is reported by line, and nothing is changed.
public enum StoryText {
    public static func render(_ content: StoryContent) -> String {
        var out = """
            # Edit the story, save and quit. Lines starting with # are ignored.
            # Longer texts go on the lines below their field, indented by two spaces.
            # Post texts: one "post NETWORK:" block each; several per network are allowed.

            headline: \(content.headline)
            link: \(content.link ?? "")
            source: \(content.source.rawValue)
            language: \(content.language)
            topics: \(content.topics.joined(separator: ", "))
            teams: \(content.restriction.teams.joined(separator: ", "))
            roles: \(content.restriction.roles.joined(separator: ", "))

            """
        out += block("summary", content.summary)
        out += block("approved wording", content.approvedWording ?? "")
        out += "talking points:\n" + content.talkingPoints.map { "  - \($0)\n" }.joined()
        for post in content.postTexts { out += block("post \(post.network.name)", post.text) }
        return out
    }

    private static func block(_ name: String, _ text: String) -> String {
        "\(name):\n" + (text.isEmpty ? "" : lines(text).map { "  \($0)\n" }.joined())
    }

    /// The lines of `text`, split at every `\n` by scalars (Swift sees `\r\n` as one character
    /// that is no `\n`), without the `\r`s before it: Windows line ends read as `\n`.
    static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = line
            while line.last == "\r" { line.removeLast() }
            return String(line)
        }
    }

    /// A line that cannot be read, with its number.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let problem: String
        public var description: String { "line \(line): \(problem)" }
    }

    /// Reads the text back (by `lines`, so Windows line ends work); values lose white space and
    /// `\r`s at their ends.
    public static func parse(_ text: String) throws(ParseError) -> StoryContent {
        var fields: [String: String] = [:]
        var blocks: [(name: String, line: Int, lines: [String])] = []
        var current: Int?
        for (index, line) in lines(text).enumerated() {
            let number = index + 1
            if line.hasPrefix("#") { continue }
            // By scalars: a combining mark after the indent makes one Character with its space.
            if line.unicodeScalars.starts(with: "  ".unicodeScalars), let c = current {
                blocks[c].lines.append(String(line.unicodeScalars.dropFirst(2)))
                continue
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw ParseError(line: number, problem: "expected `field: value` or an indented line, found '\(line.prefix(40))'")
            }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            switch name {
            case "headline", "link", "source", "language", "topics", "teams", "roles":
                fields[name] = value
                current = nil
            case "summary", "approved wording", "talking points":
                blocks.append((name, number, value.isEmpty ? [] : [value]))
                current = blocks.count - 1
            default:
                // By scalars: a network name that starts with a combining mark joins the space.
                guard name.unicodeScalars.starts(with: "post ".unicodeScalars),
                      !String(name.unicodeScalars.dropFirst(5)).trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw ParseError(line: number, problem: "unknown field '\(name)'; fields: headline, link, source, language, topics, teams, roles, summary, approved wording, talking points, post NETWORK")
                }
                blocks.append((name, number, value.isEmpty ? [] : [value]))
                current = blocks.count - 1
            }
        }
        guard let headline = fields["headline"], !headline.isEmpty else {
            throw ParseError(line: 1, problem: "the headline is missing or empty")
        }
        let sourceText = fields["source"] ?? "other"
        guard let source = StorySource(rawValue: sourceText.isEmpty ? "other" : sourceText) else {
            throw ParseError(line: line(of: "source", in: text), problem: "unknown source '\(sourceText)'; use \(StorySource.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let language = fields["language"].flatMap { $0.isEmpty ? nil : $0 } ?? "de"
        guard ["de", "en"].contains(language) else {
            throw ParseError(line: line(of: "language", in: text), problem: "language is de or en, found '\(language)'")
        }
        func list(_ name: String) -> [String] {
            (fields[name] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
        let link = fields["link"].flatMap { $0.isEmpty ? nil : $0 }
        if let link, !(link.hasPrefix("https://") || link.hasPrefix("http://")) {
            throw ParseError(line: line(of: "link", in: text), problem: "a link starts with https://, found '\(link)'")
        }
        var content = StoryContent(headline: headline, link: link, source: source, language: language, topics: list("topics").map { $0.lowercased() },
                                   restriction: StoryRestriction(teams: list("teams"), roles: list("roles")))
        for block in blocks {
            let body = block.lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            switch block.name {
            case "summary": content.summary = body
            case "approved wording": content.approvedWording = body.isEmpty ? nil : body
            case "talking points":
                content.talkingPoints = block.lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
                    // By scalars: a point that starts with a combining mark joins it to the space
                    // before it, so the Characters would not start with "- ".
                    .map { $0.unicodeScalars.starts(with: "- ".unicodeScalars) ? String($0.unicodeScalars.dropFirst(2)) : $0 }
            default:
                let network = String(block.name.unicodeScalars.dropFirst(5)).trimmingCharacters(in: .whitespaces)
                guard !body.isEmpty else { continue }
                content.postTexts.append(PostText(network: Network(network), text: body))
            }
        }
        return content
    }

    private static func line(of field: String, in text: String) -> Int {
        (lines(text).firstIndex { $0.lowercased().hasPrefix(field + ":") } ?? 0) + 1
    }
}
