import Foundation
import NewsroomCore

/// Reads one event in the envelope of DESIGN (`seq`, `id`, `time`, `actor`, `account`, `type`,
/// `v`, `body`, and in a full export `personal`) back into an event with its personal data.
/// `seq` is ignored: the store gives the next one.
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
