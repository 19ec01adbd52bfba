import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// The `newsroom` command. With `--demo` it makes (on first use) and shows the demo newsroom.
@main
struct Newsroom: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsroom",
        abstract: "Newsroom Console: briefing, moderation, KPIs and ambassadors for a corporate-influencer newsroom.",
        discussion: """
            A newsroom is a folder (--store, $NEWSROOM_STORE, else $XDG_DATA_HOME/newsroom/default) holding \
            newsroom.yaml and an append-only event log. Every command prints text, or JSON with --json, and \
            exits non-zero on error. Times are fixed with --now or $NEWSROOM_NOW for reproducible output.

            Start with `newsroom --demo` to see a demo newsroom, or `newsroom init DIR` for your own.
            Shell completions: `newsroom --generate-completion-script bash|zsh|fish`.
            """,
        version: NewsroomVersion.current,
        subcommands: [InitCommand.self, DemoCommand.self, IngestCommand.self, BriefingCommand.self, QueueCommand.self,
                      KPICommand.self, AmbassadorsCommand.self, LogCommand.self, ExportCommand.self, PrivacyCommand.self,
                      ThemesCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Use the demo newsroom ($XDG_DATA_HOME/newsroom/demo): made on first use, rebuilt when its day has passed.")
    var demo = false

    func run() throws {
        guard demo else {
            Terminal.out("Newsroom Console \(NewsroomVersion.current)")
            Terminal.out("The full-screen console is not built yet; see `newsroom --help` for the commands, or try `newsroom --demo`.")
            return
        }
        let context = try CommandContext(global, defaultFolder: HostEnvironment.demoStore)
        let store = try DemoLauncher(context: context).prepare()
        try DemoOverview(store: store, context: context).print()
    }
}
