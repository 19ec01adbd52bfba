import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#elseif canImport(SQLite3)
import SQLite3
#endif

/// One prepared write, bound and stepped through SQLite's C API. A demo or an import runs the
/// same few inserts hundreds of thousands of times; GRDB's `StatementArguments` boxes every value
/// and its statement cache hashes the SQL text at each call, which cost more than SQLite's own work.
/// Only for plain writes inside a transaction the caller holds (no observers, no rows back).
struct RowWriter {
    private let statement: Statement
    private let connection: OpaquePointer?

    /// Prepared once per batch; the statement comes from the connection's cache.
    init(_ db: Database, _ sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        connection = db.sqliteConnection
    }

    /// Binds the values `bind` gives in order (from the first `?`) and runs the statement.
    func run(_ bind: (inout RowValues) -> Void) throws {
        let s = statement.sqliteStatement
        var values = RowValues(statement: s)
        bind(&values)
        guard sqlite3_step(s) == SQLITE_DONE else {
            let extended = sqlite3_extended_errcode(connection)
            let message = sqlite3_errmsg(connection).map { String(cString: $0) }
            sqlite3_reset(s)
            throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: statement.sql)
        }
        sqlite3_reset(s)
    }
}

/// The values of one `RowWriter.run`, bound as they are given (SQLite copies texts).
struct RowValues {
    fileprivate let statement: OpaquePointer
    private var index: Int32 = 1

    fileprivate init(statement: OpaquePointer) { self.statement = statement }

    mutating func add(_ value: Int64) {
        sqlite3_bind_int64(statement, index, value)
        index += 1
    }

    mutating func add(_ value: Int) { add(Int64(value)) }

    mutating func add(_ value: Bool) { add(Int64(value ? 1 : 0)) }

    mutating func add(_ value: String) {
        var text = value
        text.withUTF8 { bytes in bindText(UnsafeRawBufferPointer(bytes)) }
    }

    /// UTF-8 text given as bytes (a body as the event's encoder wrote it).
    mutating func add(utf8 data: Data) {
        data.withUnsafeBytes { raw in bindText(raw) }
    }

    private mutating func bindText(_ bytes: UnsafeRawBufferPointer) {
        if let base = bytes.baseAddress, !bytes.isEmpty {
            sqlite3_bind_text(statement, index, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), transient)
        } else {
            sqlite3_bind_text(statement, index, "", 0, nil)
        }
        index += 1
    }

    mutating func add(_ value: String?) {
        guard let value else { return addNull() }
        add(value)
    }

    mutating func add(_ value: Int64?) {
        guard let value else { return addNull() }
        add(value)
    }

    mutating func addNull() {
        sqlite3_bind_null(statement, index)
        index += 1
    }
}

/// SQLite's "copy the value now" destructor.
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
