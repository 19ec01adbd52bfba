import Foundation
import Testing
import NewsroomCore
@testable import NewsroomStore

/// Reading the whole log a page at a time, the next page read on another thread: every event once,
/// in order, and a body that throws ends the walk without leaving a read behind.
@Suite struct EventPagesTests {
    @Test func everyEventComesOnceInOrder() throws {
        let t = try TemporaryNewsroom()
        let store = try t.create()
        try store.append((1...23).map { story("s\($0)") })
        var seqs: [Int64] = []
        var sizes: [Int] = []
        try store.forEachPage(size: 5) { page in
            seqs += page.map(\.seq)
            sizes.append(page.count)
        }
        #expect(seqs == Array(1...23))
        #expect(sizes == [5, 5, 5, 5, 3])
    }

    struct Stop: Error {}

    @Test func aBodyThatThrowsEndsTheWalk() throws {
        let t = try TemporaryNewsroom()
        let store = try t.create()
        try store.append((1...12).map { story("s\($0)") })
        var pages = 0
        #expect(throws: Stop.self) {
            try store.forEachPage(size: 4) { _ in
                pages += 1
                if pages == 2 { throw Stop() }
            }
        }
        #expect(pages == 2)
        #expect(try store.events(after: 0, limit: 100).count == 12, "the store reads on afterwards")
    }
}
