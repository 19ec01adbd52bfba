import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// One decision on one comment from the command line, under the same rules and version check as
/// the console: the comment is read, the rules judge the decision, and the event is written only
/// if nobody changed the comment meanwhile.
enum CommentDecisionRun {
    static func run(_ decision: CommentDecision, on id: String, global: GlobalOptions, json: Bool) throws {
        let context = try CommandContext(global)
        let store = try context.openStore()
        let comment = try existing(id, in: store)
        let decisionContext = try Self.context(for: context, store: store)
        let payload = try ModerationRules.decide(decision, on: comment, in: decisionContext)
        let event = Event(time: context.now, by: context.identity, payload: payload)
        let committed = try store.append([NewEvent(event)], expecting: ExpectedVersion(.comment(comment.id), version: comment.version))
        try report(committed, decision: decision.pastTense, comment: comment.id, store: store, json: json)
    }

    /// The comment, or a refusal that says how to find one.
    static func existing(_ id: String, in store: FolderStore) throws -> Comment {
        guard let comment = try store.comment(CommentID(id)) else { throw RuleViolation.unknownComment(CommentID(id)) }
        return comment
    }

    /// Who acts, with their role on the moderation team when the store lists them.
    static func context(for context: CommandContext, store: FolderStore) throws -> DecisionContext {
        let settings = store.config.moderation
        let roles = try store.moderators().first { $0.name == context.identity.actor }?.roles ?? []
        return DecisionContext(actor: context.identity.actor, role: roles.first(where: settings.mayHide.contains) ?? roles.first,
                               moment: context.now, settings: settings)
    }

    /// "c-17: hidden (insult); event 1234." or the same as JSON with the comment as it is now.
    static func report(_ committed: [StoredEvent], decision: String, comment id: CommentID, store: FolderStore, json: Bool) throws {
        let now = try store.comment(id)
        if json {
            var object: [String: Any] = ["comment": id.rawValue, "decision": decision, "events": committed.map(\.seq)]
            if let now { object["state"] = now.state.rawValue; object["hidden"] = now.visibility.isHidden; object["version"] = now.version }
            try Terminal.json(object)
        } else {
            let seqs = committed.map { String($0.seq) }.joined(separator: ", ")
            Terminal.out("\(PrintableText.line(id.rawValue)): \(decision); recorded as event \(seqs).")
        }
    }
}

/// Legal, HR or a subject expert, as typed after `escalate`.
struct EscalationTargetArgument: ExpressibleByArgument {
    let target: EscalationTarget
    init?(argument: String) {
        guard let target = EscalationTarget(rawValue: argument.lowercased()) else { return nil }
        self.target = target
    }
    static var allValueStrings: [String] { EscalationTarget.allCases.map(\.rawValue) }
}

/// A comment category as typed: `insult`, `fact-claim`, `trade secret`.
struct CategoryArgument: ExpressibleByArgument {
    let category: CommentCategory
    init?(argument: String) {
        guard let category = CommentCategory(typed: argument) else { return nil }
        self.category = category
    }
    static var allValueStrings: [String] { CommentCategory.allCases.map { $0.label.replacingOccurrences(of: " ", with: "-") } }
}
