import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import TerminalKit

/// The briefing pane's update: its keys, movement and the answers to its prompts and questions.
/// Pure: decisions leave as `record` effects with the version they were decided on.
enum BriefingUpdate {
    static func apply(_ action: BriefingAction, _ state: inout ConsoleState) -> [ConsoleEffect] {
        switch action {
        case .share: return decide(.share, &state)
        case .pending: return decide(.pending, &state)
        case .hold:
            guard let row = selection(&state) else { return [] }
            state.overlay = .prompt(.briefing(.holdReason(row.story.id, version: row.entryVersion)))
        case .embargo:
            guard let row = selection(&state) else { return [] }
            state.overlay = .prompt(.briefing(.embargoTime(row.story.id, version: row.entryVersion)))
        case .undo: return undo(&state)
        case .moveStoryDown: return reorder(&state, by: 1)
        case .moveStoryUp: return reorder(&state, by: -1)
        case .copyPostText: return copyPostText(&state)
        case .teams:
            guard let row = selection(&state) else { return [] }
            state.overlay = .prompt(.briefing(.teams(row.story.id, version: row.story.version)),
                                    PromptEditor(text: row.story.content.restriction.teams.joined(separator: ", ")))
        case .newStory:
            guard !state.snapshot.readOnly else {
                state.say("this newsroom is open read-only: nothing can be recorded", isError: true)
                return []
            }
            state.overlay = .prompt(.briefing(.newStory(NewStoryDraft())))
        case .editStory:
            guard let row = selection(&state) else { return [] }
            let story = row.story
            return [.edit(EditRequest(text: StoryText.render(story.content), name: String(story.id.rawValue.prefix(40)),
                                      purpose: .story(story.id, version: story.version, content: story.content)))]
        case .reasonForAmbassadors: return toggleReasonForAmbassadors(&state)
        case .previousDate: return changeDate(&state, to: state.briefing.date.adding(days: -1))
        case .nextDate: return changeDate(&state, to: state.briefing.date.adding(days: 1))
        }
        return []
    }

    static func move(_ movement: Movement, _ state: inout ConsoleState) {
        let rows = state.briefing.visibleRows(in: state.snapshot)
        if movement == .open {
            if state.briefing.selectedRow(in: state.snapshot) != nil { state.briefing.detailOpen.toggle() }
            return
        }
        guard !rows.isEmpty else { return }
        let delta: Int
        switch movement {
        case .moveDown: delta = 1
        case .moveUp: delta = -1
        case .pageDown: delta = ConsoleUpdate.pageRows
        case .pageUp: delta = -ConsoleUpdate.pageRows
        case .moveTop: delta = -rows.count
        case .moveBottom: delta = rows.count
        case .open: delta = 0
        }
        let current = state.briefing.selectedIndex(in: state.snapshot) ?? 0
        let next = min(max(current + delta, 0), rows.count - 1)
        if state.briefing.selection != rows[next].story.id { state.briefing.postIndex = 0 }
        state.briefing.selection = rows[next].story.id
    }

    /// Esc inside the pane: the detail closes first, then the filter clears.
    static func back(_ state: inout ConsoleState) -> Bool {
        if state.briefing.detailOpen {
            state.briefing.detailOpen = false
            return true
        }
        if !state.briefing.filter.isEmpty {
            setFilter("", &state)
            return true
        }
        return false
    }

    static func setFilter(_ text: String, _ state: inout ConsoleState) {
        let index = state.briefing.selectedIndex(in: state.snapshot)
        state.briefing.filter = text
        state.briefing.repairSelection(in: state.snapshot, near: index)
    }

    // MARK: Decisions

    /// The selected story, when there is one and the store takes writes; otherwise says why not.
    static func selection(_ state: inout ConsoleState) -> BriefingRow? {
        guard let row = state.briefing.selectedRow(in: state.snapshot) else {
            state.say("no story selected: the agenda of \(state.briefing.date) is empty", isError: true)
            return nil
        }
        guard !state.snapshot.readOnly else {
            state.say("this newsroom is open read-only: nothing can be recorded", isError: true)
            return nil
        }
        return row
    }

    static func agenda(_ state: ConsoleState) -> Briefing {
        Briefing(date: state.briefing.date, agenda: state.snapshot.briefing.rows.map(\.story.id))
    }

    static func decide(_ decision: BriefingDecision, _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let row = selection(&state) else { return [] }
        return decide(decision, on: row.story.id, version: row.entryVersion, &state)
    }

    /// A decision on a story as it was seen at `version`.
    static func decide(_ decision: BriefingDecision, on id: StoryID, version: Int64, reasonForAmbassadors: Bool = false,
                       _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let row = state.snapshot.briefing.rows.first(where: { $0.story.id == id }) else {
            state.say("story \(id) is no longer on the agenda of \(state.briefing.date)", isError: true)
            return []
        }
        do {
            let payload = try BriefingRules.decide(decision, story: id, on: agenda(state), at: state.now, reasonForAmbassadors: reasonForAmbassadors)
            return [.record(Recording([payload], expecting: ExpectedVersion(.briefingEntry(state.briefing.date, id), version: version),
                                      done: doneText(decision, row, state),
                                      purpose: .briefing(.decision(story: id, date: state.briefing.date, decision: decision, previous: row.decision))))]
        } catch {
            state.say("\(error)", isError: true)
            return []
        }
    }

