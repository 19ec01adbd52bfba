import Foundation
import Testing
import NewsroomCore
import NewsroomDemo

@Suite struct LiveStormTests {
    let f = LiveFixture.self

    /// The comments of a run with their posting bucket, post and triaged category.
    struct Written {
        let bucket: Int64
        let post: String
        let category: CommentCategory
        let time: Date
    }

    static func comments(_ events: [NewEvent]) -> [Written] {
        var category: [CommentID: CommentCategory] = [:]
        for e in events { if case .commentClassified(let b) = e.event.payload { category[b.commentID] = b.category } }
        return events.compactMap { e in
            guard case .commentReceived(let b) = e.event.payload, let c = category[b.commentID] else { return nil }
            return Written(bucket: Bucket(containing: b.postedAt).index, post: b.target.id, category: c, time: e.event.time)
        }
    }

    @Test func aStormAtThirtyMinutesHitsOnePostWithMostlyCriticalComments() throws {
        let (events, feed) = f.events(minutes: 75, f.settings(rate: 50, stormAt: 30))
        let storm = try #require(feed.storms.first)
        #expect(feed.storms.count == 1)
        #expect(storm.start == f.start.addingTimeInterval(30 * 60))
        let minutes = storm.end.timeIntervalSince(storm.start) / 60
        #expect(minutes >= 15 && minutes <= 30)
        let during = Self.comments(events).filter { $0.time >= storm.start && $0.time < storm.end }
        let onPost = during.filter { $0.post == storm.post.target.id }
        #expect(onPost.count >= storm.comments)
        let critical = onPost.filter { LiveStorm.critical.contains($0.category) }.count
        #expect(Double(critical) > 0.6 * Double(onPost.count), "\(critical) of \(onPost.count) critical")
        #expect(Set(Self.comments(events).filter { $0.time >= storm.start && $0.time < storm.end && $0.post != storm.post.target.id }.map(\.post)).count > 1,
                "the rest goes on elsewhere")
    }

    /// What a detector that compares critical comments a 15-minute bucket with the usual level
    /// sees: nothing before the storm, ten times the usual and more than its minimum during it.
    @Test func theStormStandsOutOfTheUsualCriticalCommentsPerBucket() throws {
        let (events, feed) = f.events(minutes: 90, f.settings(rate: 50, stormAt: 30))
        let storm = try #require(feed.storms.first)
        var critical: [Int64: Int] = [:]
        var criticalOnPost: [Int64: Int] = [:]
        for c in Self.comments(events) where LiveStorm.critical.contains(c.category) {
            critical[c.bucket, default: 0] += 1
            if c.post == storm.post.target.id { criticalOnPost[c.bucket, default: 0] += 1 }
        }
        let usual = storm.usualCriticalPerBucket
        #expect(usual > 0.5 && usual < 6, "the demo's usual critical comments a quarter hour on a Tuesday morning: \(usual)")
        let before = Bucket(containing: storm.start).index
        for (bucket, n) in critical where bucket < before {
            #expect(n < f.newsroom.stormMinimumComments, "bucket \(bucket) before the storm has \(n) critical comments")
        }
        // The buckets the storm covers whole.
        let seconds = Double(Bucket.seconds)
        let inside = Int64((storm.start.timeIntervalSince1970 / seconds).rounded(.up))..<Int64((storm.end.timeIntervalSince1970 / seconds).rounded(.down))
        #expect(!inside.isEmpty)
        for bucket in inside {
            let n = criticalOnPost[bucket] ?? 0
            #expect(Double(n) >= 10 * usual && n >= f.newsroom.stormMinimumComments, "bucket \(bucket): \(n) critical on the post, usual \(usual)")
            #expect(Double(n) <= 40 * usual + 20)
        }
    }

    @Test func withoutStormAtStormsComeNowAndThenAfterTheFirstHour() {
        let (_, feed) = f.events(minutes: 48 * 60, f.settings(rate: 5, speed: 600))
        #expect(!feed.storms.isEmpty)
        #expect(feed.storms.count <= 12)
        for storm in feed.storms {
            #expect(storm.start >= f.start.addingTimeInterval(3600))
            #expect(storm.comments > 10)
        }
        for (a, b) in zip(feed.storms, feed.storms.dropFirst()) { #expect(b.start.timeIntervalSince(a.end) >= 3600) }
    }
}
