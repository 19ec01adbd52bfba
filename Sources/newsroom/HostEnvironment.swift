import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the command line reads from the machine: environment, XDG folders, the account, the terminal.
enum HostEnvironment {
    static var variables: [String: String] { ProcessInfo.processInfo.environment }

    /// `$XDG_DATA_HOME`, else `~/.local/share`.
    static var dataHome: URL {
        if let xdg = variables["XDG_DATA_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg) }
        return home.appendingPathComponent(".local/share")
    }

    static var home: URL {
        if let home = variables["HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
        return URL(fileURLWithPath: NSHomeDirectory())
    }

    /// The default newsroom folder.
    static var defaultStore: URL { dataHome.appendingPathComponent("newsroom/default") }
    /// The demo newsroom of `newsroom --demo`.
    static var demoStore: URL { dataHome.appendingPathComponent("newsroom/demo") }

    /// The operating-system account running us (never empty: `$USER` is empty for root in CI).
    static var accountName: String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name {
            let value = String(cString: name)
            if !value.isEmpty { return value }
        }
        return "uid\(geteuid())"
    }

    /// Whether standard error is a terminal (progress is shown only there, never on a pipe).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
