import Foundation
import Testing

/// A program running in a private tmux server (`tmux -L nr-test-…`), read through
/// `capture-pane -p` the way a person would see it. Only this server is ever killed.
final class TmuxSession {
    let server: String
    let folder: URL
    private var serverPID: Int32?
    static let deadline: Duration = .seconds(5)

    /// Starts the command that `command` builds (given this session's scratch folder) in a
    /// `width`×`height` window with `environment`.
    init(width: Int, height: Int, environment: [String: String], command: (String) -> String) throws {
        server = "nr-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(server)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var arguments = ["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)"]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments.append(command(folder.path))
        let result = tmux(arguments)
        guard result.status == 0 else { throw TmuxFailure(message: "tmux new-session failed: \(result.output)") }
        serverPID = Int32(tmux(["display-message", "-p", "#{pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    deinit {
        _ = tmux(["kill-server"])
        if let serverPID, kill(serverPID, 0) == 0 { kill(serverPID, SIGKILL) }
        try? FileManager.default.removeItem(at: folder)
    }

    /// What the pane shows now.
    func screen() -> String {
        tmux(["capture-pane", "-p", "-t", "main"]).output
    }

    /// Polls the pane until `condition` holds or the deadline passes; returns the last screen
    /// and records a failure showing it when the deadline passed.
    @discardableResult
    func waitForScreen(_ what: String, within deadline: Duration = TmuxSession.deadline, sourceLocation: SourceLocation = #_sourceLocation,
                       _ condition: (String) -> Bool) -> String {
        let start = ContinuousClock.now
        var last = screen()
        while !condition(last) {
            if ContinuousClock.now - start > deadline {
                Issue.record("waited \(deadline) for \(what); the screen showed:\n\(last)", sourceLocation: sourceLocation)
                return last
            }
            Thread.sleep(forTimeInterval: 0.05)
            last = screen()
        }
        return last
    }

    /// Waits until the pane shows `text`.
    @discardableResult
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        waitForScreen("'\(text)'", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the file `name` in this session's folder has content, and returns it.
    func waitForFile(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let path = folder.appendingPathComponent(name).path
        let start = ContinuousClock.now
        while ContinuousClock.now - start <= Self.deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") {
                return text
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("waited \(Self.deadline) for \(name); the screen showed:\n\(screen())", sourceLocation: sourceLocation)
        return nil
    }

    func sendKeys(_ keys: String...) {
        _ = tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Puts `text` into tmux's paste buffer.
    func setBuffer(_ text: String) {
        _ = tmux(["set-buffer", "--", text])
    }

    /// Pastes the buffer into the pane, wrapped in bracketed-paste markers when the program
    /// asked for them and `bracketed` is set.
    func pasteBuffer(bracketed: Bool) {
        _ = tmux(["paste-buffer", "-t", "main"] + (bracketed ? ["-p"] : []))
    }

    func resize(width: Int, height: Int) {
        _ = tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the pane's shell.
    var shellPID: Int32? {
        Int32(tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The first child of the pane's shell whose command name is `name`.
    func childPID(named name: String) -> Int32? {
        guard let parent = shellPID else { return nil }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { continue }
            let command = stat[stat.index(after: open)..<close]
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if command == name, fields.count > 2, Int32(fields[1]) == parent { return pid }
        }
        return nil
    }

    private func tmux(_ arguments: [String]) -> (status: Int32, output: String) {
        Spawn.run(["tmux", "-L", server] + arguments)
    }
}

/// tmux could not start the session.
struct TmuxFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
