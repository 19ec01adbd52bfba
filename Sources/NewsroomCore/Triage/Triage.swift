/// The triage of one comment: the category chosen, a deterministic score per category (0–1) and
/// the rules that fired, so a moderator sees why and the audit can record which rule decided.
public struct Triage: Hashable, Sendable {
    public let category: CommentCategory
    public let scores: CategoryScores
    public let rules: [FiredRule]
    /// "de" or "en": the hint given, else the guess from the words.
    public let language: String

    /// The rules that speak for the chosen category, strongest first.
    public var reasons: [FiredRule] {
        rules.filter { $0.rule.category == category }.sorted { $0.weight > $1.weight }
    }

    /// Whether a rule with this id fired.
    public func fired(_ id: String) -> Bool { rules.contains { $0.rule.id == id } }
}

/// A score per comment category, kept in a fixed array (no dictionary per comment).
public struct CategoryScores: Hashable, Sendable {
    private var values = [Double](repeating: 0, count: CommentCategory.allCases.count)

    public init() {}

    public subscript(category: CommentCategory) -> Double {
        get { values[category.index] }
        set { values[category.index] = newValue }
    }

    /// The non-zero scores, rounded to two decimals, keyed by category name, as
    /// `comment.classified` carries them.
    public var rounded: [String: Double] {
        var out: [String: Double] = [:]
        for c in CommentCategory.allCases where values[c.index] >= 0.005 { out[c.rawValue] = (values[c.index] * 100).rounded() / 100 }
        return out
    }
}

extension CommentCategory {
    /// The position in `allCases`, for fixed tables.
    var index: Int {
        switch self {
        case .criticism: 0
        case .question: 1
        case .factClaim: 2
        case .praise: 3
        case .offTopic: 4
        case .profanity: 5
        case .insult: 6
        case .defamation: 7
        case .threat: 8
        case .workplacePeace: 9
        case .tradeSecret: 10
        case .doxxing: 11
        case .spam: 12
        }
    }
}
