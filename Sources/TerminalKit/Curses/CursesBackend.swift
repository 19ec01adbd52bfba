import CNcursesw
import CTerminalRestore
import Foundation
import Glibc
import Synchronization

/// The real terminal through ncursesw: wide characters, colours adapted to the terminal, keys
/// through `get_wch` with a timeout, and only the changed cells written on each frame.
///
/// The terminal is restored on every exit path: `shutdown()` (called by `CursesBackend.run`
/// after a normal return or a thrown error), SIGINT/SIGTERM/SIGHUP (a flag ends the loop, which
/// then returns through the same path), and crashes (a C handler restores the terminal before
/// the backtrace is printed). Use it from one thread only.
public final class CursesBackend: TerminalBackend {
    /// Where curses draws.
    public enum Output {
        /// The process's terminal (standard input and output).
        case terminal
        /// A terminal of type `term` and `size` written to `output` (benchmarks and tests measure
        /// the bytes; see `CapturedOutput`). No signal or crash handlers are installed.
        case stream(term: String, size: Size, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>)
    }

    public private(set) var size: Size
    public let colorLevel: ColorLevel
    /// The colour behind the screen: `NEWSROOM_BACKGROUND`, `COLORFGBG`, the terminal's answer
    /// to OSC 11, else dark. Every style is made legible on it as it is drawn.
    public let background: TerminalBackground
    private var screenHandle: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var colors: CursesColors
    private var previous: Canvas?
    private var signals: SignalFlagHandlers?
    private var timeoutMilliseconds: Int32 = -2
    private var active = true
    /// Whether this backend owns the process's terminal (not a captured stream).
    private var drivesTerminal = false
    /// Cells written to curses since the backend started (for benchmarks).
    public private(set) var cellsWritten = 0

    private static let inUse = Atomic<Bool>(false)

    /// Takes over the terminal. Prefer `CursesBackend.run`, which also gives it back.
    /// With `mouse`, clicks and the wheel arrive as `Key.mouse`.
    public init(output: Output = .terminal, environment: [String: String], mouse: Bool = false) throws(TerminalError) {
        guard Self.inUse.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else {
            throw TerminalError(problem: .alreadyActive)
        }
        TerminalLocale.ensureUTF8()
        let screen: OpaquePointer?
        switch output {
        case .terminal:
            precondition(Thread.isMainThread, "CursesBackend drives the terminal from the main thread only")
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                Self.inUse.store(false, ordering: .releasing)
                throw TerminalError(problem: .notATerminal)
            }
            _ = ctr_save_terminal()
            signals = SignalFlagHandlers()
            background = TerminalBackground.chosen(environment: environment)
                ?? (TerminalBackground.mayAsk(environment: environment) ? BackgroundQuery.ask() : nil)
                ?? .dark
            screen = newterm(nil, cn_stdout(), cn_stdin())
        case .stream(let term, _, let out, let input):
            background = TerminalBackground.chosen(environment: environment) ?? .dark
            screen = newterm(term, out, input)
        }
        guard let screen else {
            signals?.restore()
            Self.inUse.store(false, ordering: .releasing)
            throw TerminalError(problem: .cannotInitialise(term: environment["TERM"] ?? "unset"))
        }
        screenHandle = screen
        _ = set_term(screen)
        if case .terminal = output { ctr_install_crash_guard() }
        window = cn_stdscr()
        let hasColor = has_colors() && start_color() != ERR
        if hasColor { _ = use_default_colors() }
        colorLevel = hasColor
            ? ColorLevel.detect(colors: Int(cn_colors()), hasRGB: tigetflag("RGB") > 0, environment: environment)
            : .monochrome
        colors = CursesColors(enabled: hasColor && colorLevel != .monochrome, level: colorLevel, background: background)
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = set_escdelay(25)
        _ = curs_set(0)
        if case .terminal = output {
            drivesTerminal = true
            Self.writeToTerminal(BracketedPaste.enable)
        }
        if mouse {
            _ = mousemask(CN_ALL_MOUSE_EVENTS, nil)
            _ = mouseinterval(0)
        }
        if case .stream(_, let wanted, _, _) = output {
            _ = resizeterm(Int32(wanted.height), Int32(wanted.width))
            window = cn_stdscr()
        }
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    deinit {
        shutdown()
    }

    /// Runs `body` with the terminal taken over and gives it back afterwards, also when `body`
    /// throws.
    public static func run<T>(environment: [String: String], mouse: Bool = false, _ body: (CursesBackend) throws -> T) throws -> T {
        let backend = try CursesBackend(environment: environment, mouse: mouse)
        defer { backend.shutdown() }
        return try body(backend)
    }

    /// Gives the terminal back: leaves curses, restores signal and crash handlers. Idempotent.
    public func shutdown() {
        guard active else { return }
        active = false
        _ = curs_set(1)
        if drivesTerminal { Self.writeToTerminal(BracketedPaste.disable) }
        _ = endwin()
        if let screenHandle { delscreen(screenHandle) }
        screenHandle = nil
        window = nil
        ctr_remove_crash_guard()
        signals?.restore()
        signals = nil
        Self.inUse.store(false, ordering: .releasing)
    }

    // MARK: TerminalBackend

    public func invalidate() {
        previous = nil
    }

