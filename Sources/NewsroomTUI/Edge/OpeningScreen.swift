import Foundation
import TerminalKit

/// What the console shows while its store is still being made or rebuilt (the demo on its first
/// run of the day, the projections after an upgrade): the work runs on another thread, the screen
/// says what it is doing and how far it is, and `q` leaves without waiting. Quick work shows
/// nothing: the screen appears only once `delay` has passed.
public enum OpeningScreen {
    /// How the wait ended: the work's result, or the user (or a signal) ending it first.
    public enum Outcome<T> {
        case ready(T)
        case left(LoopExit)
    }

    /// Runs `work` beside the screen and returns its result, or how the user left first.
    /// `work` hands its progress, in words, to the function it is given.
    public static func wait<T>(on backend: some TerminalBackend, theme: Theme, title: String, delay: Duration = .milliseconds(200),
                               _ work: @escaping @Sendable (_ report: @escaping @Sendable (String) -> Void) throws -> T) throws -> Outcome<T> {
        let handOff = OpeningHandOff<T>()
        let thread = Thread {
            let result = Result { try work { handOff.say($0) } }
            handOff.finish(result)
        }
        thread.stackSize = 8 << 20
        thread.start()
        let started = ContinuousClock.now
        while true {
            if let result = handOff.result { return .ready(try result.get()) }
            if ContinuousClock.now - started >= delay {
                backend.present(frame(size: backend.size, theme: theme, title: title, status: handOff.status))
            }
            switch backend.nextEvent(timeout: .milliseconds(100)) {
            case .key(.character("q"))?, .key(.ctrl("c"))?: return .left(.quit)
            case .stop(.signal(let number))?: return .left(.signal(number))
            case .stop(.endOfScript)?: return .left(.endOfScript)
            default: break
            }
        }
    }

    /// The screen: the console's name, what is being done, how far, and how to leave.
    public static func frame(size: Size, theme: Theme, title: String, status: String) -> Canvas {
        var canvas = Canvas(size: size)
        canvas.fill(Rect(x: 0, y: 0, width: size.width, height: size.height), style: theme[.text])
        let lines: [(String, StyleRole)] = [("Newsroom Console", .title), (title, .text), (status, .muted), ("", .text),
                                            ("q leaves (a half-made newsroom is never used)", .muted)]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, (text, role)) in lines.enumerated() where top + i < size.height {
            let width = DisplayWidth.of(text)
            canvas.write(text, x: max(0, (size.width - width) / 2), y: top + i, style: theme[role], maxWidth: size.width)
        }
        return canvas
    }
}

/// The opening work's progress and result, handed from its thread to the screen's.
final class OpeningHandOff<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var latest = "starting …"
    private var outcome: Result<T, any Error>?

    var status: String { lock.withLock { latest } }
    var result: Result<T, any Error>? { lock.withLock { outcome } }

    func say(_ text: String) { lock.withLock { latest = text } }
    func finish(_ result: Result<T, any Error>) { lock.withLock { outcome = result } }
}
