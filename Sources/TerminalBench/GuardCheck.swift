import Foundation
import TerminalKit

/// What `guard-check` failed with, when it was asked to throw.
struct GuardCheckError: Error, CustomStringConvertible {
    var description: String { "guard-check: thrown on purpose while the terminal was taken over" }
}

/// A tiny program that shows one line and, on its first tick, crashes or throws.
struct GuardCheckProgram: TerminalProgram {
    var theme = Theme.fallback
    let minimumSize = Size(width: 10, height: 2)
    var ticks = 0

    mutating func handle(_ key: Key) -> ProgramStep { key == .character("q") ? .quit : .continue }

    mutating func tick() -> Bool {
        ticks += 1
        return true
    }

    func render(into canvas: inout Canvas) {
        canvas.write("guard-check running", x: 0, y: 0, style: theme[.title])
    }
}

/// Takes over the terminal, shows a line for about half a second, then crashes (`crash`) or
/// throws (`throw`). Returns the exit status for `throw` (a crash never returns).
func runGuardCheck(mode: String) -> Int32 {
    guard mode == "crash" || mode == "throw" else {
        FileHandle.standardError.write(Data("usage: TerminalBench guard-check crash|throw\n".utf8))
        return 2
    }
    do {
        try CursesBackend.run(environment: ProcessInfo.processInfo.environment) { backend in
            var program = GuardCheckProgram()
            EventLoop.present(program, on: backend)
            while program.ticks < 5 {
                if case .stop = backend.nextEvent(timeout: .milliseconds(100)) { return }
                _ = program.tick()
                EventLoop.present(program, on: backend)
            }
            if mode == "crash" {
                let values: [Int] = []
                _ = values[Int(program.ticks)]
            }
            throw GuardCheckError()
        }
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        return 1
    }
    return 0
}
