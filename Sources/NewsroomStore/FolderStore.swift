import Foundation
import GRDB
import Synchronization
import NewsroomCore
#if canImport(Glibc)
import Glibc
#endif

/// The embedded store: a newsroom folder with its SQLite database (WAL, through GRDB) holding the
/// append-only event log and the projections the fold keeps beside it in the same transaction.
/// Safe for several processes on one host; opens read-only on a read-only folder and says so.
public final class FolderStore: EventStore {
    public let folder: StoreFolder
    public let isReadOnly: Bool
    public let config: NewsroomConfig
    /// Unknown keys in `newsroom.yaml` (ignored, shown as warnings).
    public let configWarnings: [ConfigError]
    let writer: any DatabaseWriter
    private let watcher: DatabaseQueue?
    private var seenDataVersion: Int64?
    /// Events whose body could not be read: kept, skipped by the fold, reported.
    public private(set) var unreadableEvents: [Int64: String] = [:]

    /// How many 2 ms tries this store's writer makes for the lock (see `LockPatience`).
    let lockPatience: LockPatience

    private init(folder: StoreFolder, readOnly: Bool, writer: any DatabaseWriter, watcher: DatabaseQueue?,
                 config: NewsroomConfig, warnings: [ConfigError], lockPatience: LockPatience = LockPatience()) {
        self.lockPatience = lockPatience
        self.folder = folder
        self.isReadOnly = readOnly
        self.writer = writer
        self.watcher = watcher
        self.config = config
        self.configWarnings = warnings
    }

    // MARK: Creating and opening

    /// Creates a new newsroom in an empty (or not yet existing) folder, with a commented `newsroom.yaml`.
    public static func create(at folder: StoreFolder, name: String, timeZone: String = "Europe/Berlin") throws -> FolderStore {
        try create(at: folder, configYAML: ConfigTemplate.text(name: name, timeZone: timeZone))
    }

