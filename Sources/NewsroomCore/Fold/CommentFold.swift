import Foundation

/// What the comment events do: the moderation workflow, visibility, and the counters they feed.
enum CommentFold {
    static func received<W: FoldWorkspace>(_ b: CommentReceived, _ stored: StoredEvent, _ w: inout W) throws {
        guard try w.comment(b.commentID) == nil else { return }
        var root = b.commentID
        if let parentID = b.parentID {
            if let parent = try w.comment(parentID) {
                root = parent.threadRootID
            } else {
                root = parentID
            }
        }
        let comment = Comment(id: b.commentID, network: b.network, authorRef: b.authorRef, authorFollowers: b.authorFollowers,
                              target: b.target, parentID: b.parentID, threadRootID: root, postedAt: b.postedAt,
                              language: b.language, version: stored.seq)
        try w.save(comment)
        try w.adjust(.comments, by: 1)
        try w.adjust(.state(.new), by: 1)
        try w.adjust(.awaitingFirstResponse(nil), by: 1)
        let bucket = Bucket(containing: b.postedAt)
        try w.count(CounterDelta(CounterKey(.commentsReceived), bucket: bucket, amount: 1))
        try w.count(CounterDelta(CounterKey(.commentsReceived, .network(b.network)), bucket: bucket, amount: 1))

        // A new outside reply reopens a closed thread.
        if root != b.commentID, var rootComment = try w.comment(root), !rootComment.state.isOpen {
            let before = rootComment
            rootComment.state = rootComment.category == nil ? .new : .triaged
            rootComment.resolution = nil
            rootComment.reopenCount += 1
            rootComment.version = stored.seq
            try save(rootComment, replacing: before, &w)
        }
    }

    static func apply<W: FoldWorkspace>(_ stored: StoredEvent, _ w: inout W) throws {
        let event = stored.event
        guard let id = subject(of: event.payload) else { return }
        guard var c = try w.comment(id) else { return try w.skip(stored, because: .missingSubject("comment \(id)")) }
        let before = c
        let time = event.time
        let actor = event.actor
        switch event.payload {
        case .commentClassified(let b):
            if b.isByModerator {
                c.category = b.category
                c.classifiedBy = actor
                if c.state == .new { c.state = .triaged }
            } else if c.classifiedBy == nil || c.classifiedBy!.hasPrefix("model:") {
                c.category = b.category
                c.classifiedBy = b.source
            }
            if let scores = b.scores { c.categoryScores = scores }
        case .commentAssigned(let b):
            c.assignee = b.assignee
            if b.assignee != nil, c.state == .new || c.state == .triaged { c.state = .assigned }
            if b.assignee == nil, c.state == .assigned { c.state = c.category == nil ? .new : .triaged }
        case .commentClaimed(let b):
            c.claim = Claim(holder: b.holder, leaseUntil: b.leaseUntil)
        case .commentReleased:
            c.claim = nil
        case .commentReplied(let b):
            c.replies.append(Reply(id: b.replyID, text: b.text, language: b.language, by: actor, at: time, templateID: b.templateID))
            c.state = .answered
            c.claim = nil
            if c.firstResponseAt == nil {
                c.firstResponseAt = time
                let bucket = Bucket(containing: time)
                let minutes = max(0, time.timeIntervalSince(c.postedAt) / 60)
                try w.count(CounterDelta(CounterKey(.firstResponses), bucket: bucket, amount: 1))
                try w.count(CounterDelta(CounterKey(.firstResponseMinutes, .bin(ResponseTimeBins.bin(forMinutes: minutes))),
                                         bucket: bucket, amount: 1))
            }
        case .commentEscalated(let b):
            c.escalations.append(Escalation(to: b.to, note: b.note, by: actor, at: time))
            c.state = .escalated
        case .commentMoved(let b):
            c.state = b.state
            if b.state == .resolved || b.state == .noAction {
                c.resolution = Resolution(state: b.state, note: b.note, by: actor, at: time)
                c.claim = nil
                if c.firstResolvedAt == nil {
                    c.firstResolvedAt = time
                    let minutes = max(0, time.timeIntervalSince(c.postedAt) / 60)
                    try w.count(CounterDelta(CounterKey(.resolutionMinutes, .bin(ResponseTimeBins.bin(forMinutes: minutes))),
                                             bucket: Bucket(containing: time), amount: 1))
                }
            } else {
                c.resolution = nil
            }
        case .commentHidden(let b):
            c.visibility = .hidden(HideRecord(reason: b.reason, ground: b.ground, note: b.note, by: actor, at: time))
            if c.category != b.reason {
                c.category = b.reason
                c.classifiedBy = actor
            }
            try w.count(CounterDelta(CounterKey(.commentsHidden), bucket: Bucket(containing: time), amount: 1))
            try w.count(CounterDelta(CounterKey(.commentsHidden, .reason(b.reason)), bucket: Bucket(containing: time), amount: 1))
        case .commentUnhidden:
            if let reason = c.visibility.hide?.reason {
                try w.count(CounterDelta(CounterKey(.commentsUnhidden, .reason(reason)), bucket: Bucket(containing: time), amount: 1))
            }
            c.visibility = .visible
        default:
            return
        }
        if ModeratorActivity.isAction(event.payload, by: actor) {
            let bucket = Bucket(containing: time)
            try w.count(CounterDelta(CounterKey(.moderationActions), bucket: bucket, amount: 1))
            try w.count(CounterDelta(CounterKey(.moderationActions, .moderator(actor)), bucket: bucket, amount: 1))
        }
        c.version = stored.seq
        try CriticalCount.update(&c, &w)
        try save(c, replacing: before, &w)
    }

    /// Saves a comment and keeps the state and visibility tallies in step.
    private static func save<W: FoldWorkspace>(_ c: Comment, replacing before: Comment, _ w: inout W) throws {
        try w.save(c)
        if before.state != c.state {
            try w.adjust(.state(before.state), by: -1)
            try w.adjust(.state(c.state), by: 1)
        }
        if before.visibility.isHidden != c.visibility.isHidden {
            try w.adjust(.hidden, by: c.visibility.isHidden ? 1 : -1)
        }
        let (was, now) = (awaiting(before), awaiting(c))
        if was != now {
            if let was { try w.adjust(.awaitingFirstResponse(was), by: -1) }
            if let now { try w.adjust(.awaitingFirstResponse(now), by: 1) }
        }
    }

    /// The category (itself optional: unclassified) a comment waits under for its first
    /// response, or none when it does not wait.
    private static func awaiting(_ c: Comment) -> CommentCategory?? {
        SLACutoffs.awaitsFirstResponse(c) ? .some(c.category) : .none
    }

    /// The comment an event is about.
    static func subject(of payload: EventPayload) -> CommentID? {
        switch payload {
        case .commentReceived(let b): return b.commentID
        case .commentClassified(let b): return b.commentID
        case .commentAssigned(let b): return b.commentID
        case .commentClaimed(let b): return b.commentID
        case .commentReleased(let b): return b.commentID
        case .commentReplied(let b): return b.commentID
        case .commentEscalated(let b): return b.commentID
        case .commentMoved(let b): return b.commentID
        case .commentHidden(let b): return b.commentID
        case .commentUnhidden(let b): return b.commentID
        default: return nil
        }
    }
}
