import Foundation
import NewsroomCore

/// What the console shows, read from a `NewsroomReadSource` in one go (a few bounded queries, never
/// a replay, never every comment): the briefing of the chosen day and compact summaries for the
/// other panes, made of the same parts `KPIReport` uses (backlog, `SLABreachSummary`); the KPI
/// pane reads its own `KPIBoard`.
public struct ConsoleSnapshot: Equatable, Sendable {
    public var newsroom: String
    public var briefing: BriefingReport
    public var moderation: ModerationSummary
    public var ambassadors: AmbassadorSummary
    public var lastSeq: Int64
    public var readOnly: Bool
    /// Post length limit per network name, from newsroom.yaml.
    public var postLimits: [String: Int]
    /// The teams of newsroom.yaml, for `t`.
    public var teams: [String]
    /// The storm warning now: its level in every pane's top bar and on the wall, its alert from 2 on.
    public var crisis: CrisisReport?

    /// The parts of the screen a change can touch, so a follower reads only what changed.
    public enum Area: Hashable, Sendable, CaseIterable { case briefing, moderation, kpis, ambassadors }

    /// Reads everything the screen needs for `date` as of `now`.
    public static func load(from store: some NewsroomReadSource, date: LocalDate, now: Date, queue: QueueRequest = QueueRequest()) throws -> ConsoleSnapshot {
        var known: [StoryID: Story] = [:]
        return try load(from: store, date: date, now: now, previous: nil, areas: Set(Area.allCases), knownStories: &known, queue: queue)
    }

    /// Reads the `areas` anew and keeps the rest from `previous`; stories already in `knownStories`
    /// are not read again (the caller drops the ones that changed).
    /// `changedComments`, when given with a previous snapshot, narrows the moderation area to those
    /// comments: their rows are read and ranked again and merged into the previous queue (new open
    /// ones at its end, closed ones out), so following a storm costs what the storm brings, not the
    /// whole backlog; the full ranking comes with `everything` (each minute, and on `=`) and when
    /// the pane asks for another `queue` (a view, a filter).
    public static func load(from store: some NewsroomReadSource, date: LocalDate, now: Date, previous: ConsoleSnapshot?, areas: Set<Area>,
                            knownStories: inout [StoryID: Story], changedComments: Set<CommentID>? = nil,
                            queue request: QueueRequest = QueueRequest()) throws -> ConsoleSnapshot {
        let config = store.config
        let all = previous == nil ? Set(Area.allCases) : areas
        let lastSeq = try store.lastSeq()

        let briefing: BriefingReport
        if all.contains(.briefing) || previous?.briefing.date != date {
            briefing = try BriefingReport.load(from: store, date: date, at: now, knownStories: &knownStories)
        } else {
            briefing = previous!.briefing
        }

        let moderation: ModerationSummary
        if all.contains(.moderation) || previous?.moderation.request != request {
            let tallies = try store.tallies()
            var rows: [QueueRow] = []
            var pending: [CommentID] = []
            var urgent: [QueueRow] = []
            var total = 0
            if let changed = changedComments, let previous, previous.moderation.request == request {
                (rows, urgent) = try QueueRow.merge(previous.moderation.queue, changed: changed, request: request, from: store, at: now)
                pending = previous.moderation.pending.filter { !changed.contains($0) }
                total = max(0, previous.moderation.queueTotal + rows.count - previous.moderation.queue.count)
            } else {
                let queue = try ModerationQueue.load(from: store, request, at: now)
                for item in queue.items.prefix(ModerationSummary.rowsRead) {
                    rows.append(try QueueRow.read(item.comment, priority: item.priority, from: store))
                }
                pending = queue.items.dropFirst(ModerationSummary.rowsRead).map(\.comment.id)
                total = queue.items.count
            }
            moderation = ModerationSummary(backlog: ModerationBacklog(tallies: tallies), oldestOpen: try store.oldestOpenComment()?.postedAt,
                                           slaBreaches: try SLABreachSummary.load(from: store, at: now, settings: config.moderation, calendar: config.calendar).count,
                                           hidden: tallies[.hidden] ?? 0, request: request, queue: rows, pending: pending, urgent: urgent,
                                           queueTotal: total, rankedAt: now,
                                           settings: config.moderation, templates: try store.templates(), snippets: try store.snippets(),
                                           assignees: try Assignee.all(from: store, at: now))
        } else {
            moderation = previous!.moderation
        }

        // Comments move the counts, crisis events the level set by hand (both areas), the clock the
        // quarter hour (the minute's reload reads every area).
        let crisis = all.contains(.moderation) || all.contains(.kpis) ? try CrisisReport.load(from: store, at: now) : previous!.crisis

        let ambassadors: AmbassadorSummary
        if all.contains(.ambassadors) {
            let list = try store.ambassadors()
            ambassadors = AmbassadorSummary(activity: AmbassadorActivity.compute(list, at: now),
                                            quiet: QuietAmbassador.list(list, at: now, settings: config.ambassadors).count,
                                            untrained: list.filter { !$0.hasLeft(at: now) && !$0.isTrained(at: now) }.count)
        } else {
            ambassadors = previous!.ambassadors
        }

        return ConsoleSnapshot(
            newsroom: config.name, briefing: briefing, moderation: moderation, ambassadors: ambassadors, lastSeq: lastSeq, readOnly: store.isReadOnly,
            postLimits: Dictionary(config.networks.map { ($0.name, $0.postLimit) }, uniquingKeysWith: { a, _ in a }),
            teams: config.teams, crisis: crisis)
    }

