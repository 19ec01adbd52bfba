import ArgumentParser
import Foundation
import NewsroomCore
import TerminalKit

/// `newsroom themes [NAME]`: lists the colour themes, or shows every widget in one of them.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List colour themes, or show a full-screen gallery of every widget in one.",
        discussion: """
            Without NAME, lists the built-in themes and those in $XDG_CONFIG_HOME/newsroom/themes/ \
            (a user theme with a built-in name replaces it). With NAME, shows the gallery: \
            Tab focuses the next box, j/k move, : opens the prompt, m the menu, t and c toasts, ? help, q quits. \
            NO_COLOR is honoured; colours are reduced to what the terminal can show.
            """
    )

    @Argument(help: "The theme to show, for example default, light, high-contrast or monochrome.")
    var name: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog.standard(environment: environment)
        guard let name else {
            list(catalog)
            return
        }
        let loaded = catalog.load(name)
        var warning: String?
        if let error = loaded.error {
            warning = "\(error); showing the default theme instead"
            FileHandle.standardError.write(Data((warning ?? "").utf8 + [0x0A]))
        }
        let exit = try CursesBackend.run(environment: environment, mouse: true) { backend in
            var gallery = WidgetGallery(theme: loaded.theme.adapted(to: backend.colorLevel), warning: warning)
            return EventLoop.run(&gallery, on: backend)
        }
        if exit.exitStatus != 0 { throw ExitCode(exit.exitStatus) }
    }

    private func list(_ catalog: ThemeCatalog) {
        for entry in catalog.entries() {
            switch entry.source {
            case .builtIn:
                let summary = (try? catalog.loadStrictly(entry.name).summary) ?? ""
                Terminal.out("\(entry.name.padding(toLength: 16, withPad: " ", startingAt: 0)) built-in  \(summary)")
            case .user(let path):
                do {
                    let theme = try catalog.loadStrictly(entry.name)
                    Terminal.out("\(PrintableText.line(entry.name).padding(toLength: 16, withPad: " ", startingAt: 0)) user      \(theme.summary) (\(PrintableText.line(path)))")
                } catch {
                    Terminal.out("\(PrintableText.line(entry.name).padding(toLength: 16, withPad: " ", startingAt: 0)) broken    \(error)")
                }
            }
        }
    }
}
