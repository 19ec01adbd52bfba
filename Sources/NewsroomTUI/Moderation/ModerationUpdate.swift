import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit

/// What a moderation recording was for, so its result goes back to the pane.
public enum ModerationRecording: Hashable, Sendable {
    /// A decision `u` can take back.
    case decision(before: Comment, payload: EventPayload)
    /// A soft claim on opening an item.
    case claim(CommentID)
    case undo(ModerationUndo)
    /// A reply: copied to the clipboard once recorded; `file` is the editor's file to remove.
    case reply(CommentID, text: String, file: String?)
    /// A template or snippet edited in `$EDITOR`: the file goes once it is recorded.
    case librarySaved(file: String)
}

/// The moderation pane's update: one key per decision, on the marked items or the selected one,
/// judged by the core's rules before anything is written; auto-advance after a decision.
enum ModerationUpdate {
    static func apply(_ action: ModerationAction, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let targets = state.moderation.targets(state)
        switch action {
        case .explainNoDelete:
            state.say(RuleViolation.deletingIsNoSolution.description)
            return []
        case .toggleMark:
            guard let id = state.moderation.selectedID(state) else { return [] }
            if state.moderation.marks.remove(id) == nil { state.moderation.marks.insert(id) }
            moveBy(1, &state)
            return []
        case .markSimilar:
            markSimilar(&state)
            return []
        case .nextView:
            state.moderation.view = state.moderation.view.next
            return askQueue(&state)
        case .filter:
            state.overlay = .menu(.moderation(.facets), SelectionMenu(title: "Filter the queue by", items: ModerationFilters.facetItems(state)))
            return []
        case .resort:
            // Rank everything as of now; the re-sort happens when the fresh queue arrives.
            state.moderation.resortPending = true
            return [.reload(everything: true)]
        case .closeThread:
            state.moderation.showsThread = false
            return []
        case .undo:
            return undo(&state)
        default:
            break
        }
        guard !targets.isEmpty else {
            state.say("no comment selected: the queue is empty in this view", isError: true)
            return []
        }
        switch action {
        case .classify:
            state.overlay = .menu(.moderation(.classify(targets)), SelectionMenu(title: "Classify as", items: ModerationMenus.categoryItems))
        case .hide:
            state.overlay = .menu(.moderation(.hideReason(targets)), SelectionMenu(title: "Hide: what is unlawful?", items: ModerationMenus.hideItems))
        case .escalate:
            state.overlay = .menu(.moderation(.escalate(targets)), SelectionMenu(title: "Escalate to", items: ModerationMenus.escalationItems))
        case .unhide:
            state.overlay = .prompt(.moderation(.unhideNote(targets)))
        case .assign:
            state.overlay = .menu(.moderation(.assign(targets)), SelectionMenu(title: "Assign to", items: ModerationMenus.assignItems(state)))
        case .reply:
            guard let id = targets.first, targets.count == 1 else {
                state.say("a reply goes to one comment at a time; unmark the others (Space)", isError: true)
                return []
            }
            state.overlay = .menu(.moderation(.reply(id)), SelectionMenu(title: "Reply with", items: ModerationMenus.replyItems(state)))
        case .takeOver: return decide(.takeOver, on: targets, &state, advance: false)
        case .wait: return decide(.wait(note: nil), on: targets, &state)
        case .noAction: return decide(.noAction(note: nil), on: targets, &state)
        case .resolve: return decide(.resolve(note: nil), on: targets, &state)
        default: break
        }
        return []
    }

