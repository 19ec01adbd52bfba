import Foundation
import TerminalKit

/// What the console needs from the terminal it runs in besides drawing: the clipboard and handing
/// the screen to `$EDITOR`. The launcher provides it; tests replace it.
public protocol ConsoleHost {
    /// Puts text on the clipboard; returns what to tell the user.
    func copyToClipboard(_ text: String) -> String
    /// Runs the user's editor on a file while the terminal is handed over; returns its exit
    /// status. Throws `EditorCannotStart` when there is no editor to run.
    func edit(_ file: URL) throws -> Int32
}

/// The real terminal: OSC 52 for the clipboard (works over ssh; tmux passes it on only with
/// `set-clipboard on`), and `$VISUAL` or `$EDITOR` (else `editor`, else `vi`) through `/bin/sh`,
/// in the terminal's foreground as `git commit` runs it.
public struct TerminalHost: ConsoleHost {
    let environment: [String: String]
    /// Hands the terminal over while the body runs (curses' `def_prog_mode`/`endwin` and back).
    let suspend: (() throws -> Int32) throws -> Int32

    public init(environment: [String: String], suspend: @escaping (() throws -> Int32) throws -> Int32) {
        self.environment = environment
        self.suspend = suspend
    }

    public func copyToClipboard(_ text: String) -> String {
        let sequence = "\u{1b}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
        FileHandle.standardOutput.write(Data(sequence.utf8))
        if environment["TMUX"] != nil {
            return "copied with OSC 52; inside tmux this needs `tmux set -s set-clipboard on`"
        }
        return "copied with OSC 52 (your terminal must allow clipboard writes)"
    }

    public func edit(_ file: URL) throws -> Int32 {
        let editor = EditorCommand(environment: environment)
        let status: Int32
        do {
            status = try suspend { try ForegroundCommand.run(editor.arguments(for: file), environment: environment) }
        } catch let error as ForegroundCommandError {
            throw EditorCannotStart(editor: editor.command, reason: .system(error.description))
        }
        if let reason = EditorCannotStart.Reason(shellStatus: status) {
            throw EditorCannotStart(editor: editor.command, reason: reason)
        }
        return status
    }
}
