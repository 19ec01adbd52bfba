import Foundation

/// A user action the newsroom's rules refuse, with a message that says what to do instead.
public enum RuleViolation: Error, Hashable, Sendable, CustomStringConvertible {
    /// Hiding is only for content that is not protected speech.
    case hideNeedsUnlawfulReason(CommentCategory)
    case hideNeedsNote
    case alreadyHidden(CommentID)
    case notHidden(CommentID)
    /// There is no delete anywhere.
    case deletingIsNoSolution
    case storyRestricted(StoryID, team: String, role: String, allowed: StoryRestriction)
    case unknownStory(StoryID)
    case unknownComment(CommentID)
    case notOnAgenda(StoryID, LocalDate)
    case nothingToUndo(String)
    case holdNeedsReason
    case topicNotHeld(String, LocalDate)
    /// The embargo's end is at or before `now` (said as "how long ago", which needs no time zone).
    case embargoInThePast(Date, now: Date)
    case emptyReply
    case escalationNeedsNote
    /// Someone else's claim runs until `until` (said as "for how much longer").
    case claimedByOther(CommentID, holder: String, until: Date, now: Date)
    /// The decision would change nothing: the item is so already.
    case unchanged(CommentID, String)
    /// `moderation.mayHide` does not list the actor's role.
    case roleMayNotHide(ModeratorRole, allowed: [ModeratorRole])
    /// A reply went out to the network (it was copied and put in the outbox): it cannot be taken back.
    case replyCannotBeUndone(CommentID)

    public var description: String {
        switch self {
        case .hideNeedsUnlawfulReason(let category):
            return "a comment of category '\(category.label)' may not be hidden: it is protected speech. Answer it with facts (reply), "
                + "or hide it only for one of: \(CommentCategory.allCases.filter(\.mayBeHidden).map(\.label).joined(separator: ", "))"
        case .hideNeedsNote:
            return "a hide needs a note that says what in the comment is unlawful; add one with --note"
        case .alreadyHidden(let id):
            return "comment \(id) is hidden already; unhide it first if the reason should change"
        case .notHidden(let id):
            return "comment \(id) is not hidden, so there is nothing to unhide"
        case .deletingIsNoSolution:
            return "there is no delete: deleting is no solution. Criticism is answered with facts (reply: r in the console, "
                + "`newsroom comment reply ID`); only unlawful content is hidden (hide: x, `newsroom comment hide ID --reason R --note N`), "
                + "and it stays in the store and the audit trail"
        case .storyRestricted(let id, let team, let role, let allowed):
            let who = (allowed.teams.map { "team \($0)" } + allowed.roles.map { "role \($0)" }).joined(separator: ", ")
            return "story \(id) is restricted to \(who); ambassadors of team \(team) (role \(role)) are not offered it"
        case .unknownStory(let id):
            return "there is no story \(id); list stories with `newsroom briefing`"
        case .unknownComment(let id):
            return "there is no comment \(id); list the queue with `newsroom queue`"
        case .notOnAgenda(let id, let date):
            return "story \(id) is not on the agenda of \(date); schedule it first"
        case .nothingToUndo(let what):
            return "nothing to undo for \(what)"
        case .holdNeedsReason:
            return "a hold needs a reason, so ambassadors know why the topic waits"
        case .topicNotHeld(let topic, let date):
            return "the topic '\(topic)' is not held on \(date); the held topics are listed with :release"
        case .embargoInThePast(let date, let now):
            return "the embargo time has passed already (\(Self.minutes(now.timeIntervalSince(date))) ago); share the story instead, or give a later time"
        case .emptyReply:
            return "a reply needs text; start from a template or a fact snippet"
        case .escalationNeedsNote:
            return "an escalation needs a note that says what legal, HR or the expert should look at"
        case .claimedByOther(let id, let holder, let until, let now):
            return "comment \(id) is being handled by \(holder) for another \(Self.minutes(until.timeIntervalSince(now))); take it over explicitly if needed"
        case .unchanged(let id, let what):
            return "comment \(id) is \(what) already; nothing was recorded"
        case .roleMayNotHide(let role, let allowed):
            return "your role (\(role.rawValue)) may not hide comments; \(allowed.map(\.rawValue).joined(separator: " or ")) may. Escalate it instead"
        case .replyCannotBeUndone(let id):
            return "the reply to comment \(id) cannot be taken back: it was handed to the network. Answer again to correct it"
        }
    }

    /// `0 min`, `12 min`, `1 h 30 min`, `2 d 3 h`: a span rounded up to the minute.
    static func minutes(_ seconds: TimeInterval) -> String {
        let total = max(0, Int((seconds / 60).rounded(.up)))
        if total >= 2880 { return "\(total / 1440) d \(total % 1440 / 60) h" }
        return total >= 60 ? "\(total / 60) h \(total % 60) min" : "\(total) min"
    }
}

/// Someone changed the item since the user looked at it: acting now could undo their work.
public struct VersionConflict: Error, Hashable, Sendable, CustomStringConvertible {
    public let item: ItemKey
    public let expected: Int64
    public let actual: Int64
    /// What the newer change was: its type, who and when (nil if the store could not tell).
    public let change: String?

    public init(item: ItemKey, expected: Int64, actual: Int64, change: String?) {
        self.item = item
        self.expected = expected
        self.actual = actual
        self.change = change
    }

    public var description: String {
        let what = change.map { ": \($0)" } ?? ""
        return "\(item) changed since you looked at it (you saw version \(expected), it is now \(actual)\(what)); look again and decide anew"
    }
}

/// The item an action was decided on, for version checks.
public enum ItemKey: Hashable, Sendable, CustomStringConvertible {
    case story(StoryID)
    case briefing(LocalDate)
    /// One story's decisions on one day's briefing.
    case briefingEntry(LocalDate, StoryID)
    case comment(CommentID)
    case ambassador(AmbassadorID)
    case share(ShareID)

    public var description: String {
        switch self {
        case .story(let id): return "story \(id)"
        case .briefing(let date): return "the briefing of \(date)"
        case .briefingEntry(let date, let story): return "story \(story) on the briefing of \(date)"
        case .comment(let id): return "comment \(id)"
        case .ambassador(let id): return "ambassador \(id)"
        case .share(let id): return "share \(id)"
        }
    }
}

/// "I decided this having seen version N of that item."
public struct ExpectedVersion: Hashable, Sendable {
    public let item: ItemKey
    public let version: Int64

    public init(_ item: ItemKey, version: Int64) {
        self.item = item
        self.version = version
    }
}
