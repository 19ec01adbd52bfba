import Foundation
import NewsroomCore

/// A burst of angry comments on one post: for 18 to 28 simulated minutes about twenty times the
/// newsroom's usual rate of critical comments for that hour of the week (at least half again the
/// storm detector's minimum a bucket), three in four of them critical (criticism, insult,
/// defamation, threat), from a crowd that replies to each other.
public struct LiveStorm: Hashable, Sendable {
    public let start: Date
    public let end: Date
    /// The post the storm is about.
    public let post: LiveTarget
    /// The first words of that post (or its id), for a notice.
    public let about: String
    /// When the post went up: no comment of the storm is older.
    let postedAt: Date?
    /// Critical comments a 15-minute bucket usually has at this hour of the week.
    public let usualCriticalPerBucket: Double
    /// Critical comments a bucket gets during the storm, as planned.
    public let criticalPerBucket: Double
    /// Comments written so far.
    public internal(set) var comments = 0

    /// Storm comments a simulated minute.
    var commentsPerMinute: Double { criticalPerBucket / 15 / LiveStorm.criticalShare(of: LiveStorm.mix) }

    /// How much louder than usual.
    static let multiple = 20.0

    /// The categories a storm detector counts as critical.
    public static let critical: Set<CommentCategory> = [.criticism, .insult, .defamation, .threat]

    /// The storm's mix over `DemoComments.categories`: criticism, insults, false claims, swearing,
    /// some defamation and threats, hardly a question or a word of praise.
    static let mix: [Double] = [0.50, 0.03, 0.0, 0.10, 0.0, 0.10, 0.16, 0.02, 0.05, 0.04, 0.0, 0.0, 0.0]

    /// The part of a mix over `DemoComments.categories` that is critical.
    static func criticalShare(of mix: [Double]) -> Double {
        var part = 0.0
        for (category, weight) in zip(DemoComments.categories, mix) where Self.critical.contains(category) { part += weight }
        return part / mix.reduce(0, +)
    }

    /// Plans a storm from `start` on `post`, sized against the usual comments an hour then.
    static func plan(start: Date, minutes: Double, post: LiveTarget, about: String, postedAt: Date?, usualCommentsPerHour: Double,
                     minimumComments: Int) -> LiveStorm {
        let usual = usualCommentsPerHour * criticalShare(of: DemoComments.mix) / 4
        return LiveStorm(start: start, end: start.addingTimeInterval(minutes * 60), post: post, about: about, postedAt: postedAt,
                         usualCriticalPerBucket: usual, criticalPerBucket: max(multiple * usual, 1.5 * Double(minimumComments)))
    }

    /// Words an angry crowd adds about the post itself, so that two storm comments are seldom
    /// the same text (the triage reads many identical texts within an hour as a spam wave).
    static let remarksDE = ["", "Zu diesem Post: ", "Und so etwas postet ihr? ", "Unfassbar, dieser Beitrag. ", "Wer hat das freigegeben? ",
                            "Schämt euch. ", "Typisch. ", "Ernsthaft? ", "Genau deshalb glaubt euch keiner mehr. ", "Peinlich. ",
                            "Jetzt reicht es. ", "Das ist doch Hohn. "]
    static let remarksEN = ["", "About this post: ", "Seriously? ", "Who approved this? ", "Shameful. "]
}
