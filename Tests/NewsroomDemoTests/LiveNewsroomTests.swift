import Foundation
import Testing
import NewsroomCore
import NewsroomDemo

@Suite struct LiveNewsroomTests {
    let f = LiveFixture.self

    @Test func readsWhatTheFeedContinuesFrom() {
        let n = f.newsroom
        #expect(n.ambassadors.count >= 150 && n.ambassadors.allSatisfy { $0.leftAt == nil && !$0.accounts.isEmpty })
        #expect(n.briefings.contains { $0.date == DemoFixture.today })
        #expect(n.shares.count > 200 && n.shares.allSatisfy { $0.postedAt >= f.start.addingTimeInterval(-7 * 86_400) })
        #expect(n.companyPosts.contains { $0.target.id.hasPrefix("nordlicht-") })
        #expect(Set(n.mentionLevels.keys.map(\.source)) == ["ours", "Südwind Energie", "Hansa Netze"])
        #expect(n.missingPart == nil)
    }

    /// The rhythm comes from the demo's past weeks: busy working mornings, quiet nights, calmer
    /// weekends; one past storm does not make its hour look stormy every week.
    @Test func theRhythmIsLearntFromPastWeeks() {
        let r = f.newsroom.rhythm
        #expect(r != LiveRhythm.typical)
        #expect(r.comments[2][10] > 3 * r.comments[2][3])
        #expect(r.comments[2][10] > 1.4 * r.comments[7][10])
        #expect(r.comments[2][10] > 10 && r.comments[2][10] < 45)
        // The demo's storm three Tuesdays ago drew a few hundred comments from 19:00 on.
        #expect(r.comments[2][19] < 1.12 * r.comments[2][18], "the busiest evening is left out: \(r.comments[2][18]) \(r.comments[2][19]) \(r.comments[2][20])")
        #expect(r.shares[2][10] > 0.5)
    }

    @Test func aNewsroomWithoutAmbassadorsOrStoriesCannotBeSimulated() throws {
        let empty = MemoryNewsroom(state: NewsroomState(calendar: DemoFixture.calendar), config: NewsroomConfig())
        let read = try LiveNewsroom.read(from: empty, at: f.start)
        #expect(read.missingPart == "no ambassadors who could share")
        #expect(read.rhythm == LiveRhythm.typical)
    }
}
