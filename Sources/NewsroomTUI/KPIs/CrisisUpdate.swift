import Foundation
import NewsroomCore
import NewsroomReadModel

/// The storm warning in the console: `:crisis` shows the level and why, `:crisis 5|6 NOTE` sets
/// it by hand, `:crisis clear [NOTE]` hands it back to the counts, and `C` jumps from the alert to
/// the comments on the post (or network) that drives it in the moderation queue.
enum CrisisUpdate {
    static func command(_ words: [String], _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let first = words.first else {
            guard let crisis = state.snapshot.crisis else {
                state.say("the crisis level is not read yet")
                return []
            }
            state.say("crisis level \(crisis.level)" + (crisis.manual.map { " set by \($0.by): \($0.note)" } ?? "") + ": \(crisis.reason)")
            return []
        }
        let note = words.dropFirst().joined(separator: " ").trimmingCharacters(in: .whitespaces)
        if first == "clear" {
            guard state.snapshot.crisis?.manual != nil else {
                state.say("no crisis level is set by hand; the counts decide it (0–4)", isError: true)
                return []
            }
            return [.record(Recording([.crisisCleared(CrisisCleared(note: note.isEmpty ? nil : note))], expecting: nil,
                                      done: "crisis level handed back to the counts", purpose: .crisis))]
        }
        guard let level = Int(first), CrisisLevel.manualLevels.contains(level) else {
            state.say(":crisis sets 5 (a campaign) or 6 (all media) by hand; 0–4 come from the counts; :crisis clear hands it back", isError: true)
            return []
        }
        guard !note.isEmpty else {
            state.say(":crisis \(level) needs a note saying why, e.g. :crisis \(level) press coverage since 9:00", isError: true)
            return []
        }
        return [.record(Recording([.crisisDeclared(CrisisDeclared(level: CrisisLevel(level), note: note))], expecting: nil,
                                  done: "crisis level \(CrisisLevel(level)) set", purpose: .crisis))]
    }

    /// From the alert to the comments that drive it: the open queue on the storm's post, else on its network.
    static func jump(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let crisis = state.snapshot.crisis, crisis.isAlert else {
            state.say("no storm: the crisis level is \(state.snapshot.crisis?.level.description ?? "not read yet")")
            return []
        }
        var filter = QueueFilter()
        if let post = crisis.post?.post {
            filter.targets = [post]
        } else if let network = crisis.network?.name {
            filter.networks = [Network(network)]
        }
        state.wall = false
        state.focus = .moderation
        state.moderation.view = .open
        state.moderation.facets = filter
        state.moderation.filter = ""
        state.say("the comments behind \(crisis.alert ?? "the storm")")
        return ModerationUpdate.askQueue(&state)
    }
}
