/// What a comment is, from DESIGN's table. Only categories that are not protected speech may be
/// hidden, and each names its legal ground; criticism is answered, never hidden.
public enum CommentCategory: String, CaseIterable, Sendable, Codable, Comparable {
    case criticism, question, factClaim, praise, offTopic
    case profanity
    case insult, defamation, threat, workplacePeace, tradeSecret, doxxing, spam

    /// Whether hiding a comment of this category is allowed at all.
    public var mayBeHidden: Bool {
        switch self {
        case .criticism, .question, .factClaim, .praise, .offTopic, .profanity: return false
        case .insult, .defamation, .threat, .workplacePeace, .tradeSecret, .doxxing, .spam: return true
        }
    }

    /// The legal ground shown with a hide; nil where hiding is not allowed.
    public var legalGround: String? {
        switch self {
        case .criticism, .question, .factClaim, .praise, .offTopic, .profanity: return nil
        case .insult: return "StGB §185"
        case .defamation: return "StGB §186, §187"
        case .threat: return "StGB §241"
        case .workplacePeace: return "employment law, company guideline"
        case .tradeSecret: return "GeschGehG"
        case .doxxing: return "StGB §126a, GDPR"
        case .spam: return "platform rules (not a legal ground)"
        }
    }

    /// Whether a comment of this category counts towards the storm warning (`Metric.criticalComments`):
    /// it is aimed against us or our people. Criticism (answered, never hidden) is the core of a
    /// storm; insult, defamation (a false statement of fact) and threat are its aggressive tone
    /// (Graf/Schwede level 6); endangering workplace peace and doxxing attack our employees, as
    /// pile-ons do. Not critical: question, fact claim (to be checked, not negative by itself; a
    /// false one is defamation), praise, off-topic, profanity (swearing without a target, often
    /// cheerful), spam (a bot wave is not public anger; hides by reason show it) and trade secret
    /// (a leak is a legal incident with its own 15-minute SLA, not an outcry).
    public var isCritical: Bool {
        switch self {
        case .criticism, .insult, .defamation, .threat, .workplacePeace, .doxxing: return true
        case .question, .factClaim, .praise, .offTopic, .profanity, .spam, .tradeSecret: return false
        }
    }

    /// The GermEval 2018 label this category is trained from, where one exists.
    public var germEvalLabel: String? {
        switch self {
        case .criticism, .question, .factClaim, .praise, .offTopic: return "OTHER"
        case .profanity: return "PROFANITY"
        case .insult: return "INSULT"
        default: return nil
        }
    }

    /// Urgency for the queue until the moderation pane brings its priority score: higher first.
    public var severity: Int {
        switch self {
        case .threat: return 100
        case .doxxing: return 95
        case .defamation: return 90
        case .insult: return 80
        case .tradeSecret: return 75
        case .workplacePeace: return 70
        case .factClaim: return 60
        case .criticism: return 55
        case .question: return 50
        case .spam: return 30
        case .profanity: return 25
        case .offTopic: return 15
        case .praise: return 10
        }
    }

    /// Severity of a comment nobody has classified yet: it ranks with criticism until triaged.
    public static let unclassifiedSeverity = 55

    /// A short label for screens and exports.
    public var label: String {
        switch self {
        case .factClaim: return "fact claim"
        case .offTopic: return "off-topic"
        case .workplacePeace: return "workplace peace"
        case .tradeSecret: return "trade secret"
        default: return rawValue
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.severity < b.severity }
}
