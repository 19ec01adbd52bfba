import Foundation
import Testing
import NewsroomCore
import NewsroomReadModel

/// The Markdown briefing is what ambassadors receive: it must say what each story is now and will
/// be today, never offer post texts for a story that will be held, and keep hold reasons internal.
@Suite struct BriefingMarkdownTests {
    static let now = Timestamp.parse("2026-11-24T07:30:00Z")!
    static let today = LocalDate("2026-11-24")!
    static let identity = ActorIdentity(actor: "anna", account: "root")

    static func event(_ payload: EventPayload) -> NewEvent {
        NewEvent(Event(time: now.addingTimeInterval(-600), by: identity, payload: payload))
    }

    /// Stories on today's agenda, each with a post text naming it, and the decisions after them.
    static func markdown(_ stories: [(id: String, topic: String)], language: String = "en", _ decisions: [EventPayload]) throws -> String {
        var events: [NewEvent] = []
        for story in stories {
            events.append(event(.storyAdded(StoryAdded(storyID: StoryID(story.id), content: StoryContent(
                headline: "Headline \(story.id)", topics: [story.topic], approvedWording: "Wording \(story.id)",
                postTexts: [PostText(network: .linkedIn, text: "Post text \(story.id)")])))))
            events.append(event(.briefingScheduled(BriefingScheduled(date: today, storyID: StoryID(story.id)))))
        }
        let newsroom = FoldedNewsroom(config: NewsroomConfig(name: "Test", language: language), events: events + decisions.map(event))
        let report = try BriefingReport.load(from: newsroom, date: today, at: now)
        return BriefingMarkdown(report: report, config: newsroom.config).render()
    }

    @Test func anEmbargoedStoryOnAHeldTopicSaysItWillBeHeldAndOffersNoPostText() throws {
        let md = try Self.markdown([("s1", "standorte"), ("s2", "energie")], [
            .briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID("s1"), decision: .embargo(until: Self.now.addingTimeInterval(7200)))),
            .briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID("s2"), decision: .embargo(until: Self.now.addingTimeInterval(3600)))),
            .topicHeld(TopicHeld(date: Self.today, topic: "standorte", reason: "works council hears it first")),
        ])
        #expect(!md.contains("Post text s1"), "a story that will be held offers no post text:\n\(md)")
        #expect(!md.contains("Wording s1"))
        #expect(md.contains("Headline s1"))
        #expect(md.contains("held when the embargo lifts at 10:30"), "it says what it will be today:\n\(md)")
        #expect(md.contains("Post text s2"), "an embargo on a free topic still brings its post text")
        #expect(md.contains("may be shared from 09:30"))
    }

    @Test func holdReasonsStayInternal() throws {
        let md = try Self.markdown([("s1", "standorte"), ("s2", "energie"), ("s3", "energie")], [
            .briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID("s1"), decision: .share)),
            .briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID("s2"), decision: .hold(reason: "legal is still checking the figures"))),
            .topicHeld(TopicHeld(date: Self.today, topic: "standorte", reason: "works council hears it first")),
        ])
        #expect(!md.contains("legal is still checking"), "a hold reason is internal:\n\(md)")
        #expect(!md.contains("works council"), "so is a topic hold's")
        #expect(md.contains("standorte"), "the held topic itself is named, so nobody posts on it")
        #expect(md.contains("Headline s2") && md.contains("Headline s1"))
        #expect(!md.contains("Post text s1") && !md.contains("Post text s2"))
        #expect(md.contains("Post text s3") == false, "a pending story brings no post text either")
    }

    @Test func everyStorySaysItsStatusNowAndLaterToday() throws {
        let md = try Self.markdown([("s1", "a"), ("s2", "b"), ("s3", "c"), ("s4", "d")], [
            .briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID("s1"), decision: .share)),
            .briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID("s2"), decision: .embargo(until: Self.now.addingTimeInterval(3600)))),
            .briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID("s3"), decision: .embargo(until: Self.now.addingTimeInterval(86_400)))),
        ])
        #expect(md.contains("share now"), "\(md)")
        #expect(md.contains("embargo until 09:30; may be shared from 09:30"))
        #expect(md.contains("not today"), "an embargo past midnight keeps the story back all day")
        #expect(!md.contains("Post text s3"))
        #expect(md.contains("not decided yet"))
    }

    @Test func aReasonMarkedForTheAmbassadorsIsMailed() throws {
        let md = try Self.markdown([("s1", "energie"), ("s2", "energie")], [
            .briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID("s1"), decision: .hold(reason: "the figures follow on Friday"),
                                             reasonForAmbassadors: true)),
            .briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID("s2"), decision: .hold(reason: "legal is checking"))),
        ])
        #expect(md.contains("Headline s1: held today: the figures follow on Friday"), "\(md)")
        #expect(md.contains("Headline s2: held today\n") && !md.contains("legal is checking"))
    }

    @Test func inGermanTheStatusReadsTheSame() throws {
        let md = try Self.markdown([("s1", "standorte"), ("s2", "energie")], language: "de", [
            .briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID("s1"), decision: .embargo(until: Self.now.addingTimeInterval(7200)))),
            .briefingDecided(BriefingDecided(date: Self.today, storyID: StoryID("s2"), decision: .embargo(until: Self.now.addingTimeInterval(3600)))),
            .topicHeld(TopicHeld(date: Self.today, topic: "standorte", reason: "Betriebsrat zuerst")),
        ])
        #expect(md.contains("Headline s1: Sperrfrist bis 10:30 Uhr; danach zurückgehalten, das Thema standorte ruht heute"), "\(md)")
        #expect(md.contains("**Sperrfrist bis 09:30 Uhr; ab 09:30 Uhr teilen**"))
        #expect(!md.contains("Betriebsrat") && !md.contains("Post text s1"))
    }
}
