import TerminalKit

/// The benchmark: render time of a 200×60 frame of mixed widgets, the time to write it through
/// the curses backend, and the bytes a one-cell change costs.
func runBenchmark(iterations: Int) {
    let size = Size(width: 200, height: 60)
    let theme = ThemeCatalog.builtInDefault.adapted(to: .palette256)

    // 1. Rendering into a Canvas.
    var gallery = WidgetGallery(theme: theme)
    var frames: [Canvas] = []
    let render = measure(iterations) { index in
        _ = gallery.handle(index % 2 == 0 ? .character("j") : .character("k"))
        let canvas = EventLoop.frame(gallery, size: size)
        if frames.count < 2 { frames.append(canvas) }
    }
    print("render 200×60 gallery frame into a Canvas: median \(milliseconds(render.median)), best \(milliseconds(render.best)) (\(iterations) frames; target < 2 ms)")

    // 2. and 3. Writing through curses.
    guard let capture = CapturedOutput() else { print("cannot open a temporary file for the curses output"); return }
    let backend: CursesBackend
    do {
        backend = try CursesBackend(output: .stream(term: "xterm-256color", size: size, output: capture.output, input: capture.input), environment: [:])
    } catch {
        print("cannot start curses on a captured stream: \(error)")
        return
    }
    let base = EventLoop.frame(WidgetGallery(theme: theme), size: size)
    var bytesBefore = capture.byteCount
    let write = measure(max(1, iterations / 5)) { _ in
        backend.invalidate()
        backend.present(base)
    }
    let fullBytes = (capture.byteCount - bytesBefore) / max(1, iterations / 5)
    print("write a full 200×60 frame through curses: median \(milliseconds(write.median)), best \(milliseconds(write.best)), \(fullBytes) bytes per full frame")

    var changed = base
    changed.write("X", x: 100, y: 30, style: theme[.accent])
    backend.present(base)
    bytesBefore = capture.byteCount
    let cellsBefore = backend.cellsWritten
    let start = ContinuousClock.now
    backend.present(changed)
    let oneCellTime = ContinuousClock.now - start
    print("frame with one changed cell: \(capture.byteCount - bytesBefore) bytes written, \(backend.cellsWritten - cellsBefore) cell(s) sent to curses, \(milliseconds(oneCellTime))")

    var moved = gallery
    _ = moved.handle(.character("j"))
    let nextFrame = EventLoop.frame(moved, size: size)
    backend.present(EventLoop.frame(gallery, size: size))
    bytesBefore = capture.byteCount
    backend.present(nextFrame)
    print("frame after moving the list selection one row: \(capture.byteCount - bytesBefore) bytes written")
    backend.shutdown()
}

/// Runs `body` `count` times; the median and the best single run (the mean is skewed by other
/// work on a shared machine).
func measure(_ count: Int, _ body: (Int) -> Void) -> (median: Duration, best: Duration) {
    var times: [Duration] = []
    times.reserveCapacity(count)
    for index in 0..<count {
        let start = ContinuousClock.now
        body(index)
        times.append(ContinuousClock.now - start)
    }
    times.sort()
    return (times[times.count / 2], times[0])
}

func milliseconds(_ duration: Duration) -> String {
    let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    let rounded = (value * 1000).rounded() / 1000
    return "\(rounded) ms"
}
