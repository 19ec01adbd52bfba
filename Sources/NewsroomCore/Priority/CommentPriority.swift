import Foundation

/// How urgent a comment is for the queue, as a score that explains itself: each part says what it
/// counted ("threat +100, reach +23, SLA 40 % used +12"), so a moderator can see why an item is
/// on top. Deterministic: the same comment, context and moment give the same score.
///
/// score = severity + reach + velocity + age + context, where
/// - severity: by category (threat 100, doxxing and trade secret 90, defamation 70, insult and
///   workplace peace 40, fact claim 35, question 30, criticism and unclassified 25, spam 10,
///   profanity 10, off-topic 5, praise 0);
/// - reach: 10·log10(1 + followers) + 10·log10(1 + post reactions), +15 on an ambassador's post;
/// - velocity: 5 per comment in the thread in the last hour, at most 30;
/// - age: 30 × the share of the SLA used (at most 30); once the SLA is breached, 40 + half the
///   severity (a late threat +90, a late criticism +52.5), except for praise, off-topic, profanity
///   and spam, which no one waits for an answer to;
/// - context: +10 per earlier unlawful comment of the author (at most 20), −10 when the thread is
///   already answered, −50 when the comment is hidden already (decided, only follow-up left),
///   +20 at crisis level 3 or more;
/// - a closed comment (resolved, no action) waits for nothing: no age part, and −100 instead of
///   the hidden one, so the "all" and closed views do not show handled items as P1.
public struct CommentPriority: Hashable, Sendable {
    public let parts: [PriorityPart]
    public let score: Int
    public let band: PriorityBand

    public init(parts: [PriorityPart]) {
        self.parts = parts
        score = Int(parts.reduce(0) { $0 + $1.points }.rounded())
        band = PriorityBand(score: score)
    }

    /// "threat +100, reach +23, SLA 40 % used +12": the category, then every part that counts,
    /// in the order of the formula.
    public var breakdown: String {
        parts.enumerated().filter { $0.offset == 0 || $0.element.points.rounded() != 0 }.map(\.element).map { part in
            let points = Int(part.points.rounded())
            return "\(part.label) \(points > 0 ? "+" : "−")\(abs(points))"
        }.joined(separator: ", ")
    }

    /// Whether someone waits for the newsroom to act on this category: not for praise, off-topic
    /// talk, profanity or spam, however long they sit in the queue.
    public static func awaitsAnAnswer(_ category: CommentCategory?) -> Bool {
        switch category {
        case .praise, .offTopic, .profanity, .spam: return false
        default: return true
        }
    }

    public static func severityPoints(_ category: CommentCategory?) -> Double {
        switch category {
        case .threat: return 100
        case .doxxing, .tradeSecret: return 90
        case .defamation: return 70
        case .insult, .workplacePeace: return 40
        case .factClaim: return 35
        case .question: return 30
        case .criticism, nil: return 25
        case .spam, .profanity: return 10
        case .offTopic: return 5
        case .praise: return 0
        }
    }

    /// The score of `comment` at `moment` under the newsroom's SLAs (working time where they say so).
    public static func of(_ comment: Comment, context: PriorityContext, at moment: Date, settings: ModerationSettings,
                          calendar: NewsroomCalendar) -> CommentPriority {
        let elapsed: Double
        if settings.slaCountsBusinessHours(comment.category) {
            elapsed = BusinessTime(hours: settings.businessHours, holidays: settings.holidays, calendar: calendar)
                .seconds(from: comment.postedAt, to: moment) / 60
        } else {
            elapsed = moment.timeIntervalSince(comment.postedAt) / 60
        }
        return of(comment, context: context, elapsedSLAMinutes: elapsed, slaMinutes: settings.sla(for: comment.category))
    }

    /// The same with the waiting time given; `elapsedSLAMinutes` is the time it has waited in its
    /// SLA's own clock (working minutes where the SLA counts business hours).
    public static func of(_ comment: Comment, context: PriorityContext, elapsedSLAMinutes: Double, slaMinutes: Int) -> CommentPriority {
        var parts: [PriorityPart] = []
        parts.append(PriorityPart(.severity, severityPoints(comment.category), comment.category?.label ?? "unclassified"))

        let followers = 10 * log10(1 + Double(max(0, comment.authorFollowers)))
        let reactions = 10 * log10(1 + Double(max(0, context.postReactions)))
        let ambassador = comment.target.kind == .share ? 15.0 : 0
        parts.append(PriorityPart(.reach, followers + reactions + ambassador, ambassador > 0 ? "reach (ambassador's post)" : "reach"))

        if context.threadCommentsLastHour > 0 {
            parts.append(PriorityPart(.velocity, min(30, 5 * Double(context.threadCommentsLastHour)),
                                      "\(context.threadCommentsLastHour) in the thread this hour"))
        }

        let used = slaMinutes > 0 ? max(0, elapsedSLAMinutes) / Double(slaMinutes) : 1
        let closed = !comment.state.isOpen
        if !closed {
            parts.append(PriorityPart(.age, 30 * min(1, used), used < 1 ? "SLA \(Int((used * 100).rounded(.down))) % used" : "SLA used up"))
        }
        if !closed && used > 1 && SLACutoffs.awaitsFirstResponse(comment) && awaitsAnAnswer(comment.category) {
            let over = RuleViolation.minutes((elapsedSLAMinutes - Double(slaMinutes)) * 60)
            parts.append(PriorityPart(.age, 40 + severityPoints(comment.category) / 2, "SLA breached by \(over)"))
        }

        if context.priorUnlawfulByAuthor > 0 {
            parts.append(PriorityPart(.context, min(20, 10 * Double(context.priorUnlawfulByAuthor)),
                                      "author: \(context.priorUnlawfulByAuthor) unlawful before"))
        }
        if context.answeredInThread { parts.append(PriorityPart(.context, -10, "thread answered")) }
        if closed {
            parts.append(PriorityPart(.context, -100, "closed (\(comment.state.label)): nothing waits"))
        } else if comment.visibility.isHidden {
            parts.append(PriorityPart(.context, -50, "hidden already"))
        }
        if context.crisisLevel >= 3 { parts.append(PriorityPart(.context, 20, "crisis level \(context.crisisLevel)")) }
        return CommentPriority(parts: parts)
    }
}

/// One term of a priority score, with what it counted.
public struct PriorityPart: Hashable, Sendable {
    public enum Factor: String, Sendable, CaseIterable { case severity, reach, velocity, age, context }

    public let factor: Factor
    public let points: Double
    public let label: String

    public init(_ factor: Factor, _ points: Double, _ label: String) {
        self.factor = factor
        self.points = points
        self.label = label
    }
}

/// P1 (act now) to P4 (when there is time), from fixed score thresholds so that a band means the
/// same every day: P1 ≥ 100, P2 ≥ 60, P3 ≥ 30.
public enum PriorityBand: Int, Hashable, Sendable, CaseIterable, Comparable {
    case p1 = 1, p2, p3, p4

    public init(score: Int) {
        switch score {
        case 100...: self = .p1
        case 60..<100: self = .p2
        case 30..<60: self = .p3
        default: self = .p4
        }
    }

    public var label: String { "P\(rawValue)" }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
