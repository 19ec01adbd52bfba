import NewsroomCore

/// What the demo's moderation derives from a comment's text, worked out once per distinct text:
/// 21,000 comments come from about 4,000 texts of the phrase banks, and normalising, classifying
/// and filling a reply were a fifth of making the demo. Each answer is the function's own.
final class ModerationTextMemo {
    private struct TriageKey: Hashable {
        let text: String
        let english: Bool
        let identicalSeen: Int
    }

    private struct FactKey: Hashable {
        let comment: String
        let language: String
    }

    private struct ReplyKey: Hashable {
        let template: TemplateID
        let fact: String
    }

    private struct TemplateKey: Hashable {
        let category: CommentCategory
        let language: String
    }

    private var normalisedTexts: [String: TriageText] = [:]
    private var triages: [TriageKey: Triage] = [:]
    private var facts: [FactKey: String] = [:]
    private var replies: [ReplyKey: String] = [:]
    private var fitting: [TemplateKey: [ReplyTemplate]] = [:]

    func normalised(_ text: String) -> TriageText {
        if let known = normalisedTexts[text] { return known }
        let made = TriageText(text)
        normalisedTexts[text] = made
        return made
    }

    /// The rule-based classifier's first call, as a connector would make it.
    func triage(_ text: TriageText, english: Bool, identicalSeen: Int) -> Triage {
        let key = TriageKey(text: text.original, english: english, identicalSeen: identicalSeen)
        if let known = triages[key] { return known }
        let made = RuleClassifier.standard.classify(text, language: english ? "en" : "de", identicalSeen: identicalSeen)
        triages[key] = made
        return made
    }

    /// The templates of a language for a category, in the order of `DemoTexts.templates`.
    func templates(for category: CommentCategory, language: String) -> [ReplyTemplate] {
        let key = TemplateKey(category: category, language: language)
        if let known = fitting[key] { return known }
        let made = DemoTexts.templates.filter { $0.language == language && $0.categories.contains(category) }
        fitting[key] = made
        return made
    }

    /// A template filled with the fact that answers the comment, without the commenter's name.
    func reply(from template: ReplyTemplate, answering comment: String, language: String) -> String {
        let factKey = FactKey(comment: comment, language: language)
        let fact = facts[factKey] ?? DemoTexts.fact(answering: comment, language: language)
        facts[factKey] = fact
        let key = ReplyKey(template: template.id, fact: fact)
        if let known = replies[key] { return known }
        var text = template.filled(with: ["author": "", "fact": fact])
        // The empty name leaves " ," or ", !" behind in some templates; look before replacing (it is slow).
        if DemoTexts.occurs(" ,", in: Array(text.utf8)) { text = text.replacing(" ,", with: ",") }
        if DemoTexts.occurs(", !", in: Array(text.utf8)) { text = text.replacing(", !", with: "!") }
        replies[key] = text
        return text
    }
}
