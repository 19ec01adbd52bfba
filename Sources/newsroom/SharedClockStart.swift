import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real moment a running simulated clock (`--now` with `--speed`) started from, shared by
/// every process of this user that runs the same simulated time at once: the first one sets it,
/// the others join it, so a console and `newsroom simulate` started a minute apart agree on
/// "now". Once none of them runs any more, the next one starts afresh at the fixed time.
///
/// Kept in `$XDG_STATE_HOME/newsroom/clocks/` (else `~/.local/state/...`), one small file per
/// start and speed, read and written under `flock`; when that folder cannot be used, a process
/// runs its own clock from its own start, as before.
enum SharedClockStart {
    static func realStart(start: Date, speed: Double, now: Date = Date()) -> Date {
        guard let folder = folder() else { return now }
        let millis = Int64((start.timeIntervalSince1970 * 1000).rounded(.down))
        let name = "\(millis)-\(String(format: "%g", speed)).json"
        let fd = open(folder.appendingPathComponent(name).path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return now }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { return now }
        defer { flock(fd, LOCK_UN) }

        var record = Record.read(fd)
        record.processes = record.processes.filter(\.isRunning)
        let joined = !record.processes.isEmpty && record.realStart != nil
        if !joined { record.realStart = now.timeIntervalSince1970 }
        record.processes.append(RunningProcess.current)
        record.write(fd)
        // The first process gets its own `now` back unchanged (no rounding through the file).
        guard joined, let shared = record.realStart else { return now }
        return min(now, Date(timeIntervalSince1970: shared))
    }

    private static func folder() -> URL? {
        let env = HostEnvironment.variables
        let base = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? HostEnvironment.home.appendingPathComponent(".local/state")
        let folder = base.appendingPathComponent("newsroom/clocks")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        return folder
    }

    /// The file's content: the shared real start, and who runs on it.
    private struct Record {
        var realStart: Double?
        var processes: [RunningProcess] = []

        static func read(_ fd: Int32) -> Record {
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            lseek(fd, 0, SEEK_SET)
            while true {
                let n = Glibc.read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                data.append(contentsOf: buffer[0..<n])
            }
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return Record() }
            let processes = (object["processes"] as? [[String: Any]] ?? []).compactMap { p -> RunningProcess? in
                guard let pid = p["pid"] as? Int else { return nil }
                return RunningProcess(pid: Int32(pid), started: p["started"] as? String)
            }
            return Record(realStart: object["realStart"] as? Double, processes: processes)
        }

        func write(_ fd: Int32) {
            var object: [String: Any] = ["processes": processes.map { p -> [String: Any] in
                var entry: [String: Any] = ["pid": Int(p.pid)]
                if let started = p.started { entry["started"] = started }
                return entry
            }]
            if let realStart { object["realStart"] = realStart }
            guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
            _ = ftruncate(fd, 0)
            _ = data.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
    }

    /// A process by its id and its start time since boot (`/proc/PID/stat`), so a reused id is not
    /// mistaken for the process that had it.
    private struct RunningProcess {
        let pid: Int32
        let started: String?

        static var current: RunningProcess { RunningProcess(pid: getpid(), started: startTime(of: getpid())) }

        /// Alive, and not a zombie waiting for its parent.
        var isRunning: Bool {
            guard kill(pid, 0) == 0 || errno == EPERM else { return false }
            guard let fields = Self.stat(of: pid) else { return true }
            if fields.first == "Z" || fields.first == "X" { return false }
            guard let started else { return true }
            return fields.count > 19 && fields[19] == started
        }

        static func startTime(of pid: Int32) -> String? {
            guard let fields = stat(of: pid), fields.count > 19 else { return nil }
            return fields[19]
        }

        /// The fields of `/proc/PID/stat` after the command name: state first, start time at 19.
        private static func stat(of pid: Int32) -> [String]? {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            return stat[stat.index(after: close)...].split(separator: " ").map(String.init)
        }
    }
}
