/// Why the terminal could not be taken over.
public struct TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        case notATerminal
        case cannotInitialise(term: String)
        case alreadyActive
    }

    public var problem: Problem

    public var description: String {
        switch problem {
        case .notATerminal:
            return "standard input and output must be a terminal for the full-screen view; run it in a terminal (or tmux), not through a pipe"
        case .cannotInitialise(let term):
            return "cannot start the terminal of type '\(term)'; set TERM to your terminal (for example xterm-256color) or install its terminfo entry (apt-get install ncurses-term)"
        case .alreadyActive:
            return "a full-screen view is already running in this process"
        }
    }
}
