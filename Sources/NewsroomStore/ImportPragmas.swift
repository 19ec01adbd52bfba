/// The connection settings of an import's transactions, and the ones restored after each.
///
/// - `synchronous` stays `FULL`: each batch is durable when it commits, and a console's own
///   commit never has to flush an import's unsynced pages (measured with `NORMAL`: a decision
///   during a million-line import then waited up to 2.5 s for that flush).
/// - `wal_autocheckpoint = 2000` pages (8 MiB of log between checkpoints, against SQLite's 4 MiB):
///   a checkpoint writes its pages while a console may be committing, and a console's `fsync`
///   waits behind them. With 10,000 pages (40 MiB) a decision during a 100,000-line import waited
///   up to 0.25 s, with 2,000 up to 0.09–0.11 s, at the same import rate (alternating runs).
/// - `cache_size` 256 MiB on the writing connection from the first import batch on (kept across
///   batches, filled only as pages are used): the indexes an import inserts into are keyed by
///   random ids, and with the default 2 MiB every insert into a large store reads its page again.
///   Only there: set for every connection, a large cache held the pages a replay had read
///   (64 MB more peak memory for a million events).
/// - `busy_timeout = 1000`: the import's own wait for a busy store is in seconds it reports.
/// - `threads = 2`: SQLite may sort with a helper thread when the demo builds its indexes at the end.
enum ImportPragmas {
    static let during = "PRAGMA busy_timeout = 1000; PRAGMA wal_autocheckpoint = 2000; PRAGMA cache_size = -262144; PRAGMA threads = 2"
    static let after = "PRAGMA busy_timeout = 30000; PRAGMA wal_autocheckpoint = 1000"
}
