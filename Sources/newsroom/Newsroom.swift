import ArgumentParser
import NewsroomCore

/// The `newsroom` command: with no subcommand it will open the console; for now it prints what it is.
@main
struct Newsroom: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsroom",
        abstract: "Newsroom Console: briefing, moderation, KPIs and ambassadors for a corporate-influencer newsroom.",
        version: NewsroomVersion.current,
        subcommands: [ThemesCommand.self]
    )

    func run() throws {
        print("Newsroom Console \(NewsroomVersion.current)")
        print("The console opens here once the TUI lands; see README.md for what works today.")
    }
}
