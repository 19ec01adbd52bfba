/// A reply template as text for `$EDITOR` and the pane's `:template`, and back: a header of
/// `key: value` lines, a blank line, then the reply exactly as written, placeholders and all.
/// Reading is strict: a mistake is reported by line with what to do, and nothing is changed.
public enum ReplyTemplateText {
    static let keys = ["name", "language", "categories", "retired"]

    /// The template as text. Header values are one line each (a line break in a name becomes a
    /// space); the reply is kept exactly, so `parse(format(t), id: t.id)` gives `t` back.
    public static func format(_ template: ReplyTemplate) -> String {
        """
        # Reply template \(EditText.oneLine(template.id.rawValue)). Change it, then save and quit; quit without saving to keep it as it is.
        # The header ends at the first blank line; lines starting with # in it are ignored.
        #   name:       what moderators see in the menu
        #   language:   de or en
        #   categories: the comment categories it fits, separated by commas, or nothing; one or more of
        #               \(CommentCategory.typedNames)
        #   retired:    yes stops offering it, no offers it
        # Below the blank line is the reply, kept exactly as written (lines starting with # too).
        # Placeholders: {author} becomes the commenter's name, {moderator} the name of who answers.
        name: \(EditText.oneLine(template.name))
        language: \(EditText.oneLine(template.language))
        categories: \(template.categories.map(\.typedName).joined(separator: ", "))
        retired: \(template.retired ? "yes" : "no")

        \(template.text)

        """
    }

    /// Reads the text back as the template `id`; throws the first line that cannot be read.
    public static func parse(_ text: String, id: TemplateID) throws(EditTextError) -> ReplyTemplate {
        let read = try EditText.read(text, keys: keys, what: "the reply")
        let name = try read.required("name", example: "Thanks for asking")
        let language = try read.language()
        var categories: [CommentCategory] = []
        for typed in EditText.list(read.value("categories")) {
            guard let category = CommentCategory(typed: typed) else {
                throw EditTextError(line: read.line("categories"), problem: "unknown category '\(typed.prefix(40))'; the categories are \(CommentCategory.typedNames)")
            }
            categories.append(category)
        }
        let retired = try read.flag("retired")
        let body = try read.nonEmptyBody("the reply")
        return ReplyTemplate(id: id, name: name, language: language, text: body, categories: categories, retired: retired)
    }
}