    /// Creates a new newsroom with the given `newsroom.yaml` text (the demo brings its own).
    public static func create(at folder: StoreFolder, configYAML yaml: String) throws -> FolderStore {
        let fm = FileManager.default
        if folder.exists {
            // A folder that cannot be listed is not known to be empty: refuse, never overwrite.
            let contents: [String]
            do { contents = try fm.contentsOfDirectory(atPath: folder.root.path) } catch {
                throw StoreError.cannotCreate(folder.root.path, detail: "the folder cannot be listed (check its permissions), so it is not known to be empty")
            }
            guard contents.isEmpty else { throw StoreError.folderNotEmpty(folder.root.path) }
        }
        // The configuration is created exclusively: of two `init`s of one new folder, one wins.
        do { try fm.createDirectory(at: folder.root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) } catch {
            throw StoreError.cannotCreate(folder.root.path, detail: systemReason(error))
        }
        let fd = Glibc.open(folder.config.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw StoreError.folderNotEmpty(folder.root.path) }
            if errno == EACCES || errno == EROFS || errno == EPERM { throw StoreError.readOnly(folder.root.path) }
            throw StoreError.cannotCreate(folder.config.path, detail: String(cString: strerror(errno)))
        }
        let written = Data(yaml.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd)
        Glibc.close(fd)
        guard written == yaml.utf8.count, synced == 0 else {
            unlink(folder.config.path)
            throw StoreError.cannotCreate(folder.config.path, detail: "the file could not be written (is the disk full?)")
        }
        try folder.createLayout()
        guard folder.isWritable else { throw StoreError.readOnly(folder.root.path) }
        return try open(folder, creating: true)
    }

    /// Opens an existing newsroom. Errors say what is wrong and what to do.
    public static func open(_ folder: StoreFolder) throws -> FolderStore { try open(folder, creating: false) }

    /// The same, telling `rebuildProgress` how a projection rebuild goes when the fold's version
    /// changed since the store was written (once per program upgrade; long on a large store).
    public static func open(_ folder: StoreFolder, rebuildProgress: ((RebuildProgress) -> Void)?) throws -> FolderStore {
        try open(folder, creating: false, rebuildProgress: rebuildProgress)
    }

    private static func open(_ folder: StoreFolder, creating: Bool, rebuildProgress: ((RebuildProgress) -> Void)? = nil) throws -> FolderStore {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.root.path, isDirectory: &isDir), isDir.boolValue else {
            throw StoreError.missingFolder(folder.root.path)
        }
        if let problem = folder.permissionProblem() { throw StoreError.permissionDenied(problem) }
        guard creating || folder.hasDatabase else { throw StoreError.notANewsroom(folder.root.path) }
        let (config, warnings): (NewsroomConfig, [ConfigError])
        do { (config, warnings) = try ConfigReader.load(folder.config) } catch let error as ConfigError { throw StoreError.config(error) }

        let path = folder.database.path
        if let problem = DatabaseFileCheck.problem(at: path) { throw StoreError.notADatabase(path, detail: problem) }
        if !folder.isWritable {
            guard !creating else { throw StoreError.readOnly(folder.root.path) }
            // SQLite reads a WAL database on read-only media when its -wal and -shm files exist;
            // without them (a clean close) only `immutable=1` opens it, and then nothing is pending.
            let fm = FileManager.default
            let walPresent = fm.fileExists(atPath: path + "-wal") && fm.fileExists(atPath: path + "-shm")
            let target = walPresent ? path : "file:\(path)?mode=ro&immutable=1"
            let queue = try mapOpenError(path) { try DatabaseQueue(path: target, configuration: readOnlyConfiguration()) }
            try checkSchema(queue, path: path, readOnly: true)
            return FolderStore(folder: folder, readOnly: true, writer: queue, watcher: nil, config: config, warnings: warnings)
        }

        let pool: DatabasePool
        let patience = LockPatience()
        do {
            let lock = try StoreSetupLock(folder)
            pool = try mapOpenError(path) { try DatabasePool(path: path, configuration: writerConfiguration(patience)) }
            try migrateIfNeeded(pool, path: path, creating: creating, calendar: config.calendar, progress: rebuildProgress)
            folder.restrictDatabaseFiles()
            withExtendedLifetime(lock) {}
        }
        let watcher = try mapOpenError(path) { try DatabaseQueue(path: path, configuration: readOnlyConfiguration()) }
        let store = FolderStore(folder: folder, readOnly: false, writer: pool, watcher: watcher, config: config, warnings: warnings,
                                lockPatience: patience)
        _ = try store.hasChanges()
        return store
    }

    static func writerConfiguration(_ patience: LockPatience) -> Configuration {
        var c = Configuration()
        // Wait up to 30 s for another writer, trying every 2 ms: an import leaves the store free
        // only in the tens of milliseconds between its batches, and SQLite's own busy timeout
        // sleeps up to 100 ms between tries, so a decision could miss several of those gaps.
        c.busyMode = .callback { tries in
            guard tries < patience.tries.load(ordering: .relaxed) else { return false }
            usleep(2_000)
            return true
        }
        c.journalMode = .wal
        c.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA journal_size_limit = 16777216")
        }
        return c
    }

    static func readOnlyConfiguration() -> Configuration {
        var c = Configuration()
        c.readonly = true
        c.busyMode = .timeout(30)
        return c
    }

    private static func mapOpenError<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError {
            throw describe(error, path: path)
        }
    }

    /// Flushes a file the store wrote without syncing (the demo's one pass) to the disk.
    static func syncToDisk(_ path: String) throws {
        let fd = Glibc.open(path, O_RDWR | O_CLOEXEC)
        let synced = fd >= 0 ? fsync(fd) : -1
        let reason = String(cString: strerror(errno))
        if fd >= 0 { Glibc.close(fd) }
        guard synced == 0 else { throw StoreError.cannotCreate(path, detail: "it could not be written to the disk (\(reason))") }
    }

    static func describe(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .notADatabase(path, detail: "SQLite says: \(error.message ?? "file is not a database")")
        case .SQLITE_READONLY:
            return .readOnly(path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path)
        case .SQLITE_FULL:
            return .diskFull(path)
        default:
            return .database(path, detail: error.message ?? "\(error)")
        }
    }

    /// Refuses a store written by a newer program, and anything that is not a newsroom.
    private static func checkSchema(_ reader: any DatabaseReader, path: String, readOnly: Bool) throws {
        try mapOpenError(path) {
            try reader.read { db in
                guard try db.tableExists("meta") else {
                    throw StoreError.notADatabase(path, detail: "it has no newsroom tables")
                }
                let schema = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema'") ?? 0
                if schema > Schema.version { throw StoreError.newerVersion(path, storeSchema: schema, ourSchema: Schema.version) }
                let fold = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fold'") ?? 0
                if readOnly, fold != Fold.version || schema != Schema.version {
                    throw StoreError.database(path, detail: "it was written by another version of the program and needs an upgrade, which a read-only store cannot do; open it once where it is writable")
                }
            }
        }
    }

    /// Creates or migrates the schema and rebuilds projections when the fold changed. Runs under the setup lock.
    private static func migrateIfNeeded(_ pool: DatabasePool, path: String, creating: Bool, calendar: NewsroomCalendar,
                                        progress: ((RebuildProgress) -> Void)?) throws {
        let isEmpty = try mapOpenError(path) {
            try pool.read { db in try !db.tableExists("meta") && Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master")! == 0 }
        }
        if !isEmpty { try checkSchema(pool, path: path, readOnly: false) } else if !creating {
            throw StoreError.notADatabase(path, detail: "the database is empty")
        }
        // The common case, a store this program wrote: nothing to migrate or rebuild, and no write at open.
        let current = try mapOpenError(path) {
            try pool.read { db in
                try !isEmpty
                    && Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema'") == Schema.version
                    && Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fold'") == Fold.version
            }
        }
        if current { return }
        try mapOpenError(path) {
            try Schema.migrator.migrate(pool)
            try pool.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)", arguments: [Schema.version])
                try db.execute(sql: "INSERT OR IGNORE INTO meta(key, value) VALUES ('created_by', ?)", arguments: [NewsroomVersion.current])
                let fold = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fold'")
                if fold != Fold.version {
                    try rebuildProjections(db, calendar: calendar, progress: progress)
                    try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('fold', ?)", arguments: [Fold.version])
                }
            }
        }
    }

    /// Empties the projections and folds the whole log into them again, in batches.
    static func rebuildProjections(_ db: Database, calendar: NewsroomCalendar, progress: ((RebuildProgress) -> Void)? = nil) throws {
        for table in Schema.projectionTables { try db.execute(sql: "DELETE FROM \(table)") }
        var workspace = ProjectionWorkspace(db: db, calendar: calendar)
        var after: Int64 = 0
        var unreadable: [Int64: String] = [:]
        let decoder = EventJSON.decoder()
        let total = progress == nil ? 0 : try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events")!
        let started = ContinuousClock.now
        func elapsed() -> Double {
            let d = (ContinuousClock.now - started).components
            return Double(d.seconds) + Double(d.attoseconds) / 1e18
        }
        var folded = 0
        while true {
            let rows = try Row.fetchAll(db, sql: "SELECT \(EventRows.columns) FROM events WHERE seq > ? ORDER BY seq LIMIT 20000", arguments: [after])
            guard let last = rows.last else { break }
            for row in rows { try Fold.apply(EventRows.decode(row, unreadable: &unreadable, using: decoder), to: &workspace) }
            try workspace.flush(into: db)
            after = last["seq"]
            folded += rows.count
            progress?(RebuildProgress(events: folded, total: total, elapsed: elapsed(), finished: false))
        }
        progress?(RebuildProgress(events: folded, total: total, elapsed: elapsed(), finished: true))
    }

    // MARK: The protocol

    @discardableResult
    public func append(_ events: [NewEvent], expecting: ExpectedVersion?) throws -> [StoredEvent] {
        guard !isReadOnly else { throw StoreError.readOnly(folder.root.path) }
        guard !events.isEmpty else { return [] }
        let calendar = config.calendar
        do {
            let (committed, answered) = try writer.writeWithoutTransaction { db in
                var committed: [StoredEvent] = []
                var answered: [CommentID: Comment] = [:]
                try db.inTransaction(.immediate) {
                    if let expecting { try Self.check(expecting, in: db, calendar: calendar) }
                    committed = try Self.appendInTransaction(events, db: db, calendar: calendar)
                    answered = try Self.repliedComments(committed, in: db)
                    return .commit
                }
                return (committed, answered)
            }
            try Outbox(folder: folder.outbox).hand(committed, comments: answered)
            return committed
        } catch let error as DatabaseError {
            throw Self.describe(error, path: folder.database.path)
        } catch let conflict as VersionConflict {
            throw StoreError.conflict(conflict)
        }
    }

    /// The comments that replies among `committed` answer, for the outbox.
    private static func repliedComments(_ committed: [StoredEvent], in db: Database) throws -> [CommentID: Comment] {
        var out: [CommentID: Comment] = [:]
        for stored in committed {
            guard case .commentReplied(let reply) = stored.event.payload,
                  let json = try String.fetchOne(db, sql: "SELECT json FROM comments WHERE id = ?", arguments: [reply.commentID.rawValue]) else { continue }
            out[reply.commentID] = try EventJSON.decoder().decode(Comment.self, from: Data(json.utf8))
        }
        return out
    }

    /// The bulk path of an import: one transaction, all or nothing, known ids skipped, like
    /// `append`; but when another writer holds the store, it waits as long as it takes, telling
    /// `waiting` how long it has waited every second or so, instead of failing after the busy
    /// timeout. Nothing is dropped: the batch is written once the store is free.
    func appendWaiting(_ events: [NewEvent], waiting: (Double) -> Void) throws -> [StoredEvent] {
        guard !isReadOnly else { throw StoreError.readOnly(folder.root.path) }
        guard !events.isEmpty else { return [] }
        let calendar = config.calendar
        let started = ContinuousClock.now
        while true {
            do {
                return try writer.writeWithoutTransaction { db in
                    try db.execute(sql: ImportPragmas.during)
                    defer { try? db.execute(sql: ImportPragmas.after) }
                    var committed: [StoredEvent] = []
                    try db.inTransaction(.immediate) {
                        committed = try Self.appendInTransaction(events, db: db, calendar: calendar)
                        return .commit
                    }
                    return committed
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                let waited = (ContinuousClock.now - started).components
                waiting(Double(waited.seconds) + Double(waited.attoseconds) / 1e18)
            } catch let error as DatabaseError {
                throw Self.describe(error, path: folder.database.path)
            }
        }
    }

    /// Creates a newsroom and writes its whole log in one transaction, for a folder nobody else
    /// uses yet (the demo, made beside its place and moved there): every entity is read and written
    /// once, and `progress` hears how many events are written every few thousand. Returns that count.
    ///
    /// The folder is written through one connection without a journal (nobody can read it before it
    /// is moved into place, and a half-made folder is thrown away), so each page is written once
    /// instead of to the write-ahead log and again at the checkpoint; it is switched to the
    /// write-ahead log and made durable with one `fsync` before this returns.
    public static func createInOnePass(at folder: StoreFolder, configYAML yaml: String, events: [NewEvent],
                                       progress: (Int) -> Void) throws -> Int {
        // The pass skips the log's CHECK constraints (SQLite's `json_valid` of each body costs
        // more than its insert): the bodies are this process's own encoding; the actor is checked here.
        if let nameless = events.firstIndex(where: { $0.event.actor.isEmpty }) {
            throw StoreError.database(folder.database.path, detail: "event \(nameless + 1) of \(events.count) has no actor; nothing was written")
        }
        let calendar: NewsroomCalendar
        do {
            let store = try create(at: folder, configYAML: yaml)
            calendar = store.config.calendar
        }
        let path = folder.database.path
        do {
            let queue = try DatabaseQueue(path: path)
            var count = 0
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA threads = 2; PRAGMA ignore_check_constraints = ON")
                try db.inTransaction(.exclusive) {
                    // The secondary indexes are built once at the end (a sort) rather than entry by
                    // entry; the fold reads nothing from the empty store meanwhile.
                    let indexes = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                    for index in indexes { try db.execute(sql: "DROP INDEX \(index["name"] as String)") }
                    count = try appendInTransaction(events, db: db, calendar: calendar, intoEmptyLog: true, progress: progress).count
                    for index in indexes { try db.execute(sql: index["sql"] as String) }
                    return .commit
                }
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try queue.close()
            // Durable before the folder is moved into place, as a FULL commit would be.
            try syncToDisk(path)
            folder.restrictDatabaseFiles()
            return count
        } catch let error as DatabaseError {
            throw describe(error, path: path)
        }
    }

    /// Writes events, their personal data and the projections; the caller holds the transaction.
    /// `intoEmptyLog`: the log held nothing when the transaction began, so an id can only repeat
    /// within `events` and the store is not asked for each.
    static func appendInTransaction(_ events: [NewEvent], db: Database, calendar: NewsroomCalendar, intoEmptyLog: Bool = false,
                                    progress: (Int) -> Void = { _ in }) throws -> [StoredEvent] {
        var seq = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM events")!
        var workspace = ProjectionWorkspace(db: db, calendar: calendar)
        let known = try db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM events WHERE id = ?)")
        var seen = Set<UUID>()
        var committed: [StoredEvent] = []
        // The machine's clock, not the newsroom's (which --now and NEWSROOM_NOW can set): the audit's check.
        let committedMs = millis(Date())
        // Into an empty log the fold needs nothing from the store: it runs beside the inserts.
        let ahead = intoEmptyLog ? FoldAhead(calendar: calendar, after: seq, committedAt: date(millis: committedMs), expecting: events.count) : nil
        var follow: (@Sendable (PreparedEvents.Item) -> Void)?
        if let ahead { follow = { item in ahead.fold(item) } }
        let prepared = PreparedEvents(events, then: follow)
        let eventRow = try EventRows.writer(db)
        let personalRows = try PersonalRows.Writers(db)
        var written = 0
        for (index, new) in events.enumerated() {
            let item = try prepared.item(index)
            guard seen.insert(new.event.id).inserted, try intoEmptyLog || !Bool.fetchOne(known, arguments: [item.idText])! else { continue }
            seq += 1
            try EventRows.insert(new.event, idText: item.idText, body: item.body, seq: seq, committedMs: committedMs, with: eventRow)
            try PersonalRows.insert(new.personal, at: new.event.time, with: personalRows)
            written += 1
            if written % 5000 == 0 { progress(written) }
            guard ahead == nil else { continue }
            // Fold what the log now holds (the body as stored), so projections equal a replay.
            let stored = StoredEvent(seq: seq, event: item.stored, committedAt: date(millis: committedMs))
            try Fold.apply(stored, to: &workspace)
            committed.append(stored)
        }
        if let ahead {
            prepared.waitUntilDone()
            if let failure = ahead.failure { throw failure }
            workspace = ahead.workspace
            committed = ahead.committed
        }
        try workspace.flush(into: db, rows: ahead?.rows)
        return committed
    }

    static func check(_ expected: ExpectedVersion, in db: Database, calendar: NewsroomCalendar) throws {
        let (table, key): (String, String)
        switch expected.item {
        case .briefingEntry(let date, let story):
            let json = try String.fetchOne(db, sql: "SELECT json FROM briefings WHERE date = ?", arguments: [date.description])
            let briefing = try json.map { try EventJSON.decoder().decode(Briefing.self, from: Data($0.utf8)) }
            try conflict(expected, actual: briefing?.entries[story]?.version ?? 0, in: db, calendar: calendar)
            return
        case .story(let id): (table, key) = ("stories WHERE id = ?", id.rawValue)
        case .briefing(let date): (table, key) = ("briefings WHERE date = ?", date.description)
        case .comment(let id): (table, key) = ("comments WHERE id = ?", id.rawValue)
        case .ambassador(let id): (table, key) = ("ambassadors WHERE id = ?", id.rawValue)
        case .share(let id): (table, key) = ("shares WHERE id = ?", id.rawValue)
        }
        try conflict(expected, actual: try Int64.fetchOne(db, sql: "SELECT version FROM \(table)", arguments: [key]) ?? 0, in: db, calendar: calendar)
    }

    /// Throws the conflict when the item's version is not the one the action was decided on, saying
    /// what changed it and when (in the newsroom's zone).
    private static func conflict(_ expected: ExpectedVersion, actual: Int64, in db: Database, calendar: NewsroomCalendar) throws {
        guard actual != expected.version else { return }
        var change: String?
        if let row = try Row.fetchOne(db, sql: "SELECT type, actor, time_ms FROM events WHERE seq = ?", arguments: [actual]) {
            let type: String = row["type"]
            let actor: String = row["actor"]
            change = "\(type) by \(actor) at \(calendar.dateTime(of: date(millis: row["time_ms"])))"
        }
        throw VersionConflict(item: expected.item, expected: expected.version, actual: actual, change: change)
    }

    public func events(after seq: Int64, limit: Int) throws -> [StoredEvent] {
        try read { db in
            // A cursor reads each row in place: no copy of the page's rows before they are decoded.
            let rows = try Row.fetchCursor(db, sql: "SELECT \(EventRows.columns) FROM events WHERE seq > ? ORDER BY seq LIMIT ?", arguments: [seq, limit])
            let decoder = EventJSON.decoder()
            var out: [StoredEvent] = []
            out.reserveCapacity(min(limit, 10_000))
            while let row = try rows.next() { out.append(EventRows.decode(row, unreadable: &self.unreadableEvents, using: decoder)) }
            return out
        }
    }

    public func lastSeq() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM events")! }
    }

    public func hasChanges() throws -> Bool {
        guard let watcher else { return false }
        let version = try watcher.inDatabase { db in try Int64.fetchOne(db, sql: "PRAGMA data_version")! }
        defer { seenDataVersion = version }
        return seenDataVersion.map { $0 != version } ?? true
    }

    /// Runs a read, mapping database errors to store errors.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch let error as DatabaseError {
            throw Self.describe(error, path: folder.database.path)
        }
    }

    /// A consistent copy of the database (`VACUUM INTO`), for backups.
    public func backup(to url: URL) throws {
        do {
            // VACUUM cannot run inside a transaction, so not through `read`.
            try writer.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [url.path]) }
        } catch let error as DatabaseError {
            throw Self.describe(error, path: url.path)
        }
        chmod(url.path, 0o600)
    }
}

