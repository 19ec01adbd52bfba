import Foundation
import NewsroomCore

/// One file's import under way: collects events into batches (one transaction each, sized so a
/// transaction takes about a fifth of a second, so a console's decision never waits behind the
/// import for longer), counts what the store already had, reports rejected lines and, at most ten
/// times a second, progress. A batch that meets a busy store waits and is written, never dropped;
/// an import that was stopped resumes when run again, because committed events are known ids.
final class ImportSession {
    /// How long one transaction should take.
    static let transactionSeconds = 0.2
    static let batchSizes = 100...20_000
    private(set) var batchSize = 500

    let store: FolderStore
    let url: URL
    let account: String
    let now: Date
    let calendar: NewsroomCalendar
    /// `import:<source>` uses this when a record names no source: the file name without extension.
    let defaultSource: String
    private(set) var report: ImportReport
    var rejectedOriginals: RejectedOriginals?

    private var pending: [NewEvent] = []
    private var pendingComments = Set<CommentID>()
    private var pendingShares = Set<ShareID>()
    private var pendingMentions = Set<String>()
    private var refs: [String: PersonRef] = [:]
    /// How often each normalised comment text came up in this file, for the triage's spam signal.
    var textsSeen: [UInt64: Int] = [:]
    private var contentHash: String?

    private let progress: ((ImportProgress) -> Void)?
    private let started = ContinuousClock.now
    private var lastProgress: ContinuousClock.Instant?
    private(set) var rows = 0
    private var lastBytesRead = 0
    private var lastTotalBytes = 0

    init(store: FolderStore, url: URL, file: String, account: String, now: Date, progress: ((ImportProgress) -> Void)?) {
        self.store = store
        self.url = url
        self.account = account
        self.now = now
        self.calendar = store.config.calendar
        self.progress = progress
        let stem = url.deletingPathExtension().lastPathComponent
        defaultSource = stem.isEmpty ? "file" : stem
        report = ImportReport(file: file)
    }

    // MARK: Lines in, events out

    /// Counts a row read and tells the progress callback, at most ten times a second.
    func row(bytesRead: Int, totalBytes: Int) {
        rows += 1
        lastBytesRead = bytesRead
        lastTotalBytes = totalBytes
        guard let progress else { return }
        let t = ContinuousClock.now
        if let last = lastProgress, t - last < .milliseconds(100) { return }
        lastProgress = t
        progress(ImportProgress(rows: rows, totalBytes: totalBytes, bytesRead: bytesRead, elapsed: seconds(since: started, to: t)))
    }

    func reject(line: Int, _ reason: String, original: [UInt8]?) {
        report.rejected.append(RejectedLine(file: report.file, line: line, reason: reason))
        rejectedOriginals?.write(original)
    }

    func submit(_ event: NewEvent) throws {
        if case .sharePosted(let b) = event.event.payload { pendingShares.insert(b.shareID) }
        pending.append(event)
        if pending.count >= batchSize { try flush() }
    }

    /// A record the store already holds (under another source's id): counted, not submitted.
    func countDuplicate() { report.duplicates += 1 }

    func flush() throws {
        guard !pending.isEmpty else { return }
        let began = ContinuousClock.now
        var waited = false
        let committed: [StoredEvent]
        do {
            committed = try store.appendWaiting(pending) { seconds in
                waited = true
                progress?(ImportProgress(rows: rows, totalBytes: lastTotalBytes, bytesRead: lastBytesRead,
                                         elapsed: self.seconds(since: started, to: .now), waitingForStore: seconds))
            }
        } catch {
            throw ImportStopped(file: report.file, imported: report.imported, cause: error)
        }
        let took = seconds(since: began, to: .now)
        if !waited, took > 0 {
            let next = Int(Double(pending.count) * Self.transactionSeconds / took)
            batchSize = min(max(next, Self.batchSizes.lowerBound), Self.batchSizes.upperBound, batchSize * 4)
        }
        let triaged = committed.count { $0.event.actor == RuleClassifier.source }
        report.imported += committed.count - triaged
        report.classified += triaged
        report.duplicates += pending.count - committed.count
        pending.removeAll(keepingCapacity: true)
        pendingComments.removeAll()
        pendingShares.removeAll()
        pendingMentions.removeAll()
    }

    /// Writes what is left and gives the last progress report.
    func finish(bytesRead: Int, totalBytes: Int) throws -> ImportReport {
        try flush()
        progress?(ImportProgress(rows: rows, totalBytes: totalBytes, bytesRead: bytesRead, elapsed: seconds(since: started, to: .now)))
        return report
    }

    private func seconds(since a: ContinuousClock.Instant, to b: ContinuousClock.Instant) -> Double {
        let d = (b - a).components
        return Double(d.seconds) + Double(d.attoseconds) / 1e18
    }

    // MARK: What records need

    /// The file's SHA-1, computed once, when a record without an id of its own needs it.
    func fileHash() throws -> String {
        if let contentHash { return contentHash }
        let hash = try ImportedEventID.contentHash(of: url)
        contentHash = hash
        return hash
    }

    /// An opaque ref for a person: the one the store already has for this network and handle,
    /// else a new random `p-<hex>` (never derived from the handle).
    func ref(network: Network, handle: String) throws -> PersonRef {
        let key = network.name + "|" + handle.lowercased()
        if let ref = refs[key] { return ref }
        let ref = try store.personRef(network: network, handle: handle)
            ?? PersonRef("p-" + String(UInt64.random(in: 1...UInt64.max), radix: 16))
        refs[key] = ref
        return ref
    }

    func isKnown(comment id: CommentID) throws -> Bool {
        if pendingComments.contains(id) { return true }
        if try store.hasComment(id) { return true }
        pendingComments.insert(id)
        return false
    }

    func isKnown(share id: ShareID) throws -> Bool {
        try pendingShares.contains(id) || store.hasShare(id)
    }

    func isKnown(mention count: MentionCount) throws -> Bool {
        let key = "\(count.date)|\(count.topic)|\(count.source)"
        if pendingMentions.contains(key) { return true }
        if try store.hasMentionCount(count) { return true }
        pendingMentions.insert(key)
        return false
    }
}

/// Where the original text of rejected lines goes (the inbox's `rejected/<file>.rejected.<ext>`),
/// opened on the first rejection; a CSV file's header goes first so the file can be fixed and
/// dropped into the inbox again.
final class RejectedOriginals {
    let url: URL
    var preamble: [UInt8]?
    private var handle: FileHandle?
    private(set) var written = 0

    init(url: URL) { self.url = url }

    func write(_ original: [UInt8]?) {
        guard let original else { return }
        do {
            if handle == nil {
                guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else { return }
                handle = try FileHandle(forWritingTo: url)
                if let preamble { try handle?.write(contentsOf: preamble + [10]) }
            }
            try handle?.write(contentsOf: original + [10])
            written += 1
        } catch {
            // The report still lists the line; the original file is kept in done/.
        }
    }

    func close() {
        try? handle?.close()
        handle = nil
    }
}
