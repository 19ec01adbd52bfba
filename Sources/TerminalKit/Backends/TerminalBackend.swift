/// What a backend reports to the run loop.
public enum BackendEvent: Hashable, Sendable {
    case key(Key)
    /// The loop must end: a signal arrived (SIGINT, SIGTERM, SIGHUP) or a test script ran out.
    case stop(StopReason)
}

/// Why a backend asks the loop to end.
public enum StopReason: Hashable, Sendable {
    case signal(Int32)
    case endOfScript
}

/// A place to show Canvases and read keys: the real terminal (`CursesBackend`) or memory
/// (`MemoryBackend`, for tests). Used from one thread only, the one running the loop.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// How many colours the terminal can show; themes are adapted to it.
    var colorLevel: ColorLevel { get }
    /// The colour behind the screen, for `Theme.adapted(to:background:)`.
    var background: TerminalBackground { get }
    /// Shows `canvas`, changing only what differs from the last one shown.
    func present(_ canvas: Canvas)
    /// Forgets what is on screen, so the next `present` redraws everything (Ctrl-L).
    func invalidate()
    /// Waits up to `timeout` for a key or a stop; nil when nothing happened.
    func nextEvent(timeout: Duration) -> BackendEvent?
    /// Gives the terminal to another program (`$EDITOR`) while `body` runs, then takes it back
    /// and redraws everything on the next `present`.
    func suspended<T>(_ body: () throws -> T) rethrows -> T
}

extension TerminalBackend {
    /// A backend that cannot tell is taken to be dark.
    public var background: TerminalBackground { .dark }
}
