import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files of a newsroom folder, as DESIGN lays them out.
public struct StoreFolder: Sendable {
    public let root: URL

    public init(_ root: URL) { self.root = root.standardizedFileURL }
    public init(path: String) { self.init(URL(fileURLWithPath: path)) }

    public var config: URL { root.appendingPathComponent("newsroom.yaml") }
    public var database: URL { root.appendingPathComponent("newsroom.sqlite") }
    public var inbox: URL { root.appendingPathComponent("inbox") }
    public var outbox: URL { root.appendingPathComponent("outbox") }
    public var exports: URL { root.appendingPathComponent("exports") }
    var lockFile: URL { root.appendingPathComponent(".newsroom.lock") }

    public var exists: Bool { FileManager.default.fileExists(atPath: root.path) }
    public var hasDatabase: Bool { FileManager.default.fileExists(atPath: database.path) }

    /// Whether the folder can be written to. `access(2)` reports a read-only file system even to root.
    public var isWritable: Bool { access(root.path, W_OK) == 0 }

    /// Makes the folder and its subfolders owner-only (0700).
    func createLayout() throws {
        for dir in [root, inbox, inbox.appendingPathComponent("done"), inbox.appendingPathComponent("rejected"), outbox, exports] {
            do {
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                chmod(dir.path, 0o700)
            } catch {
                throw StoreError.cannotCreate(dir.path, detail: systemReason(error))
            }
        }
    }

    /// Sets owner-only permissions (0600) on the database and its WAL companions.
    func restrictDatabaseFiles() {
        for suffix in ["", "-wal", "-shm"] {
            let path = database.path + suffix
            if FileManager.default.fileExists(atPath: path) { chmod(path, 0o600) }
        }
    }
}

/// An exclusive advisory lock on the store folder, held while the database is first created or
/// migrated, so two processes starting at once do not both set it up.
final class StoreSetupLock {
    private let fd: Int32

    init(_ folder: StoreFolder) throws {
        fd = open(folder.lockFile.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.cannotCreate(folder.lockFile.path, detail: String(cString: strerror(errno))) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR {
                close(fd)
                throw StoreError.cannotCreate(folder.lockFile.path, detail: String(cString: strerror(errno)))
            }
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
