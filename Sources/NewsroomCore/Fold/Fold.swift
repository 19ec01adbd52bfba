import Foundation

/// The one definition of what each event does to the newsroom's state. Pure: it reads and writes
/// entities through a `FoldWorkspace` and emits counter and tally changes.
public enum Fold {
    /// Bump when what an event does changes: the store then rebuilds its projections, once.
    /// 5: critical comments counted for the storm warning; the crisis level set by hand; share
    /// figures per `.post(marks)` scope for campaign attribution; hashtag counters.
    public static let version = 5

    public static func apply<W: FoldWorkspace>(_ stored: StoredEvent, to w: inout W) throws {
        let seq = stored.seq
        let event = stored.event
        let actor = event.actor
        let time = event.time
        switch event.payload {
        case .storyAdded(let b):
            if var existing = try w.story(b.storyID) {
                existing.content = b.content
                existing.version = seq
                try w.save(existing)
            } else {
                try w.save(Story(id: b.storyID, content: b.content, createdAt: time, createdBy: actor, version: seq))
                try w.adjust(.stories, by: 1)
            }
        case .storyEdited(let b):
            guard var story = try w.story(b.storyID) else { return try w.skip(stored, because: .missingSubject("story \(b.storyID)")) }
            story.content = b.content
            story.version = seq
            try w.save(story)
        case .storyRestricted(let b):
            guard var story = try w.story(b.storyID) else { return try w.skip(stored, because: .missingSubject("story \(b.storyID)")) }
            story.content.restriction = b.restriction
            story.version = seq
            try w.save(story)

        case .briefingScheduled(let b):
            var briefing = try w.briefing(on: b.date) ?? Briefing(date: b.date)
            briefing.agenda.removeAll { $0 == b.storyID }
            let position = min(max(b.position ?? briefing.agenda.count, 0), briefing.agenda.count)
            briefing.agenda.insert(b.storyID, at: position)
            if briefing.entries[b.storyID] == nil { briefing.entries[b.storyID] = BriefingEntry(storyID: b.storyID) }
            briefing.version = seq
            try w.save(briefing)
        case .briefingDecided(let b):
            var briefing = try w.briefing(on: b.date) ?? Briefing(date: b.date)
            if !briefing.agenda.contains(b.storyID) { briefing.agenda.append(b.storyID) }
            var entry = briefing.entries[b.storyID] ?? BriefingEntry(storyID: b.storyID)
            entry.history.append(DecisionRecord(decision: b.decision, decidedBy: actor, decidedAt: time, note: b.note,
                                                reasonForAmbassadors: b.reasonForAmbassadors))
            entry.version = seq
            briefing.entries[b.storyID] = entry
            briefing.version = seq
            try w.save(briefing)
        case .briefingReordered(let b):
            var briefing = try w.briefing(on: b.date) ?? Briefing(date: b.date)
            let known = Set(briefing.agenda)
            var order = b.order.filter { known.contains($0) }
            var seen = Set(order)
            order = order.filter { seen.remove($0) != nil }
            order += briefing.agenda.filter { !Set(order).contains($0) }
            briefing.agenda = order
            briefing.version = seq
            try w.save(briefing)
        case .briefingNoted(let b):
            var briefing = try w.briefing(on: b.date) ?? Briefing(date: b.date)
            briefing.notes.append(BriefingNote(text: b.note, by: actor, at: time))
            briefing.version = seq
            try w.save(briefing)
        case .topicHeld(let b):
            var briefing = try w.briefing(on: b.date) ?? Briefing(date: b.date)
            briefing.topicHolds[b.topic] = TopicHold(topic: b.topic, reason: b.reason, heldBy: actor, heldAt: time)
            briefing.version = seq
            try w.save(briefing)
        case .topicReleased(let b):
            var briefing = try w.briefing(on: b.date) ?? Briefing(date: b.date)
            briefing.topicHolds[b.topic] = nil
            briefing.version = seq
            try w.save(briefing)

        case .ambassadorJoined(let b):
            if var existing = try w.ambassador(b.ambassadorID) {
                existing.name = b.name
                existing.role = b.role
                existing.timeZone = b.timeZone
                existing.topics = b.topics
                existing.avoidedTopics = b.avoidedTopics
                existing.accounts = b.accounts
                if existing.team != b.team {
                    existing.teamChanges.append(TeamChange(from: existing.team, to: b.team, at: time))
                    existing.team = b.team
                }
                existing.leftAt = nil
                existing.version = seq
                try w.save(existing)
            } else {
                try w.save(Ambassador(id: b.ambassadorID, name: b.name, team: b.team, role: b.role, timeZone: b.timeZone,
                                      topics: b.topics, avoidedTopics: b.avoidedTopics, accounts: b.accounts, joinedAt: time, version: seq))
                try w.adjust(.ambassadors, by: 1)
            }
        case .ambassadorUpdated(let b):
            try updateAmbassador(b.ambassadorID, stored, &w) { a in
                if let v = b.name { a.name = v }
                if let v = b.role { a.role = v }
                if let v = b.timeZone { a.timeZone = v }
                if let v = b.topics { a.topics = v }
                if let v = b.avoidedTopics { a.avoidedTopics = v }
                if let v = b.accounts { a.accounts = v }
            }
        case .ambassadorMoved(let b):
            try updateAmbassador(b.ambassadorID, stored, &w) { a in
                guard a.team != b.team else { return }
                a.teamChanges.append(TeamChange(from: a.team, to: b.team, at: time))
                a.team = b.team
            }
        case .ambassadorTrained(let b):
            try updateAmbassador(b.ambassadorID, stored, &w) { $0.trainings.append(b.training) }
        case .ambassadorAcknowledged(let b):
            try updateAmbassador(b.ambassadorID, stored, &w) { $0.guidelineAcknowledgedAt = b.at }
        case .ambassadorNoted(let b):
            try updateAmbassador(b.ambassadorID, stored, &w) { $0.notes.append(AmbassadorNote(text: b.note, by: actor, at: time)) }
        case .ambassadorNudged(let b):
            try updateAmbassador(b.ambassadorID, stored, &w) { _ in }
        case .ambassadorLeft(let b):
            try updateAmbassador(b.ambassadorID, stored, &w) { $0.leftAt = time }

        case .sharePosted(let b):
            guard try w.share(b.shareID) == nil else { return }
            try w.save(Share(id: b.shareID, ambassadorID: b.ambassadorID, storyID: b.storyID, network: b.network,
                             postedAt: b.postedAt, text: b.text, version: seq))
            try w.adjust(.shares, by: 1)
            let bucket = Bucket(containing: b.postedAt)
            let (marks, post) = w.postMarks(storyID: b.storyID, text: b.text)
            try w.count(CounterDelta(CounterKey(.sharesPosted), bucket: bucket, amount: 1))
            try w.count(CounterDelta(CounterKey(.sharesPosted, .ambassador(b.ambassadorID)), bucket: bucket, amount: 1))
            try w.count(CounterDelta(CounterKey(.sharesPosted, post), bucket: bucket, amount: 1))
            for tag in marks.hashtags {
                try w.count(CounterDelta(CounterKey(.hashtagShares, .hashtag(tag)), bucket: bucket, amount: 1))
            }
            if var a = try w.ambassador(b.ambassadorID) {
                a.lastSharedAt = max(a.lastSharedAt ?? b.postedAt, b.postedAt)
                a.shareCount += 1
                a.activeWeeks.insert(w.calendar.week(of: b.postedAt))
                for tag in marks.hashtags where a.hashtags.insert(tag).inserted {
                    try w.count(CounterDelta(CounterKey(.hashtagAdopters, .hashtag(tag)), bucket: bucket, amount: 1))
                }
                a.version = seq
                try w.save(a)
            }
        case .shareMeasured(let b):
            guard var share = try w.share(b.shareID) else { return try w.skip(stored, because: .missingSubject("share \(b.shareID)")) }
            let bucket = Bucket(containing: time)
            let growth = b.metrics.growth(since: share.metrics)
            if !growth.isEmpty {
                let post = w.postMarks(storyID: share.storyID, text: share.text).scope
                let ambassador = CounterScope.ambassador(share.ambassadorID), network = CounterScope.network(share.network)
                try w.count(growth: growth, in: [.program, ambassador, network, post], bucket: bucket)
            }
            share.metrics = share.metrics.merged(with: b.metrics)
            share.measuredAt = time
            share.version = seq
            try w.save(share)
        case .mentionCounted(let b):
            let bucket = Bucket(containing: w.calendar.startOfDay(b.count.date))
            let scope = CounterScope.mention(source: b.count.source, topic: b.count.topic)
            try w.count(CounterDelta(CounterKey(.mentions, scope), bucket: bucket, amount: Int64(b.count.mentions)))
            try w.count(CounterDelta(CounterKey(.mentionEngagement, scope), bucket: bucket, amount: Int64(b.count.engagement)))
            try w.record(b.count)

        case .commentReceived(let b):
            try CommentFold.received(b, stored, &w)
        case .commentClassified, .commentAssigned, .commentClaimed, .commentReleased, .commentReplied,
             .commentEscalated, .commentMoved, .commentHidden, .commentUnhidden:
            try CommentFold.apply(stored, &w)

        case .moderatorChanged(let b):
            try w.save(b.moderator)
        case .templateSaved(let b):
            try w.save(b.template)
        case .snippetSaved(let b):
            try w.save(b.snippet)
        case .privacyErased(let b):
            try w.record(Erasure(ref: b.ref, requestID: b.requestID, reason: b.reason, at: time))
        case .privacySwept:
            break
        case .crisisDeclared(let b):
            // Only a person sets a level by hand; the counts set the rest.
            guard ActorIdentity.isPerson(actor) else { return }
            try w.setManualCrisisLevel(ManualCrisisLevel(level: b.level, note: b.note, by: actor, at: time, version: seq))
        case .crisisCleared:
            guard ActorIdentity.isPerson(actor) else { return }
            try w.setManualCrisisLevel(nil)
        case .unknown:
            try w.skip(stored, because: .unknownType)
        }
    }

    private static func updateAmbassador<W: FoldWorkspace>(_ id: AmbassadorID, _ stored: StoredEvent, _ w: inout W,
                                                            _ change: (inout Ambassador) -> Void) throws {
        guard var a = try w.ambassador(id) else { return try w.skip(stored, because: .missingSubject("ambassador \(id)")) }
        change(&a)
        a.version = stored.seq
        try w.save(a)
    }
}
