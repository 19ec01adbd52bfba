/// What a program tells the loop after handling a key.
public enum ProgramStep: Hashable, Sendable {
    case `continue`
    /// Redraw every cell (Ctrl-L, after an external program used the screen).
    case redrawAll
    case quit
}

/// A full-screen program driven by `EventLoop`: it handles keys, may tick, and renders its
/// whole state into a Canvas every frame (immediate mode).
public protocol TerminalProgram {
    /// Below this size the loop shows "terminal too small" instead of calling `render`.
    var minimumSize: Size { get }
    /// The theme used for what the loop itself draws ("terminal too small").
    var theme: Theme { get }
    /// Applies one key.
    mutating func handle(_ key: Key) -> ProgramStep
    /// Called when no key arrived within the tick interval; returns whether to redraw.
    mutating func tick() -> Bool
    /// Draws the whole screen.
    func render(into canvas: inout Canvas)
}

extension TerminalProgram {
    public mutating func tick() -> Bool { false }
}
