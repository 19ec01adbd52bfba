/// One rule of the rule-based triage: what it looks for (its label), which category it speaks
/// for and how strongly (weight 0–1). Its id is what the audit records beside a classification.
public struct TriageRule: Hashable, Sendable {
    public let id: String
    public let label: String
    public let category: CommentCategory
    public let weight: Double

    public init(_ id: String, _ category: CommentCategory, _ weight: Double, _ label: String) {
        self.id = id
        self.label = label
        self.category = category
        self.weight = weight
    }
}

/// A rule that fired on a comment, with the stretch of the original text it matched (UTF-8 byte
/// offsets, and the text itself), so the moderation pane can show why a category was chosen.
public struct FiredRule: Hashable, Sendable {
    public let rule: TriageRule
    public let span: Range<Int>
    public let matched: String
    /// The weight it contributed: a rule's repeated hits count less than its first.
    public let weight: Double
}
