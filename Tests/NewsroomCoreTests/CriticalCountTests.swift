import Foundation
import Testing
@testable import NewsroomCore

/// The fold counts a comment as critical once, in the bucket it was posted in, in every scope the
/// storm warning reads, and takes the count back when a later decision makes it non-critical.
@Suite("Critical comments in the fold")
struct CriticalCountTests {
    static let posted = Timestamp.parse("2026-11-24T06:05:00Z")!
    static let later = Timestamp.parse("2026-11-24T07:20:00Z")!
    static let bucket = Bucket(containing: posted).index

    /// A story on energy and the grid, shared on LinkedIn by a1; comment c1 on the share, posted at 06:05.
    func newsroom() -> Newsroom {
        var n = Newsroom()
        n.addStory("s1", topics: ["netz", "energie", "netz"])
        n.addAmbassador("a1")
        n.record(.sharePosted(SharePosted(shareID: "sh1", ambassadorID: "a1", storyID: "s1", network: .linkedIn, postedAt: Self.posted, text: "#netz")))
        n.record(.commentReceived(CommentReceived(commentID: "c1", network: .linkedIn, authorRef: "p1", authorFollowers: 10,
                                                  target: CommentTarget(kind: .share, id: "sh1"), parentID: nil, postedAt: Self.posted)))
        return n
    }

