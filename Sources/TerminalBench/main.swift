import Glibc

// TerminalBench: how long a frame takes, and how many bytes reach the terminal.
//
//   swift build -c release --product TerminalBench && .build/release/TerminalBench [iterations]
//
// 1. Render a 200×60 frame of mixed widgets (the widget gallery: list of 1,000,000 rows, table,
//    gauges, sparkline, text, tabs, status bar) into a Canvas. Target: under 2 ms.
// 2. Write that frame through the curses backend (a real ncursesw screen of type xterm-256color,
//    output captured in a temporary file), full redraw each time.
// 3. The bytes written for a frame in which one cell changed.
//
//   TerminalBench guard-check crash|throw
//
// Takes over the terminal and then crashes (a trap) or throws, so the end-to-end tests can check
// that the terminal is given back on those exit paths too.

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "guard-check" {
    exit(runGuardCheck(mode: arguments.dropFirst().first ?? ""))
}
runBenchmark(iterations: arguments.first.flatMap { Int($0) } ?? 500)
