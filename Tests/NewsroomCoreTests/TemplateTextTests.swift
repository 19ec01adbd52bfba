import Testing
@testable import NewsroomCore

/// The edit texts of reply templates and fact snippets: exact round trips for any reply or fact
/// (the story format's fuzz findings: `\r\n`, `\r`, a combining mark at the start, tabs,
/// trailing spaces), and errors that name the line and say what to do.
@Suite struct TemplateTextTests {
    static let pieces = ["\r\n", "\n", "\r", "\r\r\n", "\t", "  ", " ", "\u{301}", "e\u{301}", "é", "👩🏽‍💻", "🇩🇪", "שלום", "مرحبا",
                         "\u{202E}", "\u{200F}", "#", "# x", ":", "name: x", "{author}", "{moderator}", "{", "}", ",", "\u{0}", "\u{1b}[2J",
                         "\u{85}", "\u{2028}", "\u{FEFF}", "Hallo", "ß", "x", "\n\n", "\u{0B}"]

    /// A text of 0 to 24 pieces, each of which once broke a line-based format.
    static func text(_ random: inout SeededRandom) -> String {
        (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// Any text with something besides white space in it (an empty reply is refused).
    static func body(_ random: inout SeededRandom) -> String {
        let t = text(&random)
        return t.unicodeScalars.contains { !$0.properties.isWhitespace } ? t : t + "x"
    }

    static func template(_ random: inout SeededRandom) -> ReplyTemplate {
        let categories = (0..<Int.random(in: 0...3, using: &random)).map { _ in CommentCategory.allCases.randomElement(using: &random)! }
        return ReplyTemplate(id: TemplateID("t-\(text(&random))"), name: EditText.oneLine(body(&random)).isEmpty ? "n" : EditText.oneLine(body(&random)) + "n",
                             language: Bool.random(using: &random) ? "de" : "en", text: body(&random), categories: categories, retired: Bool.random(using: &random))
    }

    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test("a template reads back exactly from its text, whatever its reply holds")
    func templateRoundTrip() throws {
        var random = SeededRandom(seed: 15)
        for _ in 0..<3000 {
            let template = Self.template(&random)
            let text = ReplyTemplateText.format(template)
            let back = try ReplyTemplateText.parse(text, id: template.id)
            #expect(back == template)
            #expect(scalars(back.text) == scalars(template.text), "the reply changed: \(template.text.debugDescription) became \(back.text.debugDescription)")
            #expect(scalars(back.name) == scalars(template.name))
        }
    }

    @Test("a snippet reads back exactly from its text, whatever its fact holds")
    func snippetRoundTrip() throws {
        var random = SeededRandom(seed: 16)
        for _ in 0..<3000 {
            let topics = (0..<Int.random(in: 0...3, using: &random)).map { "topic\($0)\(Self.pieces.randomElement(using: &random)!.contains(",") ? "" : "ü")" }
            let source = Bool.random(using: &random) ? nil : "Bericht \(EditText.oneLine(Self.body(&random)))"
            let snippet = FactSnippet(id: SnippetID("f-1"), title: "Umsatz \(EditText.oneLine(Self.text(&random)))".trimmingCharacters(in: .whitespaces),
                                      language: "en", text: Self.body(&random), source: source, topics: topics, retired: Bool.random(using: &random))
            let back = try FactSnippetText.parse(FactSnippetText.format(snippet), id: snippet.id)
            #expect(back == snippet)
            #expect(scalars(back.text) == scalars(snippet.text), "the fact changed: \(snippet.text.debugDescription) became \(back.text.debugDescription)")
            #expect(back.source.map(scalars) == snippet.source.map(scalars))
        }
    }

    @Test("whatever reads renders to a text that reads back the same, and an error names a line inside the text")
    func anyTextParsesStablyOrNamesALine() {
        var random = SeededRandom(seed: 17)
        let headers = ["name: a\n", "name:\u{301}b\r\n", "language: EN\n", "categories: question, Fact-Claim\n", "retired: yes\r\n", "title: t\n",
                       "source: s\n", "topics: a, b\n", "# c\n", "\n", "\r\n", "  \n", "nope\n", "x: y\n", "language: fr\n"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in headers.randomElement(using: &random)! }.joined() + Self.text(&random)
            let lines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
            do {
                let template = try ReplyTemplateText.parse(text, id: TemplateID("t"))
                let again = try ReplyTemplateText.parse(ReplyTemplateText.format(template), id: TemplateID("t"))
                #expect(again == template && scalars(again.text) == scalars(template.text), "\(template) became \(again) from \(text.debugDescription)")
            } catch {
                #expect((1...lines).contains(error.line), "\(error) in a text of \(lines) lines: \(text.debugDescription)")
            }
            do {
                let snippet = try FactSnippetText.parse(text, id: SnippetID("f"))
                let again = try FactSnippetText.parse(FactSnippetText.format(snippet), id: SnippetID("f"))
                #expect(again == snippet && scalars(again.text) == scalars(snippet.text))
            } catch {
                #expect((1...lines).contains(error.line), "\(error) in a text of \(lines) lines: \(text.debugDescription)")
            }
        }
    }

    @Test("the text shows the fields, the categories as typed and the placeholders")
    func formatLooksRight() {
        let template = ReplyTemplate(id: TemplateID("t-faq"), name: "Danke für die Frage", language: "de", text: "Hallo {author},\n\ndanke!\n{moderator}",
                                     categories: [.question, .factClaim])
        let text = ReplyTemplateText.format(template)
        #expect(text.hasSuffix("name: Danke für die Frage\nlanguage: de\ncategories: question, fact-claim\nretired: no\n\nHallo {author},\n\ndanke!\n{moderator}\n"))
        #expect(text.contains("# Placeholders: {author}"))
        #expect(text.contains(CommentCategory.typedNames))
    }

    @Test("a header value loses its line breaks, and an id cannot forge a header line")
    func headerValuesAreOneLine() throws {
        let template = ReplyTemplate(id: TemplateID("t\nretired: yes"), name: " Zwei\nZeilen\r\n", language: "de", text: "x")
        let text = ReplyTemplateText.format(template)
        let back = try ReplyTemplateText.parse(text, id: template.id)
        #expect(back.name == "Zwei Zeilen")
        #expect(back.retired == false)
    }

    @Test("a file saved with Windows line ends reads, without a \\r at the end of the reply")
    func windowsLineEnds() throws {
        let text = "# c\r\nname: N\r\nlanguage: en\r\ncategories: praise\r\nretired: no\r\n\r\nHi {author},\r\nthanks\r\n"
        let template = try ReplyTemplateText.parse(text, id: TemplateID("t"))
        #expect(template == ReplyTemplate(id: TemplateID("t"), name: "N", language: "en", text: "Hi {author},\r\nthanks", categories: [.praise]))
        #expect(scalars(template.text) == scalars("Hi {author},\r\nthanks"))
    }

    @Test("a missing final line end is fine, and # lines below the header belong to the reply")
    func bodyEdges() throws {
        let template = try ReplyTemplateText.parse("name: N\n\n#Hashtag\n\nText", id: TemplateID("t"))
        #expect(template.text == "#Hashtag\n\nText")
        #expect(template.language == "de" && template.categories.isEmpty && !template.retired)
        let leading = try ReplyTemplateText.parse("\n# comment\n\nname: N\nretired: YES\n\n\n  indented\n\n", id: TemplateID("t"))
        #expect(scalars(leading.text) == scalars("\n  indented\n"))
        #expect(leading.retired)
    }

    func error(_ text: String) -> EditTextError? {
        do {
            _ = try ReplyTemplateText.parse(text, id: TemplateID("t"))
            return nil
        } catch {
            return error
        }
    }

    @Test("errors say the line, what is wrong and what to do")
    func errors() {
        let unknownKey = error("# c\nname: N\nsubject: x\n\nText\n")
        #expect(unknownKey?.line == 3)
        #expect(unknownKey?.problem.contains("unknown key 'subject'") == true && unknownKey?.problem.contains("name, language, categories, retired") == true)
        let language = error("name: N\nlanguage: fr\n\nText\n")
        #expect(language == EditTextError(line: 2, problem: "unknown language 'fr'; write de or en"))
        let category = error("name: N\ncategories: question, rant\n\nText\n")
        #expect(category?.line == 2)
        #expect(category?.problem == "unknown category 'rant'; the categories are \(CommentCategory.typedNames)")
        let empty = error("name: N\n\n \n\t\n")
        #expect(empty?.line == 3)
        #expect(empty?.problem.contains("the reply is empty") == true)
        #expect(error("name: N\n")?.problem.contains("the reply is empty") == true)
        #expect(error("language: en\n\nText\n")?.problem.contains("the name is missing") == true)
        #expect(error("name:\n\nText\n")?.line == 1)
        let noBlankLine = error("name: N\nHallo {author}\n")
        #expect(noBlankLine?.line == 2)
        #expect(noBlankLine?.problem.contains("below the first blank line") == true)
        #expect(error("name: N\nretired: maybe\n\nText\n") == EditTextError(line: 2, problem: "retired is yes or no, found 'maybe'"))
        #expect(error("name: N\nname: M\n\nText\n") == EditTextError(line: 2, problem: "name is given twice (lines 1 and 2); keep one"))
    }

    @Test("every category reads back from its typed name (off-topic has a dash in its label)")
    func typedNames() {
        for category in CommentCategory.allCases { #expect(CommentCategory(typed: category.typedName) == category) }
        #expect(CommentCategory(typed: "Off topic") == .offTopic)
    }

    @Test("snippet errors name their fields")
    func snippetErrors() {
        #expect(throws: EditTextError(line: 2, problem: "unknown language 'english'; write de or en")) {
            try FactSnippetText.parse("title: T\nlanguage: english\n\nFact\n", id: SnippetID("f"))
        }
        #expect(throws: EditTextError(line: 1, problem: "the title is missing or empty; write it as `title: Turnover 2025` in the header")) {
            try FactSnippetText.parse("source: s\n\nFact\n", id: SnippetID("f"))
        }
        let snippet = try? FactSnippetText.parse("title: T\nsource:\ntopics: , a ,b,\n\nFact\n", id: SnippetID("f"))
        #expect(snippet?.source == nil && snippet?.topics == ["a", "b"])
    }
}
