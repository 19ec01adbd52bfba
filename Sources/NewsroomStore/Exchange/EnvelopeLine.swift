import Foundation
import NewsroomCore

/// Reads one event in the envelope of DESIGN (`seq`, `id`, `time`, `actor`, `account`, `type`,
/// `v`, `body`, and in a full export `personal`) back into an event with its personal data.
/// `seq` and `committed` (written by `newsroom log --json`) are ignored: the store gives its own.
enum EnvelopeLine {
    /// Whether a line is an event rather than a record.
    static func isEnvelope(_ f: JSONFields) -> Bool { f.has("type") || f.has("body") }

    static func event(_ f: JSONFields, defaultAccount: String) throws -> NewEvent {
        let idText = try f.requiredString("id")
        guard let id = UUID(uuidString: idText) else { throw LineProblem("field 'id' must be a UUID, found '\(idText)'") }
        let time = try f.rfc3339("time")
        let actor = try f.requiredString("actor")
        let account = try f.string("account") ?? defaultAccount
        let type = try f.requiredString("type")
        let version = try f.requiredInteger("v")
        guard version >= 1 else { throw LineProblem("field 'v' must be 1 or more, found \(version)") }
        guard let body = f.object["body"], case .object = body else {
            throw f.object["body"].map { LineProblem("field 'body' must be an object, found \($0.shortDescription)") }
                ?? LineProblem("field 'body' is missing")
        }
        let payload: EventPayload
        do {
            payload = try EventPayload.decode(type: type, version: version, body: try body.encoded())
        } catch let error as EventBodyError {
            throw LineProblem("field 'body' does not fit a '\(type)' event (v\(version)): \(error.detail)")
        }
        var personal = PersonalData()
        if let value = f.object["personal"], value != .null {
            guard case .object = value else { throw LineProblem("field 'personal' must be an object, found \(value.shortDescription)") }
            do {
                personal = try EventJSON.decoder().decode(PersonalData.self, from: try value.encoded())
            } catch let error as DecodingError {
                throw LineProblem("field 'personal' cannot be read: \(describe(error))")
            }
        }
        return NewEvent(Event(id: id, time: time, actor: actor, account: account, payload: payload), personal: personal)
    }

    /// The fast path for a line in the envelope with a hot body: read straight from the bytes.
    /// Nil for anything else (a record, an unknown type, a value outside the reader's subset):
    /// the line then goes the careful way, which gives each problem its precise reason.
    static func fastEvent(_ bytes: [UInt8], defaultAccount: String) -> NewEvent? {
        var r = JSONTextReader(bytes)
        var id: UUID?, time: Date?, actor: String?, account: String?, type: String?, version: Int?
        var body: [UInt8]?, personal = PersonalData()
        do {
            try r.beginObject()
            while let key = try r.nextKey() {
                switch key {
                case "seq": _ = try r.int()
                case "committed": _ = try r.optionalString()
                case "id": id = try r.uuid()
                case "time": time = try r.date()
                case "actor": actor = try r.string()
                case "account": account = try r.optionalString()
                case "type": type = try r.string()
                case "v": version = try r.int()
                case "body": body = try r.rawObject()
                case "personal": if !r.null() { personal = try PersonalJSON.read(&r) }
                default: return nil
                }
            }
            try r.end()
        } catch {
            return nil
        }
        guard let id, let time, let actor, !isBlank(actor), let type, let version, let body,
              EventPayload.knownTypes[type] == version,
              let payload = EventPayload.decodeFast(type: type, version: version, body: body) else { return nil }
        return NewEvent(Event(id: id, time: time, actor: actor, account: account ?? defaultAccount, payload: payload), personal: personal)
    }

    /// Blank as `requiredString` sees it (white space only), without Foundation for ASCII text.
    private static func isBlank(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.trimmingCharacters(in: .whitespaces).isEmpty }
        return !text.utf8.contains { $0 != 0x20 && $0 != 0x09 }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ c: DecodingError.Context) -> String {
            c.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let c): return "missing field '\(key.stringValue)'" + (c.codingPath.isEmpty ? "" : " in '\(path(c))'")
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): return "'\(path(c))': \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