    /// Which areas the events touch, and which stories and comments they changed.
    public static func touched(by events: [StoredEvent]) -> (areas: Set<Area>, stories: Set<StoryID>, comments: Set<CommentID>) {
        var areas: Set<Area> = []
        var stories: Set<StoryID> = []
        var comments: Set<CommentID> = []
        for stored in events {
            if let id = CommentHistory.subject(of: stored.event.payload) { comments.insert(id) }
            switch stored.event.payload {
            case .storyAdded(let b): areas.insert(.briefing); stories.insert(b.storyID)
            case .storyEdited(let b): areas.insert(.briefing); stories.insert(b.storyID)
            case .storyRestricted(let b): areas.insert(.briefing); stories.insert(b.storyID)
            case .briefingScheduled, .briefingDecided, .briefingReordered, .briefingNoted, .topicHeld, .topicReleased:
                areas.insert(.briefing)
            case .sharePosted:
                areas.formUnion([.briefing, .kpis, .ambassadors])
            case .shareMeasured, .mentionCounted:
                areas.insert(.kpis)
            case .ambassadorJoined, .ambassadorUpdated, .ambassadorMoved, .ambassadorTrained, .ambassadorAcknowledged, .ambassadorNoted,
                 .ambassadorNudged, .ambassadorLeft:
                areas.insert(.ambassadors)
            case .commentReceived, .commentClassified, .commentAssigned, .commentClaimed, .commentReleased, .commentReplied,
                 .commentEscalated, .commentMoved, .commentHidden, .commentUnhidden, .privacyErased, .privacySwept,
                 .moderatorChanged, .templateSaved, .snippetSaved:
                areas.insert(.moderation)
            case .crisisDeclared, .crisisCleared:
                // The crisis level shows in the KPI pane and the top bar; the counts behind the
                // automatic level change with the comment events above and with the clock.
                areas.insert(.kpis)
            case .unknown:
                break
            }
        }
        return (areas, stories, comments)
    }

    /// Alerts for the top bar: embargoes lifting within 15 minutes (into a share, not into a topic
    /// hold), held topics, SLA breaches.
    public func alerts(at now: Date, calendar: NewsroomCalendar) -> [String] {
        var out: [String] = []
        for row in briefing.embargoed where row.laterToday.isShareable {
            if case .embargoed(let until) = row.status, until.timeIntervalSince(now) <= 15 * 60 {
                out.append("embargo lifts \(calendar.localTime(of: until))")
            }
        }
        if !briefing.topicHolds.isEmpty { out.append("held: " + briefing.topicHolds.map(\.topic).joined(separator: ", ")) }
        if moderation.slaBreaches > 0 { out.append("SLA breaches \(moderation.slaBreaches)") }
        return out
    }
}

/// The moderation pane's data: open items by state, the oldest, the SLA breaches, and the open
/// queue ranked by priority with the first `rowsRead` rows' authors and texts.
public struct ModerationSummary: Equatable, Sendable {
    /// How many of the ranked rows come with their author and text (the pane shows a screen of them).
    public static let rowsRead = 400

