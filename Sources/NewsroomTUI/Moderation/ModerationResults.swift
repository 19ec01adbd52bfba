import Foundation
import NewsroomCore
import NewsroomReadModel

/// What the moderation pane does when its recordings come back: remember what `u` can take back,
/// copy a recorded reply to the clipboard, and note what this console did to each item.
enum ModerationResults {
    static func recorded(_ recording: ModerationRecording, _ payloads: [EventPayload], _ done: String, lastSeq: Int64, firstEventID: UUID?,
                         _ state: inout ConsoleState) -> [ConsoleEffect] {
        apply(payloads, lastSeq: lastSeq, &state)
        switch recording {
        case .decision(let before, let payload):
            state.say(done)
            if let id = firstEventID { state.moderation.undoStack.append(ModerationUndo(before: before, payload: payload, eventID: id)) }
            state.moderation.ownActions[before.id] = "you: \(EventLine(payload).summary)"
        case .claim:
            break
        case .librarySaved(let file):
            state.say(done)
            return [.discardFile(file)]
        case .undo(let entry):
            state.say(done)
            state.moderation.undoStack.removeAll { $0 == entry }
            state.moderation.ownActions[entry.before.id] = nil
        case .reply(let id, let text, let file):
            state.moderation.ownActions[id] = "you: answered"
            var effects: [ConsoleEffect] = [.copy(text, label: "reply to \(id) recorded and copied: paste it on the network")]
            if let file { effects.append(.discardFile(file)) }
            return effects
        }
        return []
    }

    /// Folds what was recorded into the pane's row at once, so the row (and `u`) know the item as
    /// it is now, even when it left the open queue the next snapshot holds.
    static func apply(_ payloads: [EventPayload], lastSeq: Int64, _ state: inout ConsoleState) {
        guard let first = payloads.first, let id = CommentHistory.subject(of: first), let row = state.moderation.rows[id] else { return }
        let start = lastSeq - Int64(payloads.count) + 1
        let events = payloads.enumerated().map { i, payload in
            StoredEvent(seq: start + Int64(i), event: Event(time: state.now, actor: state.actor, account: state.actor, payload: payload))
        }
        let updated = CommentHistory.replay(events, from: row.comment, calendar: state.calendar)
        state.moderation.rows[id] = QueueRow(comment: updated, priority: row.priority, author: row.author, text: row.text)
    }

    /// The editor's reply: recorded like one typed at the prompt; an empty file records nothing.
    static func edited(_ request: EditRequest, _ outcome: EditOutcome, _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard case .reply(let id, _, let template, let language) = request.purpose else { return [] }
        switch outcome {
        case .saved(let text, let file):
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else {
                state.say("the reply was empty: nothing recorded")
                return [.discardFile(file)]
            }
            return ModerationPrompts.reply(value, to: id, template: template, language: language, file: file, &state)
        case .editorFailed(let status, let file):
            state.say("the editor ended with status \(status); your text is kept in", isError: true, path: file)
        case .couldNotStart(let reason):
            state.say("could not start the editor: \(reason)", isError: true)
        }
        return []
    }
}

/// A few words on a moderation event for a dimmed row.
struct EventLine {
    let payload: EventPayload
    init(_ payload: EventPayload) { self.payload = payload }

    var summary: String {
        switch payload {
        case .commentHidden(let b): return "hidden (\(b.reason.label))"
        case .commentUnhidden: return "unhidden"
        case .commentMoved(let b): return b.state.label
        case .commentEscalated(let b): return "escalated to \(b.to.label)"
        case .commentAssigned(let b): return b.assignee.map { "assigned to \($0)" } ?? "back to the pool"
        case .commentClassified(let b): return "classified \(b.category.label)"
        case .commentReplied: return "answered"
        default: return payload.type
        }
    }
}

/// Who did what to each comment in a stretch of the log, for rows another console handled.
enum ModerationChanges {
    static func by(_ events: [StoredEvent]) -> [CommentID: String] {
        var out: [CommentID: String] = [:]
        for stored in events {
            guard let id = CommentHistory.subject(of: stored.event.payload) else { continue }
            switch stored.event.payload {
            case .commentReceived, .commentClaimed, .commentReleased: continue
            default: out[id] = "\(stored.event.actor): \(EventLine(stored.event.payload).summary)"
            }
        }
        return out
    }
}
