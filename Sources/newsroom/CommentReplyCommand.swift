import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

extension CommentCommand {
    /// `newsroom comment reply`: an answer in the newsroom's words, from a template or typed; it is
    /// recorded, marks the comment answered and goes to `outbox/replies.jsonl` for a connector.
    struct Reply: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Answer the comment (recorded, and handed to the outbox for posting).")
        @OptionGroup var target: Target
        @Option(name: [.short, .customLong("message")], help: ArgumentHelp("The reply's text.", valueName: "text")) var message: String?
        @Option(help: ArgumentHelp("A reply template's id; {author} is filled in.", valueName: "id")) var template: String?
        @Option(help: ArgumentHelp("A fact snippet's id, added after the text.", valueName: "id")) var snippet: [String] = []
        @Option(help: ArgumentHelp("The reply's language (default: the template's, else the comment's, else de).", valueName: "code")) var language: String?

        func validate() throws {
            guard message != nil || template != nil || !snippet.isEmpty else { throw ValidationError("give --message, --template or --snippet") }
        }

        func run() throws {
            let context = try CommandContext(target.global)
            let store = try context.openStore()
            let comment = try CommentDecisionRun.existing(target.id, in: store)
            var parts: [String] = []
            var language = self.language
            var templateID: TemplateID?
            if let template {
                guard let found = try store.templates().first(where: { $0.id.rawValue == template }) else {
                    throw ValidationError("there is no reply template '\(template)'; the templates: \(try store.templates().map(\.id.rawValue).joined(separator: ", "))")
                }
                let profile = try store.profile(comment.authorRef)
                parts.append(found.filled(author: profile?.displayName ?? profile.map { "@\($0.handle)" }, moderator: context.identity.actor))
                language = language ?? found.language
                templateID = found.id
            }
            if let message { parts.append(message) }
            let snippets = try store.snippets()
            for id in snippet {
                guard let found = snippets.first(where: { $0.id.rawValue == id }) else {
                    throw ValidationError("there is no fact snippet '\(id)'; the snippets: \(snippets.map(\.id.rawValue).joined(separator: ", "))")
                }
                parts.append(found.text)
            }
            let decision = CommentDecision.reply(text: parts.joined(separator: "\n\n"), language: language ?? comment.language ?? "de", template: templateID)
            let payload = try ModerationRules.decide(decision, on: comment, in: try CommentDecisionRun.context(for: context, store: store))
            let committed = try store.append([NewEvent(Event(time: context.now, by: context.identity, payload: payload))],
                                             expecting: ExpectedVersion(.comment(comment.id), version: comment.version))
            try CommentDecisionRun.report(committed, decision: decision.pastTense, comment: comment.id, store: store, json: target.json)
        }
    }

    /// `newsroom comment undo`: takes back your last decision on the comment with a compensating
    /// event; nothing is removed. A reply cannot be taken back.
    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take back your last decision on the comment (a compensating event).")
        @OptionGroup var target: Target

        func run() throws {
            let context = try CommandContext(target.global)
            let store = try context.openStore()
            let comment = try CommentDecisionRun.existing(target.id, in: store)
            let decisions = try store.decisions(on: comment.id)
            guard let index = decisions.lastIndex(where: { $0.event.actor == context.identity.actor && Self.isDecision($0.event.payload) }) else {
                throw RuleViolation.nothingToUndo("comment \(comment.id) by \(context.identity.actor)")
            }
            let before = CommentHistory.replay(Array(decisions[..<index]), from: CommentHistory.arrival(of: comment), calendar: store.config.calendar)
            let last = decisions[index].event
            let payloads = try ModerationRules.undo(last.payload, eventID: last.id, before: before, current: comment, by: context.identity.actor)
            let committed = try store.append(payloads.map { NewEvent(Event(time: context.now, by: context.identity, payload: $0)) },
                                             expecting: ExpectedVersion(.comment(comment.id), version: comment.version))
            try CommentDecisionRun.report(committed, decision: "undone (\(last.type))", comment: comment.id, store: store, json: target.json)
        }

        /// What a person decided (not a claim's renewal or release, which undo passes over).
        static func isDecision(_ payload: EventPayload) -> Bool {
            switch payload {
            case .commentClaimed, .commentReleased: return false
            default: return true
            }
        }
    }
}