    /// The critical count of c1's scopes in its bucket, and over all time.
    func counts(_ n: Newsroom) -> [String: Int64] {
        let scopes: [(String, CounterScope)] = [("program", .program), ("linkedin", .network(.linkedIn)), ("netz", .topic("netz")),
                                                ("energie", .topic("energie")), ("post", .commented(on: CommentTarget(kind: .share, id: "sh1")))]
        var out: [String: Int64] = [:]
        for (name, scope) in scopes {
            out[name] = n.state.counters.sum(CounterKey(.criticalComments, scope), over: Self.bucket..<Self.bucket + 1)
            #expect(n.state.counters.sum(CounterKey(.criticalComments, scope), over: Int64.min / 2..<Int64.max / 2) == out[name],
                    "only in the bucket of its posting")
        }
        return out
    }

    let one: [String: Int64] = ["program": 1, "linkedin": 1, "netz": 1, "energie": 1, "post": 1]
    let none: [String: Int64] = ["program": 0, "linkedin": 0, "netz": 0, "energie": 0, "post": 0]

    func classify(_ n: inout Newsroom, _ category: CommentCategory, byModel: Bool = false) {
        n.record(.commentClassified(CommentClassified(commentID: "c1", category: category, source: byModel ? "model:rules-v1" : "anna")),
                 by: byModel ? "model:rules-v1" : "anna", at: Self.later)
    }

    @Test("which categories are critical")
    func categories() {
        #expect(CommentCategory.allCases.filter(\.isCritical) == [.criticism, .insult, .defamation, .threat, .workplacePeace, .doxxing])
    }

    @Test("counted once when it becomes critical, in the bucket of its posting, program, network, topics and post")
    func counted() {
        var n = newsroom()
        #expect(counts(n) == none, "unclassified: not yet")
        classify(&n, .criticism, byModel: true)
        #expect(counts(n) == one)
        #expect(n.state.comments["c1"]?.criticalTopics == ["energie", "netz"], "the story's topics, sorted, once each")
        classify(&n, .insult)
        #expect(counts(n) == one, "from one critical category to another: still one")
        classify(&n, .threat)
        #expect(counts(n) == one)
    }

    @Test("taken back when a reclassification makes it non-critical, and counted again when it turns back")
    func reclassified() {
        var n = newsroom()
        classify(&n, .insult, byModel: true)
        classify(&n, .praise)
        #expect(counts(n) == none)
        #expect(n.state.comments["c1"]?.criticalTopics == nil)
        classify(&n, .criticism)
        #expect(counts(n) == one)
        classify(&n, .question)
        #expect(counts(n) == none)
    }

    @Test("a model's classification after a moderator's changes nothing")
    func modelAfterModerator() {
        var n = newsroom()
        classify(&n, .praise)
        classify(&n, .insult, byModel: true)
        #expect(counts(n) == none)
    }

    @Test("a hide with a reason moves it: to spam takes it back, to insult counts it; an unhide keeps the category")
    func hidden() {
        var n = newsroom()
        classify(&n, .criticism)
        n.record(.commentHidden(CommentHidden(commentID: "c1", reason: .spam, ground: "platform rules", note: "Werbung")), at: Self.later)
        #expect(counts(n) == none)
        n.record(.commentUnhidden(CommentUnhidden(commentID: "c1", note: "doch keine Werbung")), at: Self.later)
        #expect(counts(n) == none, "unhidden, still spam")
        n.record(.commentHidden(CommentHidden(commentID: "c1", reason: .insult, ground: "StGB §185", note: "Beleidigung")), at: Self.later)
        #expect(counts(n) == one)
        n.record(.commentUnhidden(CommentUnhidden(commentID: "c1", note: "n")), at: Self.later)
        #expect(counts(n) == one, "a hidden or shown insult is the same critical comment")
    }

    @Test("taken back from the topics it was counted under, even after the story's topics changed")
    func storyTopicsChanged() {
        var n = newsroom()
        classify(&n, .criticism)
        n.record(.storyEdited(StoryEdited(storyID: "s1", content: StoryContent(headline: "Neu", topics: ["preise"]))))
        classify(&n, .praise)
        #expect(counts(n) == none)
        #expect(n.state.counters.sum(CounterKey(.criticalComments, .topic("preise")), over: Self.bucket..<Self.bucket + 1) == 0)
        classify(&n, .criticism)
        #expect(n.state.counters.sum(CounterKey(.criticalComments, .topic("preise")), over: Self.bucket..<Self.bucket + 1) == 1,
                "counted again: under the topics the story has now")
    }

    @Test("a comment on a story counts under its topics; on a company post under none")
    func targets() {
        var n = newsroom()
        n.record(.commentReceived(CommentReceived(commentID: "c2", network: .x, authorRef: "p2", authorFollowers: 1,
                                                  target: CommentTarget(kind: .story, id: "s1"), parentID: nil, postedAt: Self.posted)))
        n.record(.commentReceived(CommentReceived(commentID: "c3", network: .x, authorRef: "p3", authorFollowers: 1,
                                                  target: CommentTarget(kind: .companyPost, id: "cp-9"), parentID: nil, postedAt: Self.posted)))
        n.record(.commentClassified(CommentClassified(commentID: "c2", category: .threat, source: "anna")))
        n.record(.commentClassified(CommentClassified(commentID: "c3", category: .defamation, source: "anna")))
        let range = Self.bucket..<Self.bucket + 1
        let sums = n.state.counters.sums(of: .criticalComments, over: range)
        #expect(sums == [.program: 2, .network(.x): 2, .topic("netz"): 1, .topic("energie"): 1,
                         .commented(on: CommentTarget(kind: .story, id: "s1")): 1, .commented(on: CommentTarget(kind: .companyPost, id: "cp-9")): 1])
        #expect(n.state.comments["c3"]?.criticalTopics == [])
        #expect(CounterScope.commented(on: CommentTarget(kind: .companyPost, id: "cp:9")).postTarget == CommentTarget(kind: .companyPost, id: "cp:9"))
        #expect(CounterScope.topic("netz").topicName == "netz" && CounterScope.topic("netz").postTarget == nil)
    }

    @Test("the crisis level set by hand: kept until cleared, only by a person")
    func manualLevel() {
        var n = newsroom()
        n.record(.crisisDeclared(CrisisDeclared(level: .campaign, note: "Presse")), by: "ben", at: Self.later)
        #expect(n.state.manualCrisisLevel == ManualCrisisLevel(level: .campaign, note: "Presse", by: "ben", at: Self.later, version: n.seq))
        n.record(.crisisDeclared(CrisisDeclared(level: .allMedia, note: "Tagesschau")), by: "import:x")
        #expect(n.state.manualCrisisLevel?.level == .campaign, "an importer does not set a level")
        n.record(.crisisCleared(CrisisCleared(note: "ruhig")), by: "ben")
        #expect(n.state.manualCrisisLevel == nil)
    }

    @Test("crisis events round-trip; a hand-set level outside 5–6 does not read")
    func crisisEvents() throws {
        for payload: EventPayload in [.crisisDeclared(CrisisDeclared(level: .allMedia, note: "ü")), .crisisCleared(CrisisCleared()),
                                      .crisisCleared(CrisisCleared(note: "n"))] {
            let body = try payload.encodedBody()
            #expect(try EventPayload.decode(type: payload.type, version: payload.schemaVersion, body: body) == payload)
        }
        #expect(String(decoding: try EventPayload.crisisDeclared(CrisisDeclared(level: .campaign, note: "n")).encodedBody(), as: UTF8.self)
                == #"{"level":5,"note":"n"}"#)
        #expect { try EventPayload.decode(type: "crisis.declared", version: 1, body: Data(#"{"level":3,"note":"n"}"#.utf8)) } throws: { error in
            "\(error)".contains("crisis.declared") && "\(error)".contains("5 or 6")
        }
    }
}