    /// Judges a decision for every target by the core's rules and asks to record those that pass,
    /// each against the version it was decided on. None reads the snapshot again itself: the row
    /// shows the decision at once, and the next tick brings the rest.
    static func decide(_ decision: CommentDecision, on targets: [CommentID], _ state: inout ConsoleState, advance: Bool = true,
                       purpose: ((Comment, EventPayload) -> ModerationRecording)? = nil) -> [ConsoleEffect] {
        let context = DecisionContext(actor: state.actor, role: nil, moment: state.now, settings: state.snapshot.moderation.settings)
        var recordings: [Recording] = []
        var refusals: [String] = []
        for id in targets {
            guard let row = state.moderation.rows[id] else { continue }
            do {
                let payload = try ModerationRules.decide(decision, on: row.comment, in: context)
                recordings.append(Recording([payload], expecting: ExpectedVersion(.comment(id), version: row.comment.version),
                                            done: targets.count == 1 ? "\(id): \(decision.pastTense); u undoes it" : "\(targets.count) comments \(decision.pastTense)",
                                            purpose: .moderation(purpose?(row.comment, payload) ?? .decision(before: row.comment, payload: payload)), reloads: false))
            } catch {
                refusals.append("\(error)")
            }
        }
        // The pane folds each recorded decision into its row at once (`ModerationResults.apply`);
        // the snapshot follows on the next tick, when the store reports the change.
        if !refusals.isEmpty {
            let prefix = targets.count == 1 ? "" : "\(refusals.count) of \(targets.count) not recorded: "
            state.say(prefix + refusals[0], isError: true)
        }
        guard !recordings.isEmpty else { return [] }
        state.moderation.marks.removeAll()
        if advance, targets.count == 1 { moveBy(1, &state) }
        return recordings.map { .record($0) }
    }

    static func undo(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let entry = state.moderation.undoStack.last else {
            state.say("nothing of yours to undo in this session", isError: true)
            return []
        }
        guard let current = state.moderation.rows[entry.before.id]?.comment else { return [] }
        do {
            let payloads = try ModerationRules.undo(entry.payload, eventID: entry.eventID, before: entry.before, current: current, by: state.actor)
            return [.record(Recording(payloads, expecting: ExpectedVersion(.comment(current.id), version: current.version),
                                      done: "\(current.id): undone", purpose: .moderation(.undo(entry)), reloads: false))]
        } catch {
            state.moderation.undoStack.removeLast()
            state.say("\(error)", isError: true)
            return []
        }
    }

    static func move(_ movement: Movement, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let count = state.moderation.visible(actor: state.actor, at: state.now).count
        guard count > 0 else { return [] }
        if movement == .open { return open(&state) }
        state.moderation.selectedIndex = ConsoleUpdate.moved(state.moderation.selectedIndex, by: movement, count: count)
        let more = readRowsIfNear(&state, chained: false)
        if state.moderation.showsThread { return more + open(&state) }
        return more
    }

    /// Asks the store for the queue of the view and filters now chosen; the rows are replaced
    /// when it comes (`reloaded`).
    static func askQueue(_ state: inout ConsoleState) -> [ConsoleEffect] {
        state.moderation.selectedIndex = 0
        state.moderation.showsThread = false
        state.moderation.marks.removeAll()
        return [.reload(everything: false)]
    }

    /// How many rows from the end of those read the cursor may come before the next are read.
    static let readAhead = 60

    /// Reads the next ranked rows once the cursor nears the end of those read. After a read it
    /// goes on only while `/` filters nothing, so a search reads a screenful per key, not all.
    static func readRowsIfNear(_ state: inout ConsoleState, chained: Bool = true) -> [ConsoleEffect] {
        let pane = state.moderation
        guard !pane.unread.isEmpty, !pane.readingRows, !(chained && !pane.filter.isEmpty) else { return [] }
        guard pane.selectedIndex >= pane.visible(actor: state.actor, at: state.now).count - readAhead else { return [] }
        state.moderation.readingRows = true
        return [.readQueueRows(Array(pane.unread.prefix(ModerationSummary.rowsRead)), state.snapshot.moderation.request)]
    }

    static func moveBy(_ rows: Int, _ state: inout ConsoleState) {
        let count = state.moderation.visible(actor: state.actor, at: state.now).count
        guard count > 0 else { return }
        state.moderation.selectedIndex = min(max(0, state.moderation.selectedIndex + rows), count - 1)
        state.moderation.thread = nil
    }