    public var backlog: ModerationBacklog
    public var oldestOpen: Date?
    public var slaBreaches: Int
    public var hidden: Int
    /// What the queue was read for (the pane's view and filters).
    public var request: QueueRequest
    public var queue: [QueueRow]
    /// The ranked items past `queue`, read with their texts when the pane scrolls to them.
    public var pending: [CommentID]
    /// Open P1 items among the comments that just changed, whatever the request: the top bar
    /// raises a new threat even when the pane shows another view.
    public var urgent: [QueueRow]
    /// Items in the request's answer, of which `queue` holds the first.
    public var queueTotal: Int
    /// When the priorities were computed (they change with age).
    public var rankedAt: Date
    /// The SLAs, lease and roles the pane's rules judge by.
    public var settings: ModerationSettings
    /// The reply templates, for `r`.
    public var templates: [ReplyTemplate]
    /// The approved fact snippets a reply can carry.
    public var snippets: [FactSnippet]
    /// Who an item can be assigned to (`a`).
    public var assignees: [Assignee]
    /// Who did what to which comment in the events since the previous snapshot ("ben: hidden
    /// (insult)"), for rows another console handled; filled by whoever follows the log.
    public var changes: [CommentID: String] = [:]
}

/// One row of the moderation queue: the comment, its priority, who wrote it and what.
public struct QueueRow: Equatable, Sendable {
    /// The row of a comment, with its author and text read.
    static func read(_ c: NewsroomCore.Comment, priority: CommentPriority, from store: some NewsroomReadSource) throws -> QueueRow {
        QueueRow(comment: c, priority: priority, author: try store.handle(of: c.authorRef) ?? "[erased]", text: try store.text(of: c.id) ?? "[erased]")
    }

    /// The previous rows with the changed comments read again: updated in place, new ones the
    /// request admits at the end (in order of priority), those it no longer admits left out; and
    /// the changed ones that are open and in P1, whether the request admits them or not.
    static func merge(_ previous: [QueueRow], changed: Set<CommentID>, request: QueueRequest, from store: some NewsroomReadSource,
                      at now: Date) throws -> (rows: [QueueRow], urgent: [QueueRow]) {
        guard !changed.isEmpty else { return (previous, []) }
        var comments = try store.comments(Array(changed))
        // A reply from outside reopens its thread's root: read the roots as well.
        let roots = Set(comments.map(\.threadRootID)).subtracting(changed)
        comments += try store.comments(Array(roots))
        let changed = changed.union(roots)
        var urgent: [QueueRow] = []
        let fresh = try rows(of: comments, request: request, from: store, at: now) { urgent.append($0) }
        var out: [QueueRow] = []
        var seen: Set<CommentID> = []
        for row in previous {
            seen.insert(row.comment.id)
            if changed.contains(row.comment.id) {
                if let updated = fresh[row.comment.id] { out.append(updated) }
            } else {
                out.append(row)
            }
        }
        out += fresh.values.filter { !seen.contains($0.comment.id) }
            .sorted { ($1.priority.score, $0.comment.postedAt, $0.comment.id.rawValue) < ($0.priority.score, $1.comment.postedAt, $1.comment.id.rawValue) }
        return (out, urgent)
    }

    /// The rows of these ids as they are now, in the order given, leaving out those the request
    /// no longer admits: the pane reads the ranked items past the first screenful this way.
    public static func read(_ ids: [CommentID], request: QueueRequest, from store: some NewsroomReadSource, at now: Date) throws -> [QueueRow] {
        let fresh = try rows(of: try store.comments(ids), request: request, from: store, at: now)
        return ids.compactMap { fresh[$0] }
    }

    /// Ranks the comments as of now and reads the rows of those the request admits; `urgent` is
    /// handed each open P1 row, admitted or not.
    static func rows(of comments: [NewsroomCore.Comment], request: QueueRequest, from store: some NewsroomReadSource, at now: Date,
                     urgent: (QueueRow) -> Void = { _ in }) throws -> [CommentID: QueueRow] {
        let contexts = try store.priorityContexts(for: comments, at: now)
        let config = store.config
        var out: [CommentID: QueueRow] = [:]
        for c in comments {
            let priority = CommentPriority.of(c, context: contexts[c.id] ?? PriorityContext(), at: now, settings: config.moderation, calendar: config.calendar)
            let admitted = request.admits(c, priority: priority, at: now)
            let isUrgent = c.state.isOpen && priority.band == .p1
            guard admitted || isUrgent else { continue }
            let row = try read(c, priority: priority, from: store)
            if isUrgent { urgent(row) }
            if admitted { out[c.id] = row }
        }
        return out
    }

    public let comment: NewsroomCore.Comment
    public let priority: CommentPriority
    /// `@handle`, or `[erased]`.
    public let author: String
    public let text: String

    public init(comment: NewsroomCore.Comment, priority: CommentPriority, author: String, text: String) {
        self.comment = comment
        self.priority = priority
        self.author = author
        self.text = text
    }
}

/// The ambassador pane's summary: active of all, per team, and how many carry a flag.
public struct AmbassadorSummary: Equatable, Sendable {
    public var activity: AmbassadorActivity
    public var quiet: Int
    public var untrained: Int
}
