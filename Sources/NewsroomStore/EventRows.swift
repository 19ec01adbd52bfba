import Foundation
import GRDB
import NewsroomCore

/// Events to and from rows of the `events` table.
enum EventRows {
    static let columns = "seq, id, time_ms, actor, account, type, v, body, committed_ms"

    /// The prepared insert of one event row, made once per transaction.
    static func writer(_ db: Database) throws -> RowWriter {
        try RowWriter(db, "INSERT INTO events(\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    }

    static func insert(_ event: Event, idText: String, body: Data, seq: Int64, committedMs: Int64, with writer: RowWriter) throws {
        try writer.run { row in
            row.add(seq)
            row.add(idText)
            row.add(millis(event.time))
            row.add(event.actor)
            row.add(event.account)
            row.add(event.type)
            row.add(event.schemaVersion)
            row.add(utf8: body)
            row.add(committedMs)
        }
    }

    /// The event as a reader of the log will see it: its payload decoded from the stored body.
    static func asStored(_ event: Event, body: Data, using decoder: JSONDecoder) -> Event {
        let payload = (try? EventPayload.decode(type: event.type, version: event.schemaVersion, body: body, using: decoder))
            ?? .unknown(type: event.type, version: event.schemaVersion, body: String(decoding: body, as: UTF8.self))
        return Event(id: event.id, time: event.time, actor: event.actor, account: event.account, payload: payload)
    }

    /// Reads a row. A known type whose body does not decode is kept as `.unknown` and
    /// reported through `unreadable`, never fatal: the log is the record and stays readable.
    /// Columns by position, in the order of `columns` (by name, GRDB compares names case-insensitively per read).
    static func decode(_ row: Row, unreadable: inout [Int64: String], using decoder: JSONDecoder = EventJSON.decoder()) -> StoredEvent {
        let seq: Int64 = row[0]
        let type: String = row[5]
        let version: Int = row[6]
        let body: String = row[7]
        let payload: EventPayload
        if let fast = EventPayload.decodeFast(type: type, version: version, body: Array(body.utf8)) {
            payload = fast
        } else {
            do {
                payload = try EventPayload.decode(type: type, version: version, body: Data(body.utf8), using: decoder)
            } catch {
                unreadable[seq] = "\(error)"
                payload = .unknown(type: type, version: version, body: body)
            }
        }
        let idText: String = row[1]
        let event = Event(id: UUID(logText: idText) ?? UUID(uuidString: idText) ?? UUID(), time: date(millis: row[2]),
                          actor: row[3], account: row[4], payload: payload)
        let committedMs: Int64? = row[8]
        return StoredEvent(seq: seq, event: event, committedAt: committedMs.map(date(millis:)))
    }
}
