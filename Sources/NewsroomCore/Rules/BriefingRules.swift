import Foundation

/// The morning call's rules: what a decision needs, how undo compensates, and which stories an
/// ambassador may be offered.
public enum BriefingRules {
    /// `reasonForAmbassadors` lets a hold's reason go out with the Markdown briefing (it stays
    /// internal otherwise); it means nothing for the other decisions, which carry no reason.
    public static func decide(_ decision: BriefingDecision, story: StoryID, on briefing: Briefing, at moment: Date, note: String? = nil,
                              reasonForAmbassadors: Bool = false) throws -> EventPayload {
        switch decision {
        case .hold(let reason) where reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty:
            throw RuleViolation.holdNeedsReason
        case .embargo(let until) where until <= moment:
            throw RuleViolation.embargoInThePast(until, now: moment)
        default:
            break
        }
        guard briefing.agenda.contains(story) else { throw RuleViolation.notOnAgenda(story, briefing.date) }
        let shareReason: Bool
        if case .hold = decision { shareReason = reasonForAmbassadors } else { shareReason = false }
        return .briefingDecided(BriefingDecided(date: briefing.date, storyID: story, decision: decision, note: note, reasonForAmbassadors: shareReason))
    }

    /// Undo is a compensating event: the decision before the last one (pending if there was none).
    public static func undo(story: StoryID, on briefing: Briefing, lastEventID: UUID?) throws -> EventPayload {
        guard let entry = briefing.entries[story], !entry.history.isEmpty else {
            throw RuleViolation.nothingToUndo("story \(story) on \(briefing.date)")
        }
        let previous = entry.history.dropLast().last
        return .briefingDecided(BriefingDecided(date: briefing.date, storyID: story, decision: previous?.decision ?? .pending, note: "undo",
                                                undoes: lastEventID, reasonForAmbassadors: previous?.reasonForAmbassadors ?? false))
    }

    /// Undo of one decision whose predecessor the caller kept (nil: there was none, so pending):
    /// compensates, never erases, and restores whether a hold's reason went to the ambassadors.
    public static func undo(story: StoryID, on date: LocalDate, back previous: DecisionRecord?, undoing eventID: UUID) -> EventPayload {
        .briefingDecided(BriefingDecided(date: date, storyID: story, decision: previous?.decision ?? .pending, note: "undo", undoes: eventID,
                                         reasonForAmbassadors: previous?.reasonForAmbassadors ?? false))
    }

    /// Lifts a topic hold of that day; refused when the topic is not held.
    public static func releaseTopic(_ topic: String, on date: LocalDate, held: [String]) throws -> EventPayload {
        guard held.contains(topic) else { throw RuleViolation.topicNotHeld(topic, date) }
        return .topicReleased(TopicReleased(date: date, topic: topic))
    }

    public static func holdTopic(_ topic: String, on date: LocalDate, reason: String) throws -> EventPayload {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw RuleViolation.holdNeedsReason }
        return .topicHeld(TopicHeld(date: date, topic: topic, reason: reason))
    }

    /// Whether an ambassador may be offered a story: its restriction, today's topic holds and
    /// the ambassador's own avoided topics all have their say.
    public static func mayOffer(_ story: Story, to ambassador: Ambassador, briefing: Briefing?, at moment: Date) -> Bool {
        guard story.content.restriction.allows(team: ambassador.team, role: ambassador.role) else { return false }
        guard !story.content.topics.contains(where: ambassador.avoidedTopics.contains) else { return false }
        guard let briefing else { return false }
        return briefing.status(of: story.id, topics: story.content.topics, at: moment).isShareable
    }

    /// Checks a share suggestion against the restriction, with the reason when refused.
    public static func checkRestriction(_ story: Story, for ambassador: Ambassador) throws {
        let r = story.content.restriction
        guard r.allows(team: ambassador.team, role: ambassador.role) else {
            throw RuleViolation.storyRestricted(story.id, team: ambassador.team, role: ambassador.role, allowed: r)
        }
    }

    /// The stories of a briefing an ambassador may share at that moment, in agenda order.
    public static func offers(for ambassador: Ambassador, briefing: Briefing, stories: [StoryID: Story], at moment: Date) -> [Story] {
        briefing.agenda.compactMap { stories[$0] }.filter { mayOffer($0, to: ambassador, briefing: briefing, at: moment) }
    }
}
