import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// How many times SIGINT or SIGTERM arrived since `StopSignals.install()`. The handler only
/// counts; a command that runs until stopped reads it between batches and leaves through its
/// normal path (its batch written, its summary printed).
let stopSignalsReceived = Atomic<Int>(0)

/// Ctrl-C and `kill` for a command that runs until stopped (`newsroom simulate`): the first asks
/// it to stop after the batch under way, a second one to stop waiting for a busy store too.
enum StopSignals {
    static func install() {
        stopSignalsReceived.store(0, ordering: .relaxed)
        let handler: @convention(c) (Int32) -> Void = { _ in
            stopSignalsReceived.add(1, ordering: .relaxed)
        }
        // A parent may have started us with these blocked (a test runner does): then they would wait unseen.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for number in [SIGINT, SIGTERM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            // No SA_RESTART: a sleep between ticks ends at once.
            action.sa_flags = 0
            sigaction(number, &action, nil)
        }
    }

    static var count: Int { stopSignalsReceived.load(ordering: .relaxed) }
}
