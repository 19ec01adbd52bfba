/// The rule-based triage of comments in German and English: normalised word lists with
/// inflections and compounds, threat and doxxing patterns, spam, question, fact-claim and
/// criticism-or-praise cues. Pure and deterministic, a few microseconds a comment, and every
/// decision explains itself through the rules that fired.
public struct RuleClassifier: Sendable {
    /// The name recorded as the source of its classifications (`model:rules-v1`).
    public static let source = "model:rules-v1"
    /// The lists compiled once per process.
    public static let standard = RuleClassifier()

    /// A hideable category (or profanity) is chosen only from this score up; below it, the
    /// comment is read as one of the categories that are answered.
    public static let threshold = 0.5

    let lexicon: TriageLexicon
    let patterns: [CuePattern]

    public init() {
        lexicon = TriageLexicon(lists: GermanWords.lists + EnglishWords.lists + CueWords.lists, allow: GermanWords.allow)
        patterns = CueWords.patterns
    }

    /// Triage of one comment. `language` is the comment's own ("de", "en", "de-AT"), if known;
    /// `identicalSeen` is how many comments with the same `TriageText.fingerprint` the caller has
    /// seen before this one (a spam wave); the classifier keeps no state between calls.
    public func classify(_ text: String, language: String? = nil, identicalSeen: Int = 0) -> Triage {
        classify(TriageText(text), language: language, identicalSeen: identicalSeen)
    }

    public func classify(_ text: TriageText, language hint: String? = nil, identicalSeen: Int = 0) -> Triage {
        var scratch: [(Int32, StemTrie.Kind)] = []
        let hits = lexicon.hits(in: text, scratch: &scratch)
        let language = Self.language(hint: hint, hits: hits, lists: lexicon.lists, text: text)
        var tokens = text.tokens
        var ruled: [(TriageLexicon.Hit, WordList)] = []
        for hit in hits {
            let list = lexicon.lists[hit.list]
            if let only = list.language, only != language { continue }
            tokens[hit.first].cues.formUnion(list.cues)
            if hit.last != hit.first { tokens[hit.last].cues.formUnion(list.cues) }
            if list.rule != nil { ruled.append((hit, list)) }
        }
        var firing = RuleFiring(text: text)
        for (hit, list) in ruled {
            guard let rule = list.rule else { continue }
            let negation = Self.negation(before: hit.first, in: tokens)
            switch (list.negation, negation) {
            case (.cancels, .some): continue
            case (.turns(let other), .some(let at)): firing.fire(other, tokens: at...hit.last)
            default: firing.fire(rule, tokens: hit.first...hit.last)
            }
        }
        for pattern in patterns where pattern.language == nil || pattern.language == language {
            if let (s, e) = pattern.match(tokens) { firing.fire(pattern.rule, tokens: s...e) }
        }
        SignalRules.apply(tokens, identicalSeen: identicalSeen, to: &firing)
        Self.weighPraise(&firing, tokens: tokens)
        let scores = firing.scores
        return Triage(category: Self.decide(scores, firing), scores: scores, rules: firing.fired, language: language.rawValue)
    }

    // MARK: Steps

    private static func language(hint: String?, hits: [TriageLexicon.Hit], lists: [WordList], text: TriageText) -> TriageLanguage {
        if let hint = hint?.lowercased() {
            if hint.hasPrefix("de") { return .de }
            if hint.hasPrefix("en") { return .en }
        }
        var german = 0, english = 0
        for hit in hits {
            let cues = lists[hit.list].cues
            if cues.contains(.german) { german += 1 }
            if cues.contains(.english) { english += 1 }
        }
        let b = text.bytes
        for k in b.indices.dropLast() where b[k] == 0xC3 && [0xA4, 0xB6, 0xBC, 0x9F, 0x84, 0x96, 0x9C].contains(b[k + 1]) {
            german += 2
            break
        }
        return english > german ? .en : .de
    }

    /// A negation within three words before `position`, in the same sentence.
    private static func negation(before position: Int, in tokens: [TriageToken]) -> Int? {
        var k = position - 1
        while k >= 0, k >= position - 3, tokens[k].sentence == tokens[position].sentence {
            if tokens[k].cues.contains(.negation) { return k }
            k -= 1
        }
        return nil
    }

    /// Praise followed by "aber"/"but" is the polite opening of criticism; praise beside a
    /// sarcasm marker is not praise at all.
    private static func weighPraise(_ firing: inout RuleFiring, tokens: [TriageToken]) {
        guard let firstPraise = firing.fired.filter({ $0.rule.category == .praise }).map(\.span.lowerBound).min() else { return }
        if let c = tokens.firstIndex(where: { $0.cues.contains(.contrast) && Int($0.spanStart) > firstPraise }), c < tokens.count - 1 {
            firing.fire(SignalRules.contrast, tokens: c...c)
            firing.damp(.praise, by: 0.4, before: Int(tokens[c].spanStart))
        }
        if firing.fired.contains(where: { $0.rule.id.contains("sarcasm") }) { firing.damp(.praise, by: 0.2) }
    }

    private static let hideable: [CommentCategory] = [.threat, .doxxing, .defamation, .insult, .tradeSecret, .workplacePeace, .spam, .profanity]
    private static let answerable: [CommentCategory] = [.criticism, .factClaim, .question, .praise, .offTopic]

    private static func decide(_ scores: CategoryScores, _ firing: RuleFiring) -> CommentCategory {
        if let worst = best(of: hideable, scores), scores[worst] >= threshold { return worst }
        guard let answer = best(of: answerable, scores), scores[answer] > 0 else { return .criticism }
        // A question that also judges ("Wann geht es da endlich weiter?") is criticism to answer.
        if answer == .question, scores[.criticism] >= 0.45 { return .criticism }
        // Asking the crowd ("Weiß jemand …?") is a question, but not one for us.
        if answer == .question, scores[.offTopic] >= threshold { return .offTopic }
        return answer
    }

    /// The highest score, ties going to the more severe category.
    private static func best(of categories: [CommentCategory], _ scores: CategoryScores) -> CommentCategory? {
        categories.max { a, b in scores[a] != scores[b] ? scores[a] < scores[b] : a.severity < b.severity }
    }
}
