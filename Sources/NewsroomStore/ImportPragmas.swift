/// The connection settings of an import's transactions, and the ones restored after each.
///
/// - `synchronous = NORMAL`: an import commits many short transactions; in WAL mode NORMAL stays
///   consistent and survives a killed process, and a power cut can lose only the last batches,
///   which the next run imports again (their ids are unknown to the log). Decisions keep `FULL`.
/// - `wal_autocheckpoint = 10000` pages: a page that several batches change is copied into the
///   database once per 40 MiB of log, not once per batch.
/// - `cache_size` 256 MiB: the indexes an import inserts into are keyed by random ids; with the
///   default cache every insert into a large store reads its page again.
/// - `busy_timeout = 1000`: the import's own wait for a busy store is in seconds it reports.
enum ImportPragmas {
    static let during = "PRAGMA busy_timeout = 1000; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 10000; PRAGMA cache_size = -262144"
    static let after = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = 1000"
}
