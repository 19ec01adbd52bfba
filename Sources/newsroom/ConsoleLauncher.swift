import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore
import NewsroomTUI
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// Opens the full-screen console on a store, with the theme from `--theme`, the personal
/// settings, or the default; restores the terminal on every way out.
struct ConsoleLauncher {
    let context: CommandContext
    let themeName: String?
    /// Open on the wall screen (`--wall`): the KPIs large and alone.
    var wall = false

    /// Whether there is a terminal to draw on (otherwise commands print text).
    static var hasTerminal: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    static var settingsFile: URL {
        let env = HostEnvironment.variables
        let base = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) } ?? HostEnvironment.home.appendingPathComponent(".config")
        return base.appendingPathComponent("newsroom/settings.yaml")
    }

    /// Opens the console at once: while `opening` makes or rebuilds the store on another thread,
    /// the screen says so (`title`, then its progress); the console follows when the store is ready.
    func run(title: String, opening: @escaping @Sendable (_ report: @escaping @Sendable (String) -> Void) throws -> FolderStore) throws {
        let environment = HostEnvironment.variables
        let catalog = ThemeCatalog.standard(environment: environment)
        let settings = ConsoleSettings.read(from: Self.settingsFile)
        let wanted = themeName ?? settings.theme ?? ThemeCatalog.defaultName
        let keys: KeyContexts<ConsoleAction>
        do {
            keys = try settings.keyContexts()
        } catch {
            Terminal.warn("\(Self.settingsFile.path): keys: \(error); the standard keys are used")
            keys = ConsoleKeys.standard
        }
        let loaded = catalog.load(wanted)
        var warnings: [String] = []
        let exit = try CursesBackend.run(environment: environment) { backend -> LoopExit in
            let theme = loaded.theme.adapted(to: backend.colorLevel)
            let outcome = try OpeningScreen.wait(on: backend, theme: theme, title: title) { report in StoreHandOff(store: try opening(report)) }
            guard case .ready(let handOff) = outcome else {
                if case .left(let exit) = outcome { return exit }
                return .quit
            }
            let store = handOff.store
            warnings = context.openingWarnings(store)
            var program = try ConsoleProgram(store: store, clock: context.clock, identity: context.identity,
                                              theme: loaded.theme.adapted(to: backend.colorLevel), themes: catalog,
                                              colorLevel: backend.colorLevel, settingsFile: Self.settingsFile,
                                              host: TerminalHost(environment: environment, suspend: { body in try backend.suspended(body) }),
                                              keys: keys, wall: wall)
            return EventLoop.run(&program, on: backend)
        }
        for warning in warnings { Terminal.warn(warning) }
        if let error = loaded.error { Terminal.warn("\(error); the default theme was used") }
        if exit.exitStatus != 0 { throw ExitCode(exit.exitStatus) }
    }
}

/// The store made on the opening screen's thread, handed to the console's once that thread is done with it.
private struct StoreHandOff: @unchecked Sendable {
    let store: FolderStore
}
