/// How the event loop ended.
public enum LoopExit: Hashable, Sendable {
    case quit
    case signal(Int32)
    case endOfScript

    /// The conventional process exit status: 0, or 128 + the signal number.
    public var exitStatus: Int32 {
        switch self {
        case .quit, .endOfScript: return 0
        case .signal(let number): return 128 + number
        }
    }
}

/// The one synchronous loop: wait for a key with a timeout, let the program handle it (or
/// tick), render, present. No threads, no actors, so curses stays on the calling thread.
public enum EventLoop {
    /// Runs `program` on `backend` until it quits, a signal arrives or a script ends.
    public static func run<Program: TerminalProgram>(
        _ program: inout Program,
        on backend: some TerminalBackend,
        tick: Duration = .milliseconds(100)
    ) -> LoopExit {
        present(program, on: backend)
        while true {
            switch backend.nextEvent(timeout: tick) {
            case .stop(.signal(let number)):
                return .signal(number)
            case .stop(.endOfScript):
                return .endOfScript
            case .key(let key):
                if key == .resize { backend.invalidate() }
                switch program.handle(key) {
                case .quit:
                    return .quit
                case .redrawAll:
                    backend.invalidate()
                case .continue:
                    break
                }
                present(program, on: backend)
            case nil:
                if program.tick() { present(program, on: backend) }
            }
        }
    }

    /// Renders one frame at the backend's size (or the "too small" notice) and presents it.
    public static func present<Program: TerminalProgram>(_ program: Program, on backend: some TerminalBackend) {
        backend.present(frame(program, size: backend.size))
    }

    /// The frame `program` shows at `size`.
    public static func frame<Program: TerminalProgram>(_ program: Program, size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        if size.fits(program.minimumSize) {
            program.render(into: &canvas)
        } else {
            canvas.render(TooSmallNotice(needed: program.minimumSize, actual: size), in: canvas.bounds, theme: program.theme)
        }
        return canvas
    }
}
