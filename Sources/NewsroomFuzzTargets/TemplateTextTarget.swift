import NewsroomCore

extension FuzzTarget {
    /// The reply template and fact snippet edit texts for `$EDITOR` and the pane: a text that
    /// reads formats to one that reads back to the same item, scalar for scalar; an error names
    /// a line inside the text.
    static let templateText = FuzzTarget("template-text", "template and snippet edit format (ReplyTemplateText, FactSnippetText)") { bytes throws(FuzzFailure) in
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        let lines = FuzzInput.lineCount(bytes)
        switch Result(catching: { () throws(EditTextError) in try ReplyTemplateText.parse(text, id: TemplateID("t")) }) {
        case .success(let template):
            let formatted = ReplyTemplateText.format(template)
            switch Result(catching: { () throws(EditTextError) in try ReplyTemplateText.parse(formatted, id: TemplateID("t")) }) {
            case .success(let again):
                try expect(again == template && exact(again.text, template.text) && exact(again.name, template.name),
                           "format and parse change the template: \(template) became \(again)")
            case .failure(let error): throw FuzzFailure(description: "the formatted template does not read back (\(error)):\n\(formatted)")
            }
        case .failure(let error):
            try FuzzInput.expectLine(error.line, within: lines, "the template error '\(error)'")
        }
        switch Result(catching: { () throws(EditTextError) in try FactSnippetText.parse(text, id: SnippetID("f")) }) {
        case .success(let snippet):
            let formatted = FactSnippetText.format(snippet)
            switch Result(catching: { () throws(EditTextError) in try FactSnippetText.parse(formatted, id: SnippetID("f")) }) {
            case .success(let again):
                try expect(again == snippet && exact(again.text, snippet.text) && exact(again.title, snippet.title)
                           && exact(again.source ?? "", snippet.source ?? ""),
                           "format and parse change the snippet: \(snippet) became \(again)")
            case .failure(let error): throw FuzzFailure(description: "the formatted snippet does not read back (\(error)):\n\(formatted)")
            }
        case .failure(let error):
            try FuzzInput.expectLine(error.line, within: lines, "the snippet error '\(error)'")
        }
    }

    /// The same scalars (`==` on strings is canonical equivalence, which would hide a changed scalar).
    private static func exact(_ a: String, _ b: String) -> Bool { a.unicodeScalars.elementsEqual(b.unicodeScalars) }
}
