import Foundation

/// Keeps `Metric.criticalComments` in step with a comment's category: counted once, in the bucket
/// of its `postedAt`, while the category is critical (`CommentCategory.isCritical`), whoever set it
/// (a model on ingest, a moderator, a hide with a reason); taken back (−1, same bucket, same scopes)
/// when a later decision makes it non-critical. Scopes: the program, the network, each topic of the
/// story the post is about, and the post (`CounterScope.post`), so a storm can name what drives it.
enum CriticalCount {
    /// Counts or takes back `c` (as it is about to be saved) and marks it with the topics counted.
    static func update<W: FoldWorkspace>(_ c: inout Comment, _ w: inout W) throws {
        let critical = c.category?.isCritical ?? false
        if critical, c.criticalTopics == nil {
            let topics = try w.storyTopics(for: c.target)
            try count(c, topics: topics, amount: 1, &w)
            c.criticalTopics = topics
        } else if !critical, let topics = c.criticalTopics {
            try count(c, topics: topics, amount: -1, &w)
            c.criticalTopics = nil
        }
    }

    private static func count<W: FoldWorkspace>(_ c: Comment, topics: [String], amount: Int64, _ w: inout W) throws {
        let bucket = Bucket(containing: c.postedAt)
        let scopes = [CounterScope.program, .network(c.network), .commented(on: c.target)] + topics.map(CounterScope.topic)
        for scope in scopes {
            try w.count(CounterDelta(CounterKey(.criticalComments, scope), bucket: bucket, amount: amount))
        }
    }
}
