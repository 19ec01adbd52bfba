import Foundation
import NewsroomCore
import NewsroomStore

/// Results of effects coming back into `update`: the shell keeps the snapshot and messages, and
/// hands a recording's result to the pane it belongs to.
enum ResultUpdate {
    static func receive(_ result: EffectResult, _ state: inout ConsoleState) -> [ConsoleEffect] {
        switch result {
        case .recorded(let recording, _, _), .refused(let recording, _), .failed(let recording, _):
            state.waiting.removeAll { $0.id == recording.id }
            if state.waiting.isEmpty { state.waitingSince = nil }
        default:
            break
        }
        switch result {
        case .waiting(let recording):
            if !state.waiting.contains(where: { $0.id == recording.id }) {
                state.waiting.append(recording)
                state.waitingSince = state.waitingSince ?? state.now
                state.say("waiting for the store: another writer holds it; \(state.waiting.count == 1 ? "your decision is" : "\(state.waiting.count) decisions are") kept and recorded when it is free")
            }
        case .recorded(let recording, let lastSeq, let firstEventID):
            switch recording.purpose {
            case .briefing(let b): return BriefingResults.recorded(b, recording.done, lastSeq: lastSeq, firstEventID: firstEventID, &state)
            case .moderation(let m): return ModerationResults.recorded(m, recording.payloads, recording.done, lastSeq: lastSeq, firstEventID: firstEventID, &state)
            case .crisis:
                state.say(recording.done)
                return [.reload(everything: false)]
            }
        case .refused(let recording, let conflict):
            switch recording.purpose {
            case .briefing(let b): BriefingResults.refused(b, conflict, &state)
            case .moderation, .crisis: state.say("not recorded: \(conflict)", isError: true)
            }
        case .failed(let recording, let reason):
            switch recording.purpose {
            case .briefing(let b): BriefingResults.failed(b, reason, &state)
            case .moderation(.librarySaved(let file)): state.say("not recorded: \(reason); your edit is kept in", isError: true, path: file)
            case .moderation, .crisis: state.say("not recorded: \(reason)", isError: true)
            }
        case .reloaded(let snapshot):
            let index = state.briefing.selectedIndex(in: state.snapshot)
            state.snapshot = snapshot
            state.briefing.repairSelection(in: snapshot, near: index)
            return ModerationUpdate.reloaded(&state) + [.loadBoard(state.kpis.window)]
        case .readFailed(let reason):
            state.say("could not read the newsroom: \(reason)", isError: true)
        case .exported(let path):
            state.say("briefing exported to", path: path)
        case .themeApplied(let name, let savedTo):
            state.themeName = name
            if let savedTo { state.say("theme \(name) saved to", path: savedTo) } else { state.say("theme \(name)") }
        case .copied(let label, let note):
            state.say("\(label): \(note)")
        case .edited(let request, let outcome):
            switch request.purpose {
            case .story: return BriefingResults.edited(request, outcome, &state)
            case .reply: return ModerationResults.edited(request, outcome, &state)
            case .template, .snippet: return ReplyLibrary.edited(request, outcome, &state)
            }
        case .boardLoaded(let choice, let board):
            KPIUpdate.loaded(choice, board, &state)
        case .drillDownLoaded(let breakdown):
            KPIUpdate.drillDownLoaded(breakdown, &state)
        case .threadLoaded(let thread):
            if state.moderation.selectedID(state) == thread.item.comment.id { state.moderation.thread = thread }
        case .queueRowsRead(let rows, let asked):
            state.moderation.append(rows, asked: asked)
            return ModerationUpdate.readRowsIfNear(&state)
        case .problem(let reason):
            state.say(reason, isError: true)
        }
        return []
    }
}
