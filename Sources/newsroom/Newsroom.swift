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

            With no subcommand, `newsroom` opens the full-screen console on the newsroom (without a terminal, or \
            with --text, it prints the day's briefing and the week's KPIs). Start with `newsroom --demo` to see a \
            demo newsroom, or `newsroom init DIR` for your own. In the console, ? shows the keys.

            Shell completions: `newsroom --generate-completion-script bash|zsh|fish`.
            """,
        version: NewsroomVersion.current,
        subcommands: [InitCommand.self, DemoCommand.self, IngestCommand.self, BriefingCommand.self, QueueCommand.self, CommentCommand.self, TemplateCommand.self, SnippetCommand.self,
                      KPICommand.self, CrisisCommand.self, AmbassadorsCommand.self, LogCommand.self, ExportCommand.self, PrivacyCommand.self, CheckCommand.self, DeleteCommand.self,
                      SimulateCommand.self,
                      ThemesCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    /// Runs the command; an error's message goes through `PrintableText` like every other output,
    /// since it may quote a value from outside (a name, a file's line).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = PrintableText.text(fullMessage(for: error))
            if !message.isEmpty {
                let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }

    @Flag(name: .long, help: "Use the demo newsroom ($XDG_DATA_HOME/newsroom/demo): made on first use, rebuilt when its day has passed.")
    var demo = false

    @Option(help: ArgumentHelp("The colour theme: default, light, high-contrast, monochrome, or one of yours.", valueName: "name"))
    var theme: String?

    @Flag(help: "Print the overview as text instead of opening the console (also what happens without a terminal).")
    var text = false

    @Flag(help: "Open on the wall screen: the KPIs large and alone, for a projector in the morning call (W in the console).")
    var wall = false

    func run() throws {
        let context = try CommandContext(global, defaultFolder: demo ? HostEnvironment.demoStore : nil)
        let demo = self.demo
        let open: @Sendable ((@Sendable (String) -> Void)?) throws -> FolderStore = { report in
            if demo { return try DemoLauncher(context: context).prepare(report: report) }
            do { return try context.openStore(report: report) } catch StoreError.missingFolder(let path) {
                throw ValidationError("there is no newsroom at \(path) yet: create one with `newsroom init \(path)`, or look at the demo with `newsroom --demo`")
            }
        }
        if text || !ConsoleLauncher.hasTerminal {
            try DemoOverview(store: try open(nil), context: context).print()
        } else {
            let title = demo && !DemoLauncher(context: context).isReady ? "Making the demo newsroom (once a day)" : "Opening \(context.folder.root.path)"
            try ConsoleLauncher(context: context, themeName: theme, wall: wall).run(title: title) { report in try open(report) }
        }
    }
}
