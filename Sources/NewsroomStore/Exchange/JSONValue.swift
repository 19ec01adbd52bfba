import Foundation
import NewsroomCore

/// Any JSON value, read from one line, so fields can be checked one by one with a precise reason
/// ("field 'time' must be an RFC 3339 time, found 42") instead of a decoder's first failure.
/// Integers stay integers (no rounding through Double).
enum JSONValue: Hashable, Sendable, Encodable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses one JSON text. Foundation's `JSONSerialization` does the parsing (it is many times
    /// faster here than decoding this enum through `JSONDecoder`); its booleans are told from
    /// numbers by their Objective-C type code `c`.
    static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        from(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]))
    }

    private static func from(_ any: Any) -> JSONValue {
        switch any {
        case let s as String:
            return .string(s)
        case let n as NSNumber:
            let code = String(cString: n.objCType)
            if code == "c" { return .bool(n.boolValue) }
            if code == "d" || code == "f" { return .double(n.doubleValue) }
            if code == "Q", n.uint64Value > UInt64(Int64.max) { return .double(n.doubleValue) }
            return .int(n.int64Value)
        case let a as [Any]:
            return .array(a.map(from))
        case let o as [String: Any]:
            return .object(o.mapValues(from))
        default:
            return .null
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .int(let i): try c.encode(i)
        case .double(let d): try c.encode(d)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// How the value shows in a reason: `42`, `'text'` (cut at 40 characters), `an object`.
    var shortDescription: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return "'" + (s.count > 40 ? s.prefix(40) + "…" : s) + "'"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The JSON text again (keys sorted, one line).
    func encoded() throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try e.encode(self)
    }
}

/// A line that is not what it should be: the reason, for `file:line: reason`.
struct LineProblem: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}

/// The fields of one JSON object, read with checks that name the field and what was found.
struct JSONFields {
    let object: [String: JSONValue]

    /// The first of the names that is present and not null.
    func value(_ names: [String]) -> (name: String, value: JSONValue)? {
        for name in names {
            if let v = object[name], v != .null { return (name, v) }
        }
        return nil
    }

    func has(_ name: String) -> Bool { object[name] != nil }

    func string(_ names: String...) throws -> String? {
        guard let (name, v) = value(names) else { return nil }
        switch v {
        case .string(let s): return s
        case .int(let i): return String(i)
        default: throw LineProblem("field '\(name)' must be a string, found \(v.shortDescription)")
        }
    }

    func requiredString(_ names: String...) throws -> String {
        guard let (name, v) = value(names) else { throw missing(names) }
        switch v {
        case .string(let s) where !s.trimmingCharacters(in: .whitespaces).isEmpty: return s
        case .string: throw LineProblem("field '\(name)' must not be empty")
        case .int(let i): return String(i)
        default: throw LineProblem("field '\(name)' must be a string, found \(v.shortDescription)")
        }
    }

    func integer(_ names: String...) throws -> Int? {
        guard let (name, v) = value(names) else { return nil }
        switch v {
        case .int(let i) where i >= Int64(Int.min) && i <= Int64(Int.max): return Int(i)
        case .double(let d) where d.rounded() == d && abs(d) < 9e15: return Int(d)
        case .string(let s):
            if let n = LocaleNumber.whole(s) { return n }
            throw LineProblem("field '\(name)' must be a whole number, found \(v.shortDescription)")
        default: throw LineProblem("field '\(name)' must be a whole number, found \(v.shortDescription)")
        }
    }

    func requiredInteger(_ names: String...) throws -> Int {
        guard let (name, _) = value(names), let n = try integer(name) else { throw missing(names) }
        return n
    }

    /// An RFC 3339 time, strictly (the envelope's `time`).
    func rfc3339(_ name: String) throws -> Date {
        guard let v = object[name], v != .null else { throw missing([name]) }
        guard case .string(let s) = v, let date = Timestamp.parse(s) else {
            throw LineProblem("field '\(name)' must be an RFC 3339 time, found \(v.shortDescription)")
        }
        return date
    }

    /// An RFC 3339 time or a local time in the newsroom's zone (`2026-11-24 08:30`, `24.11.2026 08:30`).
    func time(_ names: [String], calendar: NewsroomCalendar) throws -> Date? {
        guard let (name, v) = value(names) else { return nil }
        guard case .string(let s) = v, let date = LocalTimeText.instant(s, calendar: calendar) else {
            throw LineProblem("field '\(name)' must be an RFC 3339 time (or a local time like '2026-11-24 08:30'), found \(v.shortDescription)")
        }
        return date
    }

    func requiredTime(_ names: String..., calendar: NewsroomCalendar) throws -> Date {
        guard let date = try time(names, calendar: calendar) else { throw missing(names) }
        return date
    }

    func object(_ name: String) throws -> [String: JSONValue]? {
        guard let v = object[name], v != .null else { return nil }
        guard case .object(let o) = v else { throw LineProblem("field '\(name)' must be an object, found \(v.shortDescription)") }
        return o
    }

    func missing(_ names: [String]) -> LineProblem {
        let alternatives = names.dropFirst().map { "'\($0)'" }
        return LineProblem("field '\(names[0])' is missing" + (alternatives.isEmpty ? "" : " (also read as \(alternatives.joined(separator: ", ")))"))
    }
}
