import Foundation
import NewsroomCore

/// Brings data from other tools into a newsroom: events in the envelope of DESIGN (an export of
/// another newsroom, or of this one) and the simpler records analytics and social-listening tools
/// deliver, as JSON Lines or CSV. Imports what it can and reports every line it could not use;
/// importing the same file twice adds nothing. Formats: docs/import.md.
public struct Importer {
    public let store: FolderStore
    /// The operating-system account recorded on every event (DESIGN: `account`).
    public let account: String
    /// When the import runs: the time of events that have none of their own (mention counts).
    public let now: Date

    public init(store: FolderStore, account: String, now: Date) {
        self.store = store
        self.account = account
        self.now = now
    }

    /// The formats, by file name extension.
    enum Format {
        case jsonLines, csv

        init?(_ url: URL) {
            switch url.pathExtension.lowercased() {
            case "jsonl", "ndjson", "json": self = .jsonLines
            case "csv": self = .csv
            default: return nil
            }
        }
    }

    /// .jsonl/.ndjson/.json → JSON Lines; .csv → CSV. Imports what it can, reports the rest.
    /// Throws `ImportError` when the file as a whole cannot be read, `StoreError` when the store fails.
    public func ingest(_ file: URL, progress: ((ImportProgress) -> Void)? = nil) throws -> ImportReport {
        try ingest(file, named: file.relativePath, progress: progress, rejected: nil)
    }

    /// Why a file cannot be imported at all (not a regular file, no format we read), before any
    /// of it is read: a command checks every file it was given before it imports the first.
    public static func refusal(of file: URL, named name: String) -> ImportError? {
        if let kind = FileKind.ofNonRegular(file.path) { return .notARegularFile(file: name, kind: kind) }
        guard Format(file) != nil else { return .unsupportedFormat(file: name, ext: file.pathExtension) }
        return nil
    }

    func ingest(_ file: URL, named name: String, progress: ((ImportProgress) -> Void)?, rejected: RejectedOriginals?) throws -> ImportReport {
        if let refusal = Self.refusal(of: file, named: name) { throw refusal }
        guard let format = Format(file) else { throw ImportError.unsupportedFormat(file: name, ext: file.pathExtension) }
        guard !store.isReadOnly else { throw StoreError.readOnly(store.folder.root.path) }
        var reader: LineReader
        do { reader = try LineReader(url: file) } catch {
            throw ImportError.unreadable(file: name, detail: systemReason(error))
        }
        defer { reader.close() }
        if Self.startsWithUTF16Mark(file) { throw ImportError.utf16(file: name) }
        let session = ImportSession(store: store, url: file, file: name, account: account, now: now, progress: progress)
        session.rejectedOriginals = rejected
        switch format {
        case .jsonLines: try JSONLinesImport.run(session, reader: &reader)
        case .csv: reader = try CSVImport.run(session, reader: reader)
        }
        return try session.finish(bytesRead: reader.bytesRead, totalBytes: reader.totalBytes)
    }

    private static func startsWithUTF16Mark(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 2)) ?? Data())
        return head == [0xFF, 0xFE] || head == [0xFE, 0xFF]
    }
}
