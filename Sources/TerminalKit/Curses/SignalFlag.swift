import Glibc
import Synchronization

/// The last terminating signal received (0 for none). Signal handlers only store into it; the
/// run loop reads it between keys and leaves through the normal, terminal-restoring path.
let receivedSignal = Atomic<Int32>(0)

/// Installs flag-setting handlers for SIGINT, SIGTERM and SIGHUP (ncurses leaves SIGHUP alone,
/// and its own SIGINT/SIGTERM handlers exit without running our cleanup), and puts the previous
/// handlers back on `restore()`.
struct SignalFlagHandlers: ~Copyable {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private var previous: [(Int32, sigaction)] = []

    init() {
        receivedSignal.store(0, ordering: .relaxed)
        let handler: @convention(c) (Int32) -> Void = { number in
            receivedSignal.store(number, ordering: .relaxed)
        }
        for number in Self.signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            var old = sigaction()
            sigaction(number, &action, &old)
            previous.append((number, old))
        }
    }

    /// The signal that arrived since the handlers were installed, if any.
    func pending() -> Int32? {
        let number = receivedSignal.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }

    mutating func restore() {
        for (number, old) in previous {
            var action = old
            sigaction(number, &action, nil)
        }
        previous = []
    }
}
