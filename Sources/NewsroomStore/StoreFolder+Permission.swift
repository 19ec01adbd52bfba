import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A store path this user may not read, with whom it belongs to: so that a permission problem is
/// reported as one, not as "not a newsroom" or a raw Foundation error.
public struct PermissionProblem: Sendable, Equatable {
    public let path: String
    public let owner: String
    public let mode: String
    public let user: String
}

extension StoreFolder {
    /// The first of the folder, its configuration, its database and the database's WAL files
    /// that this user cannot read (or, for the folder, enter); nil when all that exist can be.
    func permissionProblem() -> PermissionProblem? {
        let files = [config.path, database.path, database.path + "-wal", database.path + "-shm"]
        let checks: [(String, Int32)] = [(root.path, X_OK)] + files.map { ($0, R_OK) }
        for (path, wanted) in checks where access(path, wanted) != 0 {
            guard errno == EACCES || errno == EPERM else { continue }
            return PermissionProblem(path: path, owner: Self.owner(of: path), mode: Self.mode(of: path), user: Self.userName(getuid()))
        }
        return nil
    }

    private static func owner(of path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "another user" }
        return userName(info.st_uid)
    }

    private static func mode(of path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "unknown" }
        return "0" + String(info.st_mode & 0o777, radix: 8)
    }

    private static func userName(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid \(uid)" }
        return String(cString: name)
    }
}
