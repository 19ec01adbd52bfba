import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom comment`: every moderation decision on one comment, for scripts and other tools,
/// under the same rules, claims and version checks as the console's moderation pane.
struct CommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Show a comment or decide on it: claim, classify, assign, reply, hide, escalate, resolve, undo.",
        discussion: """
            Criticism is answered with facts (reply); only unlawful content is hidden (hide, with a \
            reason and a note), and nothing is ever deleted. Someone else's claim refuses every \
            decision but `take`. Categories: \(CommentCategory.typedNames).
            """,
        subcommands: [Show.self, Claim.self, Take.self, Release.self, Classify.self, Assign.self, Reply.self, Hide.self, Unhide.self,
                      Escalate.self, Wait.self, NoAction.self, Resolve.self, Undo.self, Delete.self]
    )

    struct Target: ParsableArguments {
        @Argument(help: ArgumentHelp("The comment's id (as `newsroom queue` shows it).", valueName: "id")) var id: String
        @Flag(help: "Print the result as JSON.") var json = false
        @OptionGroup var global: GlobalOptions
    }

    struct Claim: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Hold the comment for moderation.lease minutes, so nobody else answers it.")
        @OptionGroup var target: Target
        func run() throws { try CommentDecisionRun.run(.claim, on: target.id, global: target.global, json: target.json) }
    }

    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take over someone else's claim (recorded).")
        @OptionGroup var target: Target
        func run() throws { try CommentDecisionRun.run(.takeOver, on: target.id, global: target.global, json: target.json) }
    }

    struct Release: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give up your claim.")
        @OptionGroup var target: Target
        func run() throws { try CommentDecisionRun.run(.release, on: target.id, global: target.global, json: target.json) }
    }

    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set the comment's category (a person's call overrides the model's).")
        @OptionGroup var target: Target
        @Argument(help: ArgumentHelp("The category.", valueName: "category")) var category: CategoryArgument
        func run() throws { try CommentDecisionRun.run(.classify(category.category), on: target.id, global: target.global, json: target.json) }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give the comment to a moderator or expert, or back to the pool with --pool.")
        @OptionGroup var target: Target
        @Argument(help: ArgumentHelp("Who takes it.", valueName: "name")) var name: String?
        @Flag(help: "Back to the pool: nobody's.") var pool = false
        func validate() throws {
            guard (name != nil) != pool else { throw ValidationError("name who takes it, or give --pool") }
        }
        func run() throws { try CommentDecisionRun.run(.assign(pool ? nil : name), on: target.id, global: target.global, json: target.json) }
    }

    struct Hide: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Hide unlawful content, with its reason and a note; it stays in the store and the audit trail.")
        @OptionGroup var target: Target
        @Option(help: ArgumentHelp("What makes it unlawful: \(CommentCategory.allCases.filter(\.mayBeHidden).map { $0.label.replacingOccurrences(of: " ", with: "-") }.joined(separator: ", ")).", valueName: "category"))
        var reason: CategoryArgument
        @Option(help: ArgumentHelp("What in the comment is unlawful.", valueName: "text")) var note: String
        func run() throws { try CommentDecisionRun.run(.hide(reason: reason.category, note: note), on: target.id, global: target.global, json: target.json) }
    }

    struct Unhide: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a hidden comment again (recorded with a note).")
        @OptionGroup var target: Target
        @Option(help: ArgumentHelp("Why.", valueName: "text")) var note: String
        func run() throws { try CommentDecisionRun.run(.unhide(note: note), on: target.id, global: target.global, json: target.json) }
    }

    struct Escalate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Hand the comment to legal, HR or a subject expert, with a note.")
        @OptionGroup var target: Target
        @Argument(help: ArgumentHelp("legal, hr or expert.", valueName: "to")) var to: EscalationTargetArgument
        @Option(help: ArgumentHelp("What they should look at.", valueName: "text")) var note: String
        func run() throws { try CommentDecisionRun.run(.escalate(to.target, note: note), on: target.id, global: target.global, json: target.json) }
    }

    struct Wait: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Park the comment while waiting for an answer from elsewhere.")
        @OptionGroup var target: Target
        @Option(help: ArgumentHelp("What it waits for.", valueName: "text")) var note: String?
        func run() throws { try CommentDecisionRun.run(.wait(note: note), on: target.id, global: target.global, json: target.json) }
    }

    struct NoAction: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "noaction", abstract: "Close the comment without action (nothing to answer, nothing unlawful).")
        @OptionGroup var target: Target
        @Option(help: ArgumentHelp("Why.", valueName: "text")) var note: String?
        func run() throws { try CommentDecisionRun.run(.noAction(note: note), on: target.id, global: target.global, json: target.json) }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close the comment as resolved.")
        @OptionGroup var target: Target
        @Option(help: ArgumentHelp("How.", valueName: "text")) var note: String?
        func run() throws { try CommentDecisionRun.run(.resolve(note: note), on: target.id, global: target.global, json: target.json) }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "There is no delete: explains why, and what to do instead.")
        @Argument(parsing: .captureForPassthrough) var anything: [String] = []
        func run() throws { throw RuleViolation.deletingIsNoSolution }
    }
}
