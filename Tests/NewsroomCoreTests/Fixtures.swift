import Foundation
@testable import NewsroomCore

/// Builds events and folds them, so tests read like the morning call they describe.
struct Newsroom {
    static let berlin = NewsroomCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!)
    var state = NewsroomState(calendar: Newsroom.berlin)
    var seq: Int64 = 0
    var now = Timestamp.parse("2026-11-24T07:30:00Z")!

    @discardableResult
    mutating func record(_ payload: EventPayload, by actor: String = "anna", at time: Date? = nil) -> StoredEvent {
        seq += 1
        let stored = StoredEvent(seq: seq, event: Event(time: time ?? now, actor: actor, account: "anna", payload: payload))
        state.apply([stored])
        return stored
    }

    mutating func addStory(_ id: StoryID, topics: [String] = ["innovation"], restriction: StoryRestriction = StoryRestriction(),
                           on date: LocalDate? = nil) {
        record(.storyAdded(StoryAdded(storyID: id, content: StoryContent(headline: "Headline \(id)", topics: topics, restriction: restriction))))
        record(.briefingScheduled(BriefingScheduled(date: date ?? today, storyID: id)))
    }

    mutating func addAmbassador(_ id: AmbassadorID, team: String = "multipliers", role: String = "employee", avoided: [String] = []) {
        record(.ambassadorJoined(AmbassadorJoined(ambassadorID: id, name: "Name \(id)", team: team, role: role, timeZone: "Europe/Berlin",
                                                  topics: ["innovation"], avoidedTopics: avoided,
                                                  accounts: [NetworkAccount(network: .linkedIn, handle: "h-\(id)", followers: 500)])))
    }

    mutating func receiveComment(_ id: CommentID, parent: CommentID? = nil, at time: Date? = nil) {
        record(.commentReceived(CommentReceived(commentID: id, network: .linkedIn, authorRef: PersonRef("p-\(id)"), authorFollowers: 10,
                                                target: CommentTarget(kind: .companyPost, id: "post-1"), parentID: parent,
                                                postedAt: time ?? now)))
    }

    var today: LocalDate { Newsroom.berlin.localDate(of: now) }
    func at(_ text: String) -> Date { Timestamp.parse(text)! }
}
