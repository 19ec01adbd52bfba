/// A backend in memory: it keeps the last Canvas shown and plays a scripted list of keys,
/// so a whole program can be driven and checked cell by cell without a terminal.
public final class MemoryBackend: TerminalBackend {
    /// One step of a script.
    public enum Step: Hashable, Sendable {
        case key(Key)
        /// The terminal changes size (delivered to the program as `Key.resize`).
        case resize(Size)
        /// Nothing happens for one loop turn (the program gets a tick).
        case idle
    }

    public private(set) var size: Size
    public let colorLevel: ColorLevel
    /// The last Canvas shown.
    public private(set) var screen: Canvas
    /// How many frames were presented.
    public private(set) var frames = 0
    /// How many frames were full redraws (after `invalidate` or a resize).
    public private(set) var fullRedraws = 0
    private var script: [Step]
    private var position = 0
    private var invalidated = true

    public init(size: Size, colorLevel: ColorLevel = .trueColor, script: [Step] = []) {
        self.size = size
        self.colorLevel = colorLevel
        self.script = script
        self.screen = Canvas(size: size)
    }

    public func present(_ canvas: Canvas) {
        frames += 1
        if invalidated || canvas.size != screen.size { fullRedraws += 1 }
        invalidated = false
        screen = canvas
    }

    public func invalidate() {
        invalidated = true
    }

    /// How many times the terminal was handed to another program.
    public private(set) var suspensions = 0

    public func suspended<T>(_ body: () throws -> T) rethrows -> T {
        suspensions += 1
        defer { invalidated = true }
        return try body()
    }

    public func nextEvent(timeout: Duration) -> BackendEvent? {
        guard position < script.count else { return .stop(.endOfScript) }
        let step = script[position]
        position += 1
        switch step {
        case .key(let key):
            return .key(key)
        case .resize(let newSize):
            size = newSize
            invalidated = true
            return .key(.resize)
        case .idle:
            return nil
        }
    }
}