    /// Leaves curses mode (`def_prog_mode`, `endwin`: the terminal back in its normal mode,
    /// bracketed paste off) while `body` runs, for example `ForegroundCommand.run` of an editor,
    /// then restores it (`reset_prog_mode`), drops what was typed for the program but not read
    /// by it, and redraws everything on the next `present`.
    public func suspended<T>(_ body: () throws -> T) rethrows -> T {
        guard active, let window else { return try body() }
        _ = def_prog_mode()
        if drivesTerminal { Self.writeToTerminal(BracketedPaste.disable) }
        _ = curs_set(1)
        _ = endwin()
        defer {
            _ = reset_prog_mode()
            _ = flushinp()
            _ = curs_set(0)
            if drivesTerminal { Self.writeToTerminal(BracketedPaste.enable) }
            previous = nil
            _ = wrefresh(window)
        }
        return try body()
    }

    public func present(_ canvas: Canvas) {
        guard active, let window else { return }
        let width = Swift.min(canvas.size.width, size.width)
        let height = Swift.min(canvas.size.height, size.height)
        if previous?.size != canvas.size {
            previous = nil
            _ = werase(window)
            _ = clearok(window, true)
        }
        for y in 0..<height {
            guard let (start, end) = changedSpan(canvas, row: y, width: width) else { continue }
            var x = start
            while x <= end {
                let cell = canvas[x, y]
                if !cell.isContinuation { draw(cell, x: x, y: y) }
                x += 1
            }
        }
        previous = canvas
        _ = wrefresh(window)
    }

    public func nextEvent(timeout: Duration) -> BackendEvent? {
        if let number = signals?.pending() { return .stop(.signal(number)) }
        guard active, let window else { return .stop(.endOfScript) }
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        if milliseconds != timeoutMilliseconds {
            wtimeout(window, milliseconds)
            timeoutMilliseconds = milliseconds
        }
        var value: UInt32 = 0
        let rc = cn_get_wch(&value)
        if let number = signals?.pending() { return .stop(.signal(number)) }
        switch rc {
        case KEY_CODE_YES:
            let code = Int32(bitPattern: value)
            if code == KEY_RESIZE {
                size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
                previous = nil
            }
            if code == KEY_MOUSE { return mouseEvent().map { .key(.mouse($0)) } }
            return CursesKeys.key(code: code).map { .key($0) }
        case OK:
            if value == 27 { return .key(altOrEscape(window)) }
            return CursesKeys.key(character: value).map { .key($0) }
        default:
            // A terminal that went away (its window closed, its ssh connection dropped) makes
            // get_wch fail at once instead of waiting: stop as on SIGHUP rather than spin.
            return Self.terminalHungUp() ? .stop(.signal(SIGHUP)) : nil
        }
    }

    /// Whether standard input's terminal has hung up (poll reports HUP, ERR or NVAL).
    static func terminalHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    // MARK: Drawing

    /// The first and last column of row `y` that must be rewritten, widened so a wide glyph
    /// (old or new) is always written from its left half.
    private func changedSpan(_ canvas: Canvas, row y: Int, width: Int) -> (Int, Int)? {
        guard let old = previous else { return (0, width - 1) }
        var first = -1
        var last = -1
        for x in 0..<width where canvas[x, y] != old[x, y] {
            if first < 0 { first = x }
            last = x
        }
        guard first >= 0 else { return nil }
        while first > 0 && (canvas[first, y].isContinuation || old[first, y].isContinuation) { first -= 1 }
        return (first, last)
    }

    private func draw(_ cell: Cell, x: Int, y: Int) {
        let (attrs, pair) = colors.attributes(for: cell.style)
        var text: [wchar_t] = cell.text.unicodeScalars.prefix(TerminalText.maxScalarsPerCell).map { wchar_t(bitPattern: $0.value) }
        if text.isEmpty { text = [0x20] }
        text.append(0)
        _ = cn_draw_cell(Int32(y), Int32(x), text, attrs, pair)
        cellsWritten += 1
    }

    private func mouseEvent() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let position = Point(x: Int(event.x), y: Int(event.y))
        let state = event.bstate
        if state & CN_BUTTON4_PRESSED != 0 { return MouseEvent(kind: .scrollUp, position: position) }
        if state & CN_BUTTON5_PRESSED != 0 { return MouseEvent(kind: .scrollDown, position: position) }
        if state & CN_BUTTON1_CLICKED != 0 { return MouseEvent(kind: .click, position: position) }
        if state & CN_BUTTON1_PRESSED != 0 { return MouseEvent(kind: .press, position: position) }
        if state & CN_BUTTON1_RELEASED != 0 { return MouseEvent(kind: .release, position: position) }
        return nil
    }

    /// After an Esc: a paste, Alt plus a character already waiting, or a lone Esc (`KeyDecoder`).
    private func altOrEscape(_ window: UnsafeMutablePointer<WINDOW>) -> Key {
        wtimeout(window, 0)
        defer { wtimeout(window, timeoutMilliseconds) }
        return KeyDecoder.afterEscape(next: readWaiting, nextInBody: { readWithin(window, milliseconds: 50) }, pushBack: pushBack)
    }

    /// Writes a mode switch curses does not know about straight to the terminal.
    private static func writeToTerminal(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }

    /// The next character already waiting in the input, if any.
    private func readWaiting() -> UInt32? {
        var value: UInt32 = 0
        return cn_get_wch(&value) == OK ? value : nil
    }

    /// The next character, waiting up to `milliseconds` for it.
    private func readWithin(_ window: UnsafeMutablePointer<WINDOW>, milliseconds: Int32) -> UInt32? {
        wtimeout(window, milliseconds)
        defer { wtimeout(window, 0) }
        return readWaiting()
    }

    private func pushBack(_ characters: [UInt32]) {
        for character in characters.reversed() { _ = unget_wch(wchar_t(bitPattern: character)) }
    }
}
