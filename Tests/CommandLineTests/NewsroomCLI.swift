import Foundation
import Synchronization

/// Runs the built `newsroom` binary like a person at a shell would, with a private environment.
struct NewsroomCLI {
    let home: URL
    let now: String

    init(now: String = "2026-11-24T07:30:00Z") throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("nr-cli-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        self.now = now
    }

    func remove() { try? FileManager.default.removeItem(at: home) }

    /// The private environment every run gets: its own home and XDG folders, a fixed clock.
    var environment: [String: String] {
        ["HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
         "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "LANG": "C.UTF-8",
         "NEWSROOM_NOW": now, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    }

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["NEWSROOM_BIN"] { return URL(fileURLWithPath: path) }
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = argv0.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("newsroom")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/newsroom")
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
    }

    @discardableResult
    func run(_ arguments: [String], environment extra: [String: String] = [:], through wrapper: [String] = []) throws -> Result {
        let p = Process()
        if let launcher = wrapper.first {
            p.executableURL = URL(fileURLWithPath: launcher)
            p.arguments = Array(wrapper.dropFirst()) + arguments
        } else {
            p.executableURL = Self.binary
            p.arguments = arguments
        }
        var env = environment
        for (k, v) in extra { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Read both pipes concurrently so a large output cannot block the child.
        let errData = LockedData()
        let reader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while !errData.isSet { usleep(1000) }
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: errData.value, as: UTF8.self))
    }
}

/// Data handed from a reader thread.
final class LockedData: Sendable {
    private let data = Mutex<Data?>(nil)
    func set(_ d: Data) { data.withLock { $0 = d } }
    var isSet: Bool { data.withLock { $0 != nil } }
    var value: Data { data.withLock { $0 ?? Data() } }
}