    /// `A`: a hold's reason goes out with the Markdown briefing, or stays internal again. Recorded
    /// as the same hold with the mark changed, so `u` takes it back like any decision.
    static func toggleReasonForAmbassadors(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let row = selection(&state) else { return [] }
        guard case .hold(let reason)? = row.decision?.decision else {
            state.say("A marks a hold's reason for the ambassadors; this story is not on hold (h holds it)", isError: true)
            return []
        }
        let shared = !(row.decision?.reasonForAmbassadors ?? false)
        var effects = decide(.hold(reason: reason), on: row.story.id, version: row.entryVersion, reasonForAmbassadors: shared, &state)
        if case .record(var recording)? = effects.first {
            recording.done = shared ? "the hold reason goes to the ambassadors with the briefing: \(reason)" : "the hold reason stays internal again"
            effects[0] = .record(recording)
        }
        return effects
    }

    static func doneText(_ decision: BriefingDecision, _ row: BriefingRow, _ state: ConsoleState) -> String {
        let headline = String(row.story.content.headline.prefix(40))
        let heldBack = row.heldTopic.map { " – but the topic hold '\($0.topic)' keeps it back until it is released (:release \($0.topic))" } ?? ""
        switch decision {
        case .share: return "share recorded: \(headline)\(heldBack)"
        case .pending: return "back to pending: \(headline)"
        case .hold: return "hold recorded: \(headline)"
        case .embargo(let until): return "embargo until \(state.calendar.localTime(of: until)) recorded: \(headline)\(heldBack)"
        }
    }

    static func undo(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard !state.snapshot.readOnly else {
            state.say("this newsroom is open read-only: nothing can be recorded", isError: true)
            return []
        }
        let date = state.briefing.date
        guard let entry = state.briefing.undoStack.last(where: { $0.date == nil || $0.date == date }) else {
            state.say("nothing to undo: no decision was made in this console on \(date)", isError: true)
            return []
        }
        switch entry {
        case .decision(let date, let story, let previous, let eventID, let version):
            state.briefing.selection = story
            return [.record(Recording([BriefingRules.undo(story: story, on: date, back: previous, undoing: eventID)],
                                      expecting: ExpectedVersion(.briefingEntry(date, story), version: version),
                                      done: "undone: \((previous?.decision ?? .pending).kind) again", purpose: .briefing(.undo(entry))))]
        case .topicHold(let date, let topic, let version):
            return [.record(Recording([.topicReleased(TopicReleased(date: date, topic: topic))],
                                      expecting: ExpectedVersion(.briefing(date), version: version),
                                      done: "undone: the topic '\(topic)' is no longer held", purpose: .briefing(.undo(entry))))]
        case .restriction(let story, let previous, let version):
            state.briefing.selection = story
            let who = previous.teams.isEmpty ? "everyone" : previous.teams.joined(separator: ", ")
            return [.record(Recording([.storyRestricted(StoryRestricted(storyID: story, restriction: previous))],
                                      expecting: ExpectedVersion(.story(story), version: version),
                                      done: "undone: may be shared by \(who) again", purpose: .briefing(.undo(entry))))]
        }
    }

    static func reorder(_ state: inout ConsoleState, by delta: Int) -> [ConsoleEffect] {
        guard let row = selection(&state) else { return [] }
        var order = state.snapshot.briefing.rows.map(\.story.id)
        guard let index = order.firstIndex(of: row.story.id) else { return [] }
        let target = index + delta
        guard order.indices.contains(target) else { return [] }
        order.swapAt(index, target)
        return [.record(Recording([.briefingReordered(BriefingReordered(date: state.briefing.date, order: order))],
                                  expecting: ExpectedVersion(.briefing(state.briefing.date), version: state.snapshot.briefing.version),
                                  done: "agenda reordered", purpose: .briefing(.reorder)))]
    }

    static func copyPostText(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let row = state.briefing.selectedRow(in: state.snapshot) else { return [] }
        let posts = row.story.content.postTexts
        guard !posts.isEmpty else {
            state.say("this story has no post text yet; E edits it", isError: true)
            return []
        }
        let index = state.briefing.postIndex % posts.count
        state.briefing.postIndex = index + 1
        // What is pasted elsewhere carries no control characters either (paste injection).
        return [.copy(PrintableText.text(posts[index].text), label: "\(posts[index].network.name) post text \(index + 1)/\(posts.count)")]
    }

    static func changeDate(_ state: inout ConsoleState, to date: LocalDate) -> [ConsoleEffect] {
        state.briefing.date = date
        state.briefing.selection = nil
        state.briefing.detailOpen = false
        return [.reload(everything: true)]
    }

    /// Releases a topic hold of the day (`:release TOPIC`).
    static func release(_ topic: String, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let held = state.snapshot.briefing.topicHolds.map(\.topic)
        do {
            let payload = try BriefingRules.releaseTopic(topic, on: state.briefing.date, held: held)
            return [.record(Recording([payload], expecting: ExpectedVersion(.briefing(state.briefing.date), version: state.snapshot.briefing.version),
                                      done: "topic '\(topic)' released for \(state.briefing.date)",
                                      purpose: .briefing(.topicRelease(topic: topic, date: state.briefing.date))))]
        } catch {
            state.say(held.isEmpty ? "no topic is held on \(state.briefing.date)" : "\(error); held: \(held.joined(separator: ", "))", isError: true)
            return []
        }
    }
}
