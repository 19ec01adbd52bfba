import Foundation
import GRDB
import NewsroomCore

/// Events to and from rows of the `events` table.
enum EventRows {
    static let columns = "seq, id, time_ms, actor, account, type, v, body"

    static func insert(_ event: Event, idText: String, body: Data, seq: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO events(\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [seq, idText, millis(event.time), event.actor, event.account,
                                 event.type, event.schemaVersion, String(decoding: body, as: UTF8.self)])
    }

    /// The event as a reader of the log will see it: its payload decoded from the stored body.
    static func asStored(_ event: Event, body: Data, using decoder: JSONDecoder) -> Event {
        let payload = (try? EventPayload.decode(type: event.type, version: event.schemaVersion, body: body, using: decoder))
            ?? .unknown(type: event.type, version: event.schemaVersion, body: String(decoding: body, as: UTF8.self))
        return Event(id: event.id, time: event.time, actor: event.actor, account: event.account, payload: payload)
    }

    /// Reads a row. A known type whose body does not decode is kept as `.unknown` and
    /// reported through `unreadable`, never fatal: the log is the record and stays readable.
    static func decode(_ row: Row, unreadable: inout [Int64: String], using decoder: JSONDecoder = EventJSON.decoder()) -> StoredEvent {
        let seq: Int64 = row["seq"]
        let type: String = row["type"]
        let version: Int = row["v"]
        let body: String = row["body"]
        let payload: EventPayload
        do {
            payload = try EventPayload.decode(type: type, version: version, body: Data(body.utf8), using: decoder)
        } catch {
            unreadable[seq] = "\(error)"
            payload = .unknown(type: type, version: version, body: body)
        }
        let idText: String = row["id"]
        let event = Event(id: UUID(uuidString: idText) ?? UUID(), time: date(millis: row["time_ms"]),
                          actor: row["actor"], account: row["account"], payload: payload)
        return StoredEvent(seq: seq, event: event)
    }
}
