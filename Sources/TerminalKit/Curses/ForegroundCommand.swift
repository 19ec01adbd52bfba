import Glibc

/// Runs a program that takes over the terminal for a while (an editor, a pager) the way
/// `git commit` runs `$EDITOR`, so that it can read keys and set the terminal's modes.
///
/// The program stays in this process's own process group, which is the terminal's foreground
/// group (a new group, as Foundation's `Process` makes, is stopped by SIGTTIN or gets EIO on
/// its first read). Its standard input, output and error are this process's (the terminal);
/// every signal is back at its default and none is blocked in it, whatever this process
/// catches or ignores. Run it inside `CursesBackend.suspended`, which puts the terminal in its
/// normal mode first.
public enum ForegroundCommand {
    /// Runs `arguments` (the first names the program; it is looked up in `PATH` when it has no
    /// slash) with `environment`, and waits for it to end.
    ///
    /// Returns its exit status, or 128 + the signal number when a signal ended it. While it
    /// runs, this process ignores SIGINT and SIGQUIT, as `system(3)` does: a Ctrl-C typed for the
    /// program reaches the whole foreground group. A caught SIGTSTP (curses' handler, which
    /// would draw over the program on `fg`) is at its default meanwhile, so a Ctrl-Z in the
    /// program stops the two together, as it stops `git` and its editor, and `fg` resumes both.
    public static func run(_ arguments: [String], environment: [String: String]) throws(ForegroundCommandError) -> Int32 {
        guard let program = arguments.first else { throw ForegroundCommandError(program: "", problem: .cannotStart(EINVAL)) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }

        let interrupt = SignalDuringCommand(SIGINT, .ignored)
        let quit = SignalDuringCommand(SIGQUIT, .ignored)
        let stop = SignalDuringCommand(SIGTSTP, .defaultUnlessIgnored)
        defer {
            interrupt.restore()
            quit.restore()
            stop.restore()
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, nil, &attributes, argv, envp)
        guard spawned == 0 else { throw ForegroundCommandError(program: program, problem: .cannotStart(spawned)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw ForegroundCommandError(program: program, problem: .lost(errno)) }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}

/// A program that could not be run at all, or whose end could not be waited for.
public struct ForegroundCommandError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        /// `posix_spawn` failed with this `errno` (ENOENT: not found, EACCES: not executable).
        case cannotStart(Int32)
        /// `waitpid` failed with this `errno`.
        case lost(Int32)
    }

    public let program: String
    public let problem: Problem

    public var description: String {
        switch problem {
        case .cannotStart(let code): return "cannot start \(program): \(String(cString: strerror(code)))"
        case .lost(let code): return "lost track of \(program): \(String(cString: strerror(code)))"
        }
    }
}

/// A signal's action changed while the command runs; `restore()` puts the previous one back.
private struct SignalDuringCommand {
    enum Change {
        case ignored
        /// Back to the default unless it is ignored (a shell without job control ignores SIGTSTP).
        case defaultUnlessIgnored
    }

    let number: Int32
    var previous = sigaction()

    init(_ number: Int32, _ change: Change) {
        self.number = number
        sigaction(number, nil, &previous)
        let ignoredNow = unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        switch change {
        case .ignored: action.__sigaction_handler.sa_handler = SIG_IGN
        case .defaultUnlessIgnored:
            guard !ignoredNow else { return }
            action.__sigaction_handler.sa_handler = SIG_DFL
        }
        sigaction(number, &action, nil)
    }

    func restore() {
        var action = previous
        sigaction(number, &action, nil)
    }
}
