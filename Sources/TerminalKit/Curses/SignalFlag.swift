import Glibc
import Synchronization

/// The last terminating signal received (0 for none). Signal handlers only store into it; the
/// run loop reads it between keys and leaves through the normal, terminal-restoring path.
let receivedSignal = Atomic<Int32>(0)

/// Installs flag-setting handlers for every signal whose default ends the program (ncurses leaves
/// SIGHUP alone, its own SIGINT/SIGTERM handlers exit without running our cleanup, the Swift
/// backtracer takes SIGQUIT as a crash and prints over the screen, and the others would leave the
/// terminal raw on the alternate screen), and puts the previous handlers back on `restore()`.
struct SignalFlagHandlers: ~Copyable {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPIPE, SIGXCPU, SIGXFSZ]
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
