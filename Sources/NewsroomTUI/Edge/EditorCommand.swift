import Foundation

/// The editor `E` opens a story in: `$VISUAL`, else `$EDITOR`, else `editor` when it is on
/// `PATH`, else `vi`, as `git` and most Unix tools choose. The command may carry options
/// (`code --wait`), so it runs through `/bin/sh` with the file as its last argument.
struct EditorCommand: Equatable {
    /// The command as the user wrote it (or the fallback), for running and for messages.
    let command: String

    init(environment: [String: String], isExecutable: (String) -> Bool = FileManager.default.isExecutableFile(atPath:)) {
        let chosen = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
        if let chosen {
            command = chosen
        } else {
            let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            command = path.contains { isExecutable("\($0)/editor") } ? "editor" : "vi"
        }
    }

    /// `/bin/sh -c 'COMMAND "$0"' FILE`: the shell splits the command's words, never the file's name.
    func arguments(for file: URL) -> [String] {
        ["/bin/sh", "-c", "\(command) \"$0\"", file.path]
    }
}

/// There is no editor to hand the story to; the console says so in the bottom bar and the
/// story stays as it was.
public struct EditorCannotStart: Error, Equatable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// The shell found no such command (its exit status 127).
        case notFound
        /// The command exists but may not be run (its exit status 126).
        case notExecutable
        /// The shell itself could not be started.
        case system(String)

        /// What the shell's exit status says about starting the command, if it could not.
        init?(shellStatus: Int32) {
            switch shellStatus {
            case 127: self = .notFound
            case 126: self = .notExecutable
            default: return nil
            }
        }
    }

    public let editor: String
    public let reason: Reason

    public var description: String {
        let why: String
        switch reason {
        case .notFound: why = "not found"
        case .notExecutable: why = "not executable"
        case .system(let problem): why = problem
        }
        return "the editor '\(editor)' could not start (\(why)); set $EDITOR"
    }
}
