import Foundation
import Synchronization
import Testing

/// The `newsroom` binary started in the background (a command that runs until stopped), with
/// its output collected as it comes, so a test can wait for a line, send a signal and wait for
/// the end, each against a deadline.
final class RunningNewsroom {
    private let process: Process
    private let output = CollectedOutput()

    init(_ cli: NewsroomCLI, _ arguments: [String], environment extra: [String: String] = [:]) throws {
        process = Process()
        process.executableURL = NewsroomCLI.binary
        process.arguments = arguments
        var env = cli.environment
        for (k, v) in extra { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let output = self.output
        out.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            output.text.withLock { $0.out += String(decoding: data, as: UTF8.self) }
        }
        err.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            output.text.withLock { $0.err += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    var stdout: String { output.text.withLock { $0.out } }
    var stderr: String { output.text.withLock { $0.err } }
    var isRunning: Bool { process.isRunning }
    /// The exit status; only once it has ended (-1 while it runs).
    var status: Int32 { process.isRunning ? -1 : process.terminationStatus }

    /// Waits until standard output contains `text`; false when the deadline passed or the
    /// process ended first.
    func waitForOutput(_ text: String, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if stdout.contains(text) { return true }
            if !process.isRunning { return stdout.contains(text) }
            usleep(20_000)
        }
        return stdout.contains(text)
    }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Waits for the process to end; false when it still runs at the deadline.
    func waitForExit(within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        guard !process.isRunning else { return false }
        // The last output may still be on its way through the pipes.
        usleep(100_000)
        return true
    }

    /// Ends it if a failed test left it running (only this process, by its id).
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// Standard output and error as they arrive, from the pipes' reader threads.
final class CollectedOutput: Sendable {
    let text = Mutex<(out: String, err: String)>(("", ""))
}
