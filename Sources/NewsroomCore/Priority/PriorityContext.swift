/// What the queue knows about a comment's surroundings beyond the comment itself: how busy its
/// thread is, how visible its post is, and what its author did before. Read models fill it from
/// the store; the score itself stays a pure function.
public struct PriorityContext: Hashable, Sendable {
    /// Comments in the same thread posted within the hour before the moment of scoring.
    public var threadCommentsLastHour: Int
    /// Reactions on the post the comment is on (0 when unknown).
    public var postReactions: Int
    /// Other comments by the same author that were hidden or classified as unlawful.
    public var priorUnlawfulByAuthor: Int
    /// Whether the newsroom has already answered in this thread.
    public var answeredInThread: Bool
    /// The crisis gauge's level (Graf/Schwede scale, 0–6); 3 and up lifts every item.
    public var crisisLevel: Int

    public init(threadCommentsLastHour: Int = 0, postReactions: Int = 0, priorUnlawfulByAuthor: Int = 0,
                answeredInThread: Bool = false, crisisLevel: Int = 0) {
        self.threadCommentsLastHour = threadCommentsLastHour
        self.postReactions = postReactions
        self.priorUnlawfulByAuthor = priorUnlawfulByAuthor
        self.answeredInThread = answeredInThread
        self.crisisLevel = crisisLevel
    }
}
