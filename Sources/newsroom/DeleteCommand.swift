import ArgumentParser
import NewsroomCore

/// `newsroom delete`: there is no delete. The command exists only to say so, and what to do instead.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "There is no delete: explains why, and what to do instead.",
        shouldDisplay: false
    )

    @Argument(parsing: .captureForPassthrough) var anything: [String] = []

    func run() throws {
        throw RuleViolation.deletingIsNoSolution
    }
}
