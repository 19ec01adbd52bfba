import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import TerminalKit

/// The console's update function: `(state, action) -> (state, effects)`, pure, as in the Elm
/// architecture. Side effects come back as values for the edge to run.
public enum ConsoleUpdate {
    /// Rows a page key moves.
    public static let pageRows = 10

    public static func apply(_ action: ConsoleAction, to state: inout ConsoleState) -> [ConsoleEffect] {
        state.message = nil
        switch action {
        case .focusNext: state.focus = Pane(rawValue: (state.focus.rawValue + 1) % Pane.allCases.count)!
        case .focusPrevious: state.focus = Pane(rawValue: (state.focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!
        case .focusBriefing: state.focus = .briefing
        case .focusModeration: state.focus = .moderation
        case .focusKPIs: state.focus = .kpis
        case .focusAmbassadors: state.focus = .ambassadors
        case .toggleZoom: state.zoomed.toggle()
        case .help: state.overlay = .help
        case .commandLine: state.overlay = .prompt(.command, PromptEditor(history: state.commandHistory))
        case .filter: state.overlay = .prompt(.filter, PromptEditor(text: state.filter))
        case .back: back(&state)
        case .quit: return [.quit]
        case .redraw: return [.redrawAll]
        case .moveDown: move(&state, by: 1)
        case .moveUp: move(&state, by: -1)
        case .pageDown: move(&state, by: pageRows)
        case .pageUp: move(&state, by: -pageRows)
        case .moveTop: move(&state, by: -Int.max / 2)
        case .moveBottom: move(&state, by: Int.max / 2)
        case .open:
            guard state.focus == .briefing, state.selectedRow != nil else { return [] }
            state.detailOpen.toggle()
        case .share: return decide(.share, &state)
        case .pending: return decide(.pending, &state)
        case .hold:
            guard let row = briefingSelection(&state) else { return [] }
            state.overlay = .prompt(.holdReason(row.story.id), PromptEditor())
        case .embargo:
            guard let row = briefingSelection(&state) else { return [] }
            state.overlay = .prompt(.embargoTime(row.story.id), PromptEditor())
        case .undo:
            guard state.focus == .briefing else { return [] }
            guard let entry = state.undoStack.last(where: { $0.date == state.date }) else {
                state.message = ConsoleMessage("nothing to undo: no decision was made in this console on \(state.date)", isError: true)
                return []
            }
            state.undoStack.removeAll { $0 == entry }
            state.selection = entry.story
            return [.undo(entry)]
        case .moveStoryDown: return reorder(&state, by: 1)
        case .moveStoryUp: return reorder(&state, by: -1)
        case .copyPostText: return copyPostText(&state)
        case .teams:
            guard let row = briefingSelection(&state) else { return [] }
            state.overlay = .prompt(.teams(row.story.id), PromptEditor(text: row.story.content.restriction.teams.joined(separator: ", ")))
        case .newStory:
            guard state.focus == .briefing, !state.snapshot.readOnly else {
                state.message = ConsoleMessage(state.snapshot.readOnly ? "this newsroom is open read-only" : "new stories are added in the briefing pane: press 1",
                                               isError: true)
                return []
            }
            state.overlay = .prompt(.newStory(NewStoryDraft()), PromptEditor())
        case .editStory:
            guard let row = briefingSelection(&state) else { return [] }
            return [.editStory(row.story.id)]
        case .previousDate: return changeDate(&state, to: state.date.adding(days: -1))
        case .nextDate: return changeDate(&state, to: state.date.adding(days: 1))
        }
        return []
    }

    /// A key while an overlay is open: the overlay gets every key.
    public static func overlayKey(_ key: Key, to state: inout ConsoleState) -> [ConsoleEffect] {
        switch state.overlay {
        case .none:
            return []
        case .help:
            if key == .escape || key == .character("q") || key == .character("?") || key == .enter { state.overlay = .none }
            return []
        case .confirmTopicHold(let topic, let reason):
            state.overlay = .none
            guard key == .character("y") || key == .character("j") || key == .enter else {
                state.message = ConsoleMessage("hold recorded; the topic '\(topic)' stays open")
                return []
            }
            do {
                return [.record([try BriefingRules.holdTopic(topic, on: state.date, reason: reason)],
                                done: "topic '\(topic)' held for \(state.date)", undoable: nil)]
            } catch {
                state.message = ConsoleMessage("\(error)", isError: true)
                return []
            }
        case .prompt(let purpose, var editor):
            if purpose == .command, key == .tab {
                state.overlay = .prompt(purpose, PromptEditor(text: CommandLine.complete(editor.text, themes: state.themeNames), history: editor.history))
                return []
            }
            switch editor.handle(key) {
            case .cancelled:
                state.overlay = .none
                return []
            case .submitted(let text):
                state.overlay = .none
                return submit(text, for: purpose, to: &state)
            case .edited, .ignored:
                state.overlay = .prompt(purpose, editor)
                if purpose == .filter { applyFilter(editor.text, &state) }
                return []
            }
        }
    }

    // MARK: Pieces

    private static func back(_ state: inout ConsoleState) {
        if state.overlay != .none { state.overlay = .none } else if state.detailOpen { state.detailOpen = false } else if state.zoomed {
            state.zoomed = false
        } else if !state.filter.isEmpty {
            applyFilter("", &state)
        }
    }

    private static func move(_ state: inout ConsoleState, by delta: Int) {
        guard state.focus == .briefing else { return }
        let rows = state.visibleRows
        guard !rows.isEmpty else { return }
        let current = state.selectedIndex ?? 0
        let next = min(max(current + max(min(delta, rows.count), -rows.count), 0), rows.count - 1)
        if state.selection != rows[next].story.id { state.postIndex = 0 }
        state.selection = rows[next].story.id
    }

    /// The selected story when the briefing pane has focus; otherwise a message saying where to go.
    private static func briefingSelection(_ state: inout ConsoleState) -> BriefingRow? {
        guard state.focus == .briefing else {
            state.message = ConsoleMessage("decisions are made in the briefing pane: press 1", isError: true)
            return nil
        }
        guard let row = state.selectedRow else {
            state.message = ConsoleMessage("no story selected: the agenda of \(state.date) is empty", isError: true)
            return nil
        }
        guard !state.snapshot.readOnly else {
            state.message = ConsoleMessage("this newsroom is open read-only: nothing can be recorded", isError: true)
            return nil
        }
        return row
    }

    private static func agenda(_ state: ConsoleState) -> Briefing {
        Briefing(date: state.date, agenda: state.snapshot.briefing.rows.map(\.story.id))
    }

    private static func decide(_ decision: BriefingDecision, _ state: inout ConsoleState, note: String? = nil) -> [ConsoleEffect] {
        guard let row = briefingSelection(&state) else { return [] }
        do {
            let payload = try BriefingRules.decide(decision, story: row.story.id, on: agenda(state), at: state.now, note: note)
            return [.record([payload], done: doneText(decision, row.story, state), undoable: row.story.id)]
        } catch {
            state.message = ConsoleMessage("\(error)", isError: true)
            return []
        }
    }

    private static func doneText(_ decision: BriefingDecision, _ story: Story, _ state: ConsoleState) -> String {
        let headline = String(story.content.headline.prefix(40))
        switch decision {
        case .share: return "share recorded: \(headline)"
        case .pending: return "back to pending: \(headline)"
        case .hold: return "hold recorded: \(headline)"
        case .embargo(let until): return "embargo until \(state.calendar.localTime(of: until)) recorded: \(headline)"
        }
    }

    private static func copyPostText(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard state.focus == .briefing, let row = state.selectedRow else { return [] }
        let posts = row.story.content.postTexts
        guard !posts.isEmpty else {
            state.message = ConsoleMessage("this story has no post text yet; E edits it", isError: true)
            return []
        }
        let index = state.postIndex % posts.count
        state.postIndex = index + 1
        return [.copy(posts[index].text, label: "\(posts[index].network.name) post text \(index + 1)/\(posts.count)")]
    }

    private static func restrict(_ id: StoryID, to text: String, _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let row = state.snapshot.briefing.rows.first(where: { $0.story.id == id }) else { return [] }
        let teams = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let unknown = teams.filter { !state.snapshot.teams.contains($0) }
        guard unknown.isEmpty else {
            state.message = ConsoleMessage("unknown team \(unknown.map { "'\($0)'" }.joined(separator: ", ")); teams: \(state.snapshot.teams.joined(separator: ", "))",
                                           isError: true)
            return []
        }
        let restriction = StoryRestriction(teams: teams, roles: row.story.content.restriction.roles)
        let who = teams.isEmpty ? "everyone" : teams.joined(separator: ", ")
        return [.record([.storyRestricted(StoryRestricted(storyID: id, restriction: restriction))], done: "may be shared by: \(who)", undoable: nil)]
    }

    private static func newStory(_ draft: inout NewStoryDraft, _ text: String, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let value = text.trimmingCharacters(in: .whitespaces)
        switch draft.step {
        case .headline:
            guard !value.isEmpty else {
                state.message = ConsoleMessage("a story needs a headline; n starts again", isError: true)
                return []
            }
            draft.headline = value
            draft.step = .link
        case .link:
            guard value.isEmpty || value.hasPrefix("https://") || value.hasPrefix("http://") else {
                state.message = ConsoleMessage("a link starts with https://; leave it empty if there is none", isError: true)
                state.overlay = .prompt(.newStory(draft), PromptEditor(text: value))
                return []
            }
            draft.link = value.isEmpty ? nil : value
            draft.step = .topics
        case .topics:
            draft.topics = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
            draft.step = .language
        case .language:
            let language = value.isEmpty ? "de" : value.lowercased()
            guard ["de", "en"].contains(language) else {
                state.message = ConsoleMessage("language is de or en", isError: true)
                state.overlay = .prompt(.newStory(draft), PromptEditor(text: value))
                return []
            }
            let id = StoryID("st-\(Int64(state.now.timeIntervalSince1970 * 1000))-\(Self.slug(draft.headline))")
            let content = StoryContent(headline: draft.headline, link: draft.link, language: language, topics: draft.topics)
            state.selection = id
            return [.record([.storyAdded(StoryAdded(storyID: id, content: content)),
                             .briefingScheduled(BriefingScheduled(date: state.date, storyID: id))],
                            done: "story added to \(state.date): \(String(draft.headline.prefix(40)))", undoable: nil)]
        }
        state.overlay = .prompt(.newStory(draft), PromptEditor())
        return []
    }

    /// A few letters of a headline for a readable id.
    static func slug(_ headline: String) -> String {
        let letters = headline.lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "-" }
        return String(String(letters).split(separator: "-").joined(separator: "-").prefix(24))
    }

    private static func reorder(_ state: inout ConsoleState, by delta: Int) -> [ConsoleEffect] {
        guard let row = briefingSelection(&state) else { return [] }
        var order = state.snapshot.briefing.rows.map(\.story.id)
        guard let index = order.firstIndex(of: row.story.id) else { return [] }
        let target = index + delta
        guard order.indices.contains(target) else { return [] }
        order.swapAt(index, target)
        return [.record([.briefingReordered(BriefingReordered(date: state.date, order: order))], done: "agenda reordered", undoable: nil)]
    }

    private static func changeDate(_ state: inout ConsoleState, to date: LocalDate) -> [ConsoleEffect] {
        state.date = date
        state.selection = nil
        state.detailOpen = false
        return [.reload]
    }

    private static func applyFilter(_ text: String, _ state: inout ConsoleState) {
        let index = state.selectedIndex
        state.filter = text
        state.repairSelection(near: index)
    }

    private static func submit(_ text: String, for purpose: PromptPurpose, to state: inout ConsoleState) -> [ConsoleEffect] {
        switch purpose {
        case .filter:
            applyFilter(text, &state)
            return []
        case .command:
            if !text.isEmpty { state.commandHistory = (state.commandHistory + [text]).suffix(PromptEditor.historyLimit) }
            return CommandLine.run(text, &state)
        case .holdReason(let id):
            guard state.selection == id, let row = state.selectedRow else { return [] }
            let reason = text.trimmingCharacters(in: .whitespaces)
            let effects = decide(.hold(reason: reason), &state)
            if !effects.isEmpty, let topic = row.story.content.topics.first, state.snapshot.briefing.topicHolds.allSatisfy({ $0.topic != topic }) {
                state.overlay = .confirmTopicHold(topic: topic, reason: reason)
            }
            return effects
        case .teams(let id):
            return restrict(id, to: text, &state)
        case .newStory(var draft):
            return newStory(&draft, text, &state)
        case .embargoTime(let id):
            guard state.selection == id else { return [] }
            guard let time = LocalTime(text) else {
                state.message = ConsoleMessage("'\(text)' is not a time: type HH:MM, e.g. 10:30", isError: true)
                return []
            }
            return decide(.embargo(until: state.calendar.instant(state.date, time)), &state)
        }
    }
}
