/// The rules fired on one comment so far, and the scores they add up to: per category, the
/// noisy-or of the weights (1 − Π(1 − w)), a rule's second and later hits counting for less, so
/// a score stays in 0–1 and more evidence never lowers it.
struct RuleFiring {
    let text: TriageText
    private(set) var fired: [FiredRule] = []

    init(text: TriageText) { self.text = text }

    mutating func fire(_ rule: TriageRule, span: Range<Int>, scale: Double = 1) {
        let repeats = fired.reduce(0) { $0 + ($1.rule.id == rule.id ? 1 : 0) }
        let weight = rule.weight * scale / Double(1 + repeats)
        guard weight > 0 else { return }
        fired.append(FiredRule(rule: rule, span: span, matched: text.excerpt(span), weight: weight))
    }

    mutating func fire(_ rule: TriageRule, tokens: ClosedRange<Int>, scale: Double = 1) {
        let all = text.tokens
        fire(rule, span: Int(all[tokens.lowerBound].spanStart)..<Int(all[tokens.upperBound].spanEnd), scale: scale)
    }

    func has(_ category: CommentCategory) -> Bool { fired.contains { $0.rule.category == category } }

    /// Scales down what fired for `category` (praise before a "but", praise under sarcasm).
    mutating func damp(_ category: CommentCategory, by factor: Double, before position: Int = .max) {
        fired = fired.map { f in
            guard f.rule.category == category, f.span.lowerBound < position else { return f }
            return FiredRule(rule: f.rule, span: f.span, matched: f.matched, weight: f.weight * factor)
        }
    }

    var scores: CategoryScores {
        var scores = CategoryScores()
        for f in fired { scores[f.rule.category] = 1 - (1 - scores[f.rule.category]) * (1 - f.weight) }
        return scores
    }
}
