import Foundation

/// The check at open that costs one read of 100 bytes: the file starts as an SQLite database and
/// is not shorter than the page count its header states. It catches a truncated copy or a file
/// that is something else; damage inside the pages needs `newsroom check`, which reads them all.
enum DatabaseFileCheck {
    /// What is wrong with the file at `path`, or nil when nothing is seen (or it does not exist,
    /// or is empty: opening says so then).
    static func problem(at path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard !header.isEmpty else { return nil }
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            return "the file does not start like an SQLite database"
        }
        let size = (try? handle.seekToEnd()).map(Int64.init) ?? 0
        let pageSize = Int64(header[16]) << 8 | Int64(header[17])
        let pageBytes = pageSize == 1 ? 65_536 : pageSize
        let changeCounter = bigEndian(header, at: 24), pageCount = Int64(bigEndian(header, at: 28))
        let validFor = bigEndian(header, at: 92)
        // The stated size is valid only when written by the same change as the counter (SQLite ≥ 3.7).
        guard validFor == changeCounter, pageCount > 0, pageBytes >= 512 else { return nil }
        // A pending WAL may hold pages a checkpoint has not copied yet; then the file can be shorter.
        if hasPendingLog(path + "-wal") { return nil }
        let expected = pageCount * pageBytes
        guard size >= expected else {
            return "the file is cut short: its header states \(pageCount) pages (\(expected) bytes), the file has \(size) bytes"
        }
        return nil
    }

    /// Whether a WAL file with a valid header and at least one frame is beside the database.
    private static func hasPendingLog(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 32)) ?? Data())
        guard header.count == 32 else { return false }
        let magic = bigEndian(header, at: 0)
        return (magic == 0x377F_0682 || magic == 0x377F_0683) && ((try? handle.seekToEnd()) ?? 0) > 32
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
