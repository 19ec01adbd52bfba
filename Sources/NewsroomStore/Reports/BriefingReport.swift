import Foundation
import NewsroomCore

/// One story on a day's agenda, with everything a reader of the briefing needs about it.
public struct BriefingRow: Sendable {
    public let position: Int
    public let story: Story
    public let status: BriefingStatus
    public let decision: DecisionRecord?
    public let heldTopic: TopicHold?
    public let sharesSoFar: Int
    /// The version of this story's decisions that day, for a decision's expected version.
    public var entryVersion: Int64 = 0
}

/// A day's briefing as people read it: the command line prints it, the console shows it, and its
/// Markdown is what gets sent to ambassadors.
public struct BriefingReport: Sendable {
    public let newsroom: String
    public let date: LocalDate
    public let at: Date
    public let rows: [BriefingRow]
    public let topicHolds: [TopicHold]
    public let notes: [BriefingNote]
    /// The briefing's version (its last event's `seq`), for reordering and topic holds.
    public var version: Int64 = 0

    /// Reads the briefing of `date` as its status is at `moment` (embargoes lift by themselves).
    public static func load(from store: FolderStore, date: LocalDate, at moment: Date) throws -> BriefingReport {
        var known: [StoryID: Story] = [:]
        return try load(from: store, date: date, at: moment, knownStories: &known)
    }

    /// The same, reading only the stories `knownStories` does not hold yet (and adding them), so a
    /// console that follows the store reads a changed story, not the whole agenda, again.
    public static func load(from store: FolderStore, date: LocalDate, at moment: Date, knownStories: inout [StoryID: Story]) throws -> BriefingReport {
        let briefing = try store.briefing(on: date) ?? Briefing(date: date)
        let missing = briefing.agenda.filter { knownStories[$0] == nil }
        for (id, story) in try store.stories(missing) { knownStories[id] = story }
        let stories = knownStories
        let counts = try store.shareCounts(of: briefing.agenda)
        var rows: [BriefingRow] = []
        for (index, id) in briefing.agenda.enumerated() {
            guard let story = stories[id] else { continue }
            rows.append(BriefingRow(position: index + 1, story: story,
                                    status: briefing.status(of: id, topics: story.content.topics, at: moment),
                                    decision: briefing.entries[id]?.current, heldTopic: briefing.heldTopic(among: story.content.topics),
                                    sharesSoFar: counts[id] ?? 0, entryVersion: briefing.entries[id]?.version ?? 0))
        }
        return BriefingReport(newsroom: store.config.name, date: date, at: moment, rows: rows,
                              topicHolds: briefing.topicHolds.values.sorted { $0.topic < $1.topic }, notes: briefing.notes,
                              version: briefing.version)
    }

    public var shareable: [BriefingRow] { rows.filter { $0.status.isShareable } }
    public var embargoed: [BriefingRow] { rows.filter { if case .embargoed = $0.status { return true } else { return false } } }
    public var held: [BriefingRow] {
        rows.filter {
            switch $0.status {
            case .hold, .topicHeld: return true
            default: return false
            }
        }
    }
    public var pending: [BriefingRow] { rows.filter { $0.status == .pending } }
}

/// How a status reads in a line of text, with the embargo's local time.
extension BriefingStatus {
    public func text(calendar: NewsroomCalendar, at moment: Date) -> String {
        switch self {
        case .pending: return "pending"
        case .share: return "share"
        case .hold(let reason): return "hold: \(reason)"
        case .embargoed(let until):
            let minutes = Int((until.timeIntervalSince(moment) / 60).rounded(.up))
            let left = minutes >= 60 ? "\(minutes / 60) h \(minutes % 60) min" : "\(minutes) min"
            return "embargo until \(calendar.localTime(of: until)) (in \(left))"
        case .released(let ended): return "share (embargo ended \(calendar.localTime(of: ended)))"
        case .topicHeld(let topic, let reason): return "topic held: \(topic) (\(reason))"
        }
    }
}