    /// Opens the selected item's thread and claims it softly, unless this moderator holds it for
    /// more than half a lease already; someone else's claim is shown, not taken.
    static func open(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let id = state.moderation.selectedID(state), let row = state.moderation.rows[id] else { return [] }
        state.moderation.showsThread = true
        if state.moderation.thread?.item.comment.id != id { state.moderation.thread = nil }
        let effects: [ConsoleEffect] = [.loadThread(id)]
        if let claim = row.comment.claim, claim.isHeld(at: state.now), claim.holder != state.actor {
            state.say("\(claim.holder) is handling this one; T takes it over")
            return effects
        }
        return effects + claimIfDue(row, &state)
    }

    /// Claims an open item, or renews this moderator's claim once less than half the lease is left.
    static func claimIfDue(_ row: QueueRow, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let lease = TimeInterval(state.snapshot.moderation.settings.claimLeaseMinutes * 60)
        guard row.comment.state.isOpen else { return [] }
        if let claim = row.comment.claim, claim.isHeld(at: state.now) {
            guard claim.holder == state.actor, claim.leaseUntil.timeIntervalSince(state.now) < lease / 2 else { return [] }
        }
        state.moderation.lastClaimTry = state.now
        return decide(.claim, on: [row.comment.id], &state, advance: false) { comment, _ in .claim(comment.id) }
    }

    /// While a thread stays open in the focused pane, its claim is renewed at most every half
    /// lease (and tried at most twice a minute), so others keep seeing who is on it.
    static func renewClaim(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard state.focus == .moderation, state.overlay == .none, state.moderation.showsThread,
              let id = state.moderation.selectedID(state), let row = state.moderation.rows[id],
              let claim = row.comment.claim, claim.holder == state.actor, claim.isHeld(at: state.now) else { return [] }
        if let last = state.moderation.lastClaimTry, state.now.timeIntervalSince(last) < 30 { return [] }
        return claimIfDue(row, &state)
    }

    static func markSimilar(_ state: inout ConsoleState) {
        guard let id = state.moderation.selectedID(state), let row = state.moderation.rows[id] else { return }
        let key = ModerationPaneState.similarity(row.text)
        let similar = state.moderation.visible(actor: state.actor, at: state.now).filter { other in
            guard let r = state.moderation.rows[other] else { return false }
            return r.comment.authorRef == row.comment.authorRef || ModerationPaneState.similarity(r.text) == key
        }
        state.moderation.marks.formUnion(similar)
        state.say("\(state.moderation.marks.count) marked (same text or same author); a decision now applies to all, Space unmarks")
    }

    /// A new snapshot: rows update in place, arrivals wait behind the counter; a new view or
    /// filter, or `=`, replaces the rows.
    static func reloaded(_ state: inout ConsoleState) -> [ConsoleEffect] {
        let summary = state.snapshot.moderation
        let switched = state.moderation.shownRequest.map { $0 != summary.request } ?? false
        let resorted = state.moderation.resortPending
        if resorted || state.moderation.shownRequest != summary.request {
            state.moderation.resortPending = false
            state.moderation.resort(summary.queue, keeping: switched ? nil : state.moderation.selectedID(state), state)
            state.moderation.shownRequest = summary.request
            state.moderation.unread = summary.pending
            state.moderation.readingRows = false
            noteUrgent(summary, &state)
            if let jump = state.moderation.jumpPending, summary.request == state.moderation.request(actor: state.actor) {
                state.moderation.jumpPending = nil
                if let index = state.moderation.visible(actor: state.actor, at: state.now).firstIndex(of: jump) {
                    state.moderation.selectedIndex = index
                    return open(&state)
                }
                state.say("\(jump) is no longer open: someone handled it")
            } else if switched {
                state.say("\(ModerationFilters.describe(state.moderation)): \(summary.queueTotal) item\(summary.queueTotal == 1 ? "" : "s")")
            } else if resorted {
                state.say("re-sorted by priority as of now")
            }
            return []
        }
        state.moderation.merge(summary.queue, changes: summary.changes)
        noteUrgent(summary, &state)
        let count = state.moderation.visible(actor: state.actor, at: state.now).count
        state.moderation.selectedIndex = min(state.moderation.selectedIndex, max(0, count - 1))
        return []
    }

