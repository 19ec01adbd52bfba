import Foundation
import NewsroomCore
import TerminalKit

/// What the briefing does when its recordings come back: remember what `u` can take back, ask
/// about the topic after a hold, and on a refusal say what changed and keep what the user typed.
enum BriefingResults {
    static func recorded(_ recording: BriefingRecording, _ done: String, lastSeq: Int64, firstEventID: UUID?, _ state: inout ConsoleState) -> [ConsoleEffect] {
        state.say(done)
        switch recording {
        case .decision(let story, let date, let decision, let previous):
            if let id = firstEventID {
                state.briefing.undoStack.append(.decision(date: date, story: story, previous: previous, eventID: id, version: lastSeq))
            }
            // A new hold asks about its topic; changing a hold's mark (A) does not ask again.
            let wasHeld: Bool
            if case .hold? = previous?.decision { wasHeld = true } else { wasHeld = false }
            if case .hold(let reason) = decision, !wasHeld, let row = state.snapshot.briefing.rows.first(where: { $0.story.id == story }),
               let topic = row.story.content.topics.first, !state.snapshot.briefing.topicHolds.contains(where: { $0.topic == topic }) {
                state.overlay = .confirm(.briefing(.holdTopic(topic: topic, reason: reason, story: story)))
            }
        case .topicHold(let topic, let date):
            state.briefing.undoStack.append(.topicHold(date: date, topic: topic, version: lastSeq))
        case .restriction(let story, let previous):
            state.briefing.undoStack.append(.restriction(story: story, previous: previous, version: lastSeq))
        case .undo(let entry):
            state.briefing.undoStack.removeAll { $0 == entry }
        case .storyEdit(let file):
            return [.discardFile(file)]
        case .topicRelease, .reorder, .newStory:
            break
        }
        return []
    }

    /// The item changed since it was seen: nothing was written. Say what changed; where the user
    /// typed something, open it again with their text, decided on the version there is now.
    static func refused(_ recording: BriefingRecording, _ conflict: VersionConflict, _ state: inout ConsoleState) {
        let what = "not recorded: \(conflict)"
        switch recording {
        case .decision(let story, _, .hold(let reason), _):
            state.overlay = .prompt(.briefing(.holdReason(story, version: conflict.actual)), PromptEditor(text: reason),
                                    problem: what + ". Enter holds it anyway, Esc leaves it")
        case .decision(let story, _, .embargo(let until), _):
            state.overlay = .prompt(.briefing(.embargoTime(story, version: conflict.actual)), PromptEditor(text: state.calendar.localTime(of: until).description),
                                    problem: what + ". Enter sets it anyway, Esc leaves it")
        case .storyEdit(let file):
            state.say("story unchanged: \(conflict); your edit is kept in", isError: true, path: file)
        case .undo(let entry):
            state.briefing.undoStack.removeAll { $0 == entry }
            state.say("\(what): someone decided after you, so undo would overwrite their decision", isError: true)
        default:
            state.say(what, isError: true)
        }
    }

    static func failed(_ recording: BriefingRecording, _ reason: String, _ state: inout ConsoleState) {
        if case .storyEdit(let file) = recording {
            state.say("story unchanged: \(reason); your edit is kept in", isError: true, path: file)
        } else {
            state.say(reason, isError: true)
        }
    }

    /// The user's editor is done with the story: read it back strictly, and record what changed
    /// against the version the user started from.
    static func edited(_ request: EditRequest, _ outcome: EditOutcome, _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard case .story(let id, let version, let original) = request.purpose else { return [] }
        switch outcome {
        case .couldNotStart(let reason):
            state.say("story unchanged: \(reason)", isError: true)
            return []
        case .editorFailed(let status, let file):
            state.say("the editor ended with status \(status): story unchanged; your text is kept in", isError: true, path: file)
            return []
        case .saved(let text, let file):
            let content: StoryContent
            do {
                content = try StoryText.parse(text)
            } catch {
                state.say("story unchanged: \(error); your edit is kept in", isError: true, path: file)
                return []
            }
            guard content != original else {
                state.say("no changes")
                return [.discardFile(file)]
            }
            return [.record(Recording([.storyEdited(StoryEdited(storyID: id, content: content))], expecting: ExpectedVersion(.story(id), version: version),
                                      done: "story edited: \(String(content.headline.prefix(50)))", purpose: .briefing(.storyEdit(file: file))))]
        }
    }
}
