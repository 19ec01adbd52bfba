/// A fact snippet as text for `$EDITOR` and the pane's `:snippet`, and back: a header of
/// `key: value` lines, a blank line, then the fact exactly as written.
/// Reading is strict: a mistake is reported by line with what to do, and nothing is changed.
public enum FactSnippetText {
    static let keys = ["title", "language", "source", "topics", "retired"]

    /// The snippet as text. Header values are one line each (a line break becomes a space, a
    /// topic cannot hold a comma); the fact is kept exactly, so `parse(format(s), id: s.id)`
    /// gives `s` back.
    public static func format(_ snippet: FactSnippet) -> String {
        """
        # Fact snippet \(EditText.oneLine(snippet.id.rawValue)). Change it, then save and quit; quit without saving to keep it as it is.
        # The header ends at the first blank line; lines starting with # in it are ignored.
        #   title:    a short title for the menu
        #   language: de or en
        #   source:   where the fact is from (a report, a page), or nothing
        #   topics:   the topics it belongs to, separated by commas, or nothing
        #   retired:  yes stops offering it, no offers it
        # Below the blank line is the fact as it may be said, kept exactly as written (lines starting with # too).
        # Placeholders: {author} becomes the commenter's name, {moderator} the name of who answers.
        title: \(EditText.oneLine(snippet.title))
        language: \(EditText.oneLine(snippet.language))
        source: \(snippet.source.map(EditText.oneLine) ?? "")
        topics: \(snippet.topics.map(EditText.oneLine).joined(separator: ", "))
        retired: \(snippet.retired ? "yes" : "no")

        \(snippet.text)

        """
    }

    /// Reads the text back as the snippet `id`; throws the first line that cannot be read.
    public static func parse(_ text: String, id: SnippetID) throws(EditTextError) -> FactSnippet {
        let read = try EditText.read(text, keys: keys, what: "the fact")
        let title = try read.required("title", example: "Turnover 2025")
        let language = try read.language()
        let source = read.value("source").flatMap { $0.isEmpty ? nil : $0 }
        let topics = EditText.list(read.value("topics"))
        let retired = try read.flag("retired")
        let body = try read.nonEmptyBody("the fact")
        return FactSnippet(id: id, title: title, language: language, text: body, source: source, topics: topics, retired: retired)
    }
}