    /// Keeps the new P1 items the view does not hold, for the top bar; drops those handled since.
    static func noteUrgent(_ summary: ModerationSummary, _ state: inout ConsoleState) {
        let urgent = Set(summary.urgent.map(\.comment.id))
        state.moderation.urgentElsewhere.subtract(summary.changes.keys.filter { !urgent.contains($0) })
        let known = Set(state.moderation.order).union(state.moderation.arrived).union(summary.queue.map(\.comment.id))
        state.moderation.urgentElsewhere.subtract(known)
        for row in summary.urgent where !known.contains(row.comment.id) {
            state.moderation.urgentElsewhere.insert(row.comment.id)
            state.moderation.rows[row.comment.id] = row
        }
    }

    /// `!`: the newest P1 item, slotted in and opened; one outside the view switches to the
    /// open queue without filters first.
    static func jumpToUrgent(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let id = state.moderation.newUrgent else {
            state.say("no new P1 item")
            return []
        }
        state.focus = .moderation
        guard state.moderation.urgentElsewhere.remove(id) == nil else {
            state.moderation.view = .open
            state.moderation.facets = QueueFilter()
            state.moderation.filter = ""
            state.moderation.jumpPending = id
            return askQueue(&state)
        }
        state.moderation.resort(state.snapshot.moderation.queue, keeping: id, state)
        return open(&state)
    }
}

extension ModerationPaneState {
    /// The selected row's id in the current view.
    func selectedID(_ state: ConsoleState) -> CommentID? {
        let visible = visible(actor: state.actor, at: state.now)
        return visible.indices.contains(selectedIndex) ? visible[selectedIndex] : nil
    }

    /// What a decision applies to: the marked rows in view order, else the selected one.
    func targets(_ state: ConsoleState) -> [CommentID] {
        let visible = visible(actor: state.actor, at: state.now)
        let marked = visible.filter(marks.contains)
        if !marked.isEmpty { return marked }
        return selectedID(state).map { [$0] } ?? []
    }

    /// Takes a freshly ranked queue: known rows update in place (or are noted as handled when they
    /// left it), new ones wait in `arrived`. The first queue is taken as it is.
    mutating func merge(_ queue: [QueueRow], changes: [CommentID: String] = [:]) {
        let fresh = Dictionary(queue.map { ($0.comment.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard !order.isEmpty else {
            order = queue.map(\.comment.id)
            rows = fresh
            arrived = []
            return
        }
        for id in order {
            if let row = fresh[id] {
                rows[id] = row
                handled[id] = nil
            } else if handled[id] == nil {
                handled[id] = ownActions[id] ?? changes[id] ?? "handled elsewhere"
            }
        }
        let known = Set(order)
        arrived = queue.map(\.comment.id).filter { !known.contains($0) }
        for id in arrived { rows[id] = fresh[id] }
    }

    /// Rows read for the head of `unread`: appended in rank order behind those shown.
    mutating func append(_ fresh: [QueueRow], asked: [CommentID]) {
        readingRows = false
        let askedIDs = Set(asked)
        unread.removeAll { askedIDs.contains($0) }
        var known = Set(order).union(arrived)
        for row in fresh where !known.contains(row.comment.id) {
            known.insert(row.comment.id)
            order.append(row.comment.id)
            rows[row.comment.id] = row
        }
    }

    /// Ranks anew: the queue as it is now, new items in, handled ones out.
    mutating func resort(_ queue: [QueueRow], keeping selected: CommentID?, _ state: ConsoleState) {
        let elsewhere = urgentElsewhere.compactMap { rows[$0] }
        order = []
        handled = [:]
        merge(queue)
        for row in elsewhere where rows[row.comment.id] == nil { rows[row.comment.id] = row }
        let visible = visible(actor: state.actor, at: state.now)
        selectedIndex = selected.flatMap { visible.firstIndex(of: $0) } ?? 0
    }

    /// Texts that are the same once case, spaces and punctuation are set aside (a spam wave).
    static func similarity(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
