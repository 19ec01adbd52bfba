import Foundation
import Testing
import NewsroomCore
import NewsroomReadModel

/// The console's snapshot built from events alone, without a database.
@Suite struct FoldedNewsroomTests {
    static let now = Timestamp.parse("2026-11-24T07:30:00Z")!
    static let today = LocalDate("2026-11-24")!

    @Test func aSnapshotComesFromEventsFoldedInMemory() throws {
        let identity = ActorIdentity(actor: "anna", account: "root")
        func at(_ minutesAgo: Double, _ payload: EventPayload, _ personal: PersonalData = PersonalData()) -> NewEvent {
            NewEvent(Event(time: Self.now.addingTimeInterval(-minutesAgo * 60), by: identity, payload: payload), personal: personal)
        }
        let ref = PersonRef("p1")
        let threat = CommentID("c1")
        var newsroom = FoldedNewsroom(config: NewsroomConfig(name: "Memory"), events: [
            at(90, .storyAdded(StoryAdded(storyID: StoryID("s1"), content: StoryContent(headline: "Umspannwerk Husum")))),
            at(90, .briefingScheduled(BriefingScheduled(date: Self.today, storyID: StoryID("s1")))),
            at(60, .commentReceived(CommentReceived(commentID: threat, network: .x, authorRef: ref, authorFollowers: 3,
                                                    target: CommentTarget(kind: .companyPost, id: "p"), postedAt: Self.now.addingTimeInterval(-3600))),
               PersonalData(texts: [AuthoredText(ref: ref, subject: threat.rawValue, text: "Wir wissen, wo ihr wohnt", writtenAt: Self.now)])),
            at(59, .commentClassified(CommentClassified(commentID: threat, category: .threat, scores: [:], source: "anna"))),
        ])
        newsroom.append([at(1, .briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID("s1"), decision: .share)))])

        let snapshot = try ConsoleSnapshot.load(from: newsroom, date: Self.today, now: Self.now)
        #expect(snapshot.newsroom == "Memory")
        #expect(snapshot.lastSeq == 5)
        #expect(snapshot.briefing.rows.map(\.status) == [.share])
        #expect(snapshot.moderation.slaBreaches == 1, "a threat unanswered for 60 minutes is past its 30")
        #expect(snapshot.moderation.queue.map(\.text) == ["Wir wissen, wo ihr wohnt"])
        #expect(snapshot.alerts(at: Self.now, calendar: newsroom.config.calendar) == ["SLA breaches 1"])
    }

    @Test func noEmbargoAlertForAStoryThatLiftsIntoATopicHold() throws {
        let identity = ActorIdentity(actor: "anna", account: "root")
        func e(_ payload: EventPayload) -> NewEvent { NewEvent(Event(time: Self.now, by: identity, payload: payload)) }
        let lifts = Self.now.addingTimeInterval(600)
        var events: [NewEvent] = []
        for (id, topic) in [("s1", "standorte"), ("s2", "energie")] {
            events += [e(.storyAdded(StoryAdded(storyID: StoryID(id), content: StoryContent(headline: id, topics: [topic])))),
                       e(.briefingScheduled(BriefingScheduled(date: Self.today, storyID: StoryID(id)))),
                       e(.briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID(id), decision: .embargo(until: lifts))))]
        }
        events.append(e(.topicHeld(TopicHeld(date: Self.today, topic: "standorte", reason: "works council first"))))
        let newsroom = FoldedNewsroom(config: NewsroomConfig(name: "Memory"), events: events)
        let snapshot = try ConsoleSnapshot.load(from: newsroom, date: Self.today, now: Self.now)
        #expect(snapshot.alerts(at: Self.now, calendar: newsroom.config.calendar) == ["embargo lifts 08:40", "held: standorte"])
    }
}
