#if canImport(Glibc)
import Glibc
#endif

/// What a path names when it is not a regular file (after following symlinks), in words for a
/// message: an import must not open a FIFO (it blocks until someone writes) or read a device.
enum FileKind {
    /// Nil for a regular file, or a path that does not exist (the open says so then).
    static func ofNonRegular(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFDIR: return "a folder"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }
}
