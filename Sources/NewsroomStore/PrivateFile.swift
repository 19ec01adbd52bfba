import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files the newsroom writes for people (exports, briefings, settings): owner-only like the rest
/// of the store, and whole or not at all. They are written to a temporary file beside their place
/// and renamed into it, so a failure (a full disk, a killed process) never leaves a partial file
/// that looks like a complete export.
public enum PrivateFile {
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { handle in try handle.write(contentsOf: data) }
    }

    /// The same into a folder of the store (`exports/`), made owner-only first if it is missing.
    public static func write(_ data: Data, intoStoreFolder url: URL) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw PrivateFileError(path: url.path, reason: systemReason(error))
        }
        try write(data, to: url)
    }

    /// Streams what `body` writes into the file; nothing is at `url` until `body` returned.
    @discardableResult
    public static func write<T>(to url: URL, _ body: (FileHandle) throws -> T) throws -> T {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).partial")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw PrivateFileError(path: url.path, reason: String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            let result = try body(handle)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else { throw PrivateFileError(path: url.path, reason: String(cString: strerror(errno))) }
            return result
        } catch let error as CocoaError {
            try? handle.close()
            unlink(temporary.path)
            throw PrivateFileError(path: url.path, reason: systemReason(error))
        } catch {
            try? handle.close()
            unlink(temporary.path)
            throw error
        }
    }
}

/// A file that could not be written, with the system's reason and what to check.
public struct PrivateFileError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        "cannot write \(path): \(reason); check that the folder exists, is writable and the disk has room (nothing was written)"
    }
}
