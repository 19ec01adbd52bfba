import Foundation
import Testing
import NewsroomCore
import NewsroomReadModel
@testable import NewsroomStore

/// The moderation queue ranks the same from the folder store's grouped queries as from the
/// events folded in memory, and its contexts count what the priority formula says.
@Suite struct QueueReadTests {
    @Test(arguments: [21, 22, 23] as [UInt64])
    func theStoreAndTheFoldGiveTheSameQueue(seed: UInt64) throws {
        let t = try TemporaryNewsroom("queue-\(seed)")
        let store = try t.create()
        var folded = FoldedNewsroom(config: store.config)
        var script = RandomNewsroomScript(seed: seed)
        for _ in 0..<20 {
            let batch = script.events(50)
            try store.append(batch)
            folded.append(batch)
        }
        let last = try #require(try store.events(after: 0, limit: 100_000).last).event.time
        for hours in [0.0, 0.5, 30] {
            let now = last.addingTimeInterval(hours * 3600)
            for selection in [QueueSelection.open, .hidden, .all, .state(.escalated)] {
                let a = try ModerationQueue.load(from: store, QueueRequest(selection: selection), at: now)
                let b = try ModerationQueue.load(from: folded, QueueRequest(selection: selection), at: now)
                #expect(a == b, "\(selection) at +\(hours) h, seed \(seed)")
            }
        }
        #expect(try !ModerationQueue.load(from: store, at: last).items.isEmpty, "the script leaves open comments")
    }

    @Test func contextsCountTheThreadsHourTheAuthorsOffencesAndAnAnswer() throws {
        let t = try TemporaryNewsroom("queue-context")
        let store = try t.create()
        let at = { (minutes: Double) in testNow.addingTimeInterval(minutes * 60) }
        func reply(_ id: String, to parent: String, handle: String, minutes: Double) -> NewEvent {
            var e = comment(id, handle: handle, text: "t", at: at(minutes))
            guard case .commentReceived(var body) = e.event.payload else { return e }
            body.parentID = CommentID(parent)
            e = NewEvent(Event(time: e.event.time, actor: e.event.actor, account: "root", payload: .commentReceived(body)), personal: e.personal)
            return e
        }
        try store.append([
            comment("root", handle: "alice", text: "t", at: at(-300)),
            reply("r1", to: "root", handle: "bob", minutes: -90),   // outside the hour
            reply("r2", to: "root", handle: "bob", minutes: -50),
            reply("r3", to: "root", handle: "carl", minutes: -5),
            comment("other", handle: "bob", text: "t", at: at(-200)),
            event(.commentHidden(CommentHidden(commentID: "other", reason: .insult, ground: "StGB §185", note: "n"))),
            event(.commentClassified(CommentClassified(commentID: "r1", category: .threat, source: "anna"))),
            event(.commentReplied(CommentReplied(commentID: "r3", replyID: "x", text: "Danke", language: "de"))),
        ])
        let comments = try store.queueCandidates(.all, limit: 100)
        let contexts = try store.priorityContexts(for: comments, at: testNow)
        let r2 = try #require(contexts["r2"])
        #expect(r2.threadCommentsLastHour == 2, "r2 and r3 in the last hour; root and r1 before")
        #expect(r2.priorUnlawfulByAuthor == 2, "bob's hidden 'other' and his threat r1")
        #expect(r2.answeredInThread, "r3 was answered")
        #expect(contexts["r1"]?.priorUnlawfulByAuthor == 1, "r1 itself does not count against bob")
        #expect(contexts["other"]?.answeredInThread == false)
        var folded = FoldedNewsroom(config: store.config)
        folded.append(try store.events(after: 0, limit: 100).map { NewEvent($0.event) })
        #expect(folded.priorityContexts(for: comments, at: testNow) == contexts)
    }
}

extension QueueReadTests {
    /// Following the log reads only the comments it touched: merged into the previous rows, the
    /// queue holds the same items as a full ranking (the order of old rows aside).
    @Test func anIncrementalReloadHoldsWhatAFullRankingHolds() throws {
        let t = try TemporaryNewsroom("queue-incremental")
        let store = try t.create()
        var script = RandomNewsroomScript(seed: 31)
        try store.append(script.events(600))
        let now = try #require(try store.events(after: 0, limit: 100_000).last).event.time
        let day = store.config.calendar.localDate(of: now)
        let before = try ConsoleSnapshot.load(from: store, date: day, now: now)
        let seq = try store.lastSeq()
        try store.append(script.events(200))
        let touched = ConsoleSnapshot.touched(by: try store.events(after: seq, limit: 1000))
        var known: [StoryID: Story] = [:]
        let incremental = try ConsoleSnapshot.load(from: store, date: day, now: now, previous: before, areas: [.moderation],
                                                   knownStories: &known, changedComments: touched.comments)
        let full = try ConsoleSnapshot.load(from: store, date: day, now: now)
        #expect(Set(incremental.moderation.queue.map(\.comment.id)) == Set(full.moderation.queue.map(\.comment.id)))
        let fresh = Dictionary(full.moderation.queue.map { ($0.comment.id, $0.comment) }, uniquingKeysWith: { a, _ in a })
        for row in incremental.moderation.queue where touched.comments.contains(row.comment.id) {
            #expect(row.comment == fresh[row.comment.id], "a touched row is read again")
        }
        #expect(incremental.moderation.queueTotal == full.moderation.queueTotal)
    }
}
