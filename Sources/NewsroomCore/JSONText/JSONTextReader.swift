import Foundation

/// Reads JSON text field by field, straight into the caller's values, for the hot bodies and
/// projections. It accepts a strict subset (plain integers, no lone surrogates, no raw control
/// characters); whatever falls outside throws, and the caller then asks Codable, which reads
/// everything it ever wrote and gives the precise error. So the fast path never changes an answer.
public struct JSONTextReader {
    private let bytes: [UInt8]
    private var i = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public init(_ text: String) { bytes = Array(text.utf8) }
    public init(_ data: Data) { bytes = [UInt8](data) }

    /// Outside the fast path's subset: the caller falls back to Codable.
    public struct Unsupported: Error {
        public let offset: Int
    }

    /// A field the type needs is missing (or has a value the type does not take).
    public static let missingField = Unsupported(offset: -1)

    private func unsupported() -> Unsupported { Unsupported(offset: i) }

    // MARK: Structure

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    private mutating func expect(_ c: UInt8) throws {
        skipSpace()
        guard i < bytes.count, bytes[i] == c else { throw unsupported() }
        i += 1
    }

    private mutating func peek() -> UInt8? {
        skipSpace()
        return i < bytes.count ? bytes[i] : nil
    }

    /// Just after `{` or `[`: the first key or element needs no comma.
    private var atStart = false

    /// Reads `{`; then call `nextKey()` until it returns nil.
    public mutating func beginObject() throws {
        try expect(UInt8(ascii: "{"))
        atStart = true
    }

    /// The next key of the object (its `:` consumed), or nil after its closing `}`.
    public mutating func nextKey() throws -> String? {
        guard let c = peek() else { throw unsupported() }
        if c == UInt8(ascii: "}") {
            i += 1
            atStart = false
            return nil
        }
        if atStart {
            atStart = false
        } else {
            guard c == UInt8(ascii: ",") else { throw unsupported() }
            i += 1
        }
        let key = try string()
        try expect(UInt8(ascii: ":"))
        return key
    }

    /// Reads `[`; then call `nextElement()` before each element until it returns false.
    public mutating func beginArray() throws {
        try expect(UInt8(ascii: "["))
        atStart = true
    }

    public mutating func nextElement() throws -> Bool {
        guard let c = peek() else { throw unsupported() }
        if c == UInt8(ascii: "]") {
            i += 1
            atStart = false
            return false
        }
        if atStart {
            atStart = false
            return true
        }
        guard c == UInt8(ascii: ",") else { throw unsupported() }
        i += 1
        return true
    }

    /// Nothing but white space is left.
    public mutating func end() throws {
        skipSpace()
        guard i == bytes.count else { throw unsupported() }
    }

    // MARK: Values

    /// Consumes a `null` and says so; leaves anything else in place.
    public mutating func null() -> Bool {
        guard peek() == UInt8(ascii: "n"), i + 4 <= bytes.count,
              bytes[i + 1] == UInt8(ascii: "u"), bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l") else { return false }
        i += 4
        return true
    }

    public mutating func bool() throws -> Bool {
        guard let c = peek() else { throw unsupported() }
        if c == UInt8(ascii: "t"), i + 4 <= bytes.count, bytes[i + 1] == UInt8(ascii: "r"), bytes[i + 2] == UInt8(ascii: "u"),
           bytes[i + 3] == UInt8(ascii: "e") {
            i += 4
            return true
        }
        if c == UInt8(ascii: "f"), i + 5 <= bytes.count, bytes[i + 1] == UInt8(ascii: "a"), bytes[i + 2] == UInt8(ascii: "l"),
           bytes[i + 3] == UInt8(ascii: "s"), bytes[i + 4] == UInt8(ascii: "e") {
            i += 5
            return false
        }
        throw unsupported()
    }

    /// A plain integer (`-?(0|[1-9][0-9]*)`); fractions and exponents are left to Codable.
    public mutating func int() throws -> Int {
        guard peek() != nil else { throw unsupported() }
        var negative = false
        if bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        let start = i
        var value = 0
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = negative ? m.subtractingReportingOverflow(Int(bytes[i] - 48)) : m.addingReportingOverflow(Int(bytes[i] - 48))
            guard !o1, !o2 else { throw unsupported() }
            value = a
            i += 1
        }
        let length = i - start
        guard length > 0, length == 1 || bytes[start] != 48 else { throw unsupported() }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            throw unsupported()
        }
        return value
    }

    /// A string, or nil for `null` (Codable's `decodeIfPresent`).
    public mutating func optionalString() throws -> String? {
        null() ? nil : try string()
    }

    /// A string-backed enum by its raw value.
    public mutating func rawValue<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Self.missingField }
        return value
    }

    public mutating func int64() throws -> Int64 { Int64(try int()) }

    /// A number as a double, read by the standard library's own parser (correctly rounded).
    public mutating func double() throws -> Double {
        guard peek() != nil else { throw unsupported() }
        let start = i
        while i < bytes.count {
            switch bytes[i] {
            case 48...57, UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): i += 1
            default:
                return try number(start..<i)
            }
        }
        return try number(start..<i)
    }

    /// The span as a double when it is a number as JSON writes it (`-? (0 | [1-9][0-9]*)
    /// (. [0-9]+)? ([eE] [+-]? [0-9]+)?`): the standard library would also take `.5`, `+1` or
    /// `1.`, which a careful reader refuses.
    private func number(_ span: Range<Int>) throws -> Double {
        var k = span.lowerBound
        func digits() -> Int {
            let from = k
            while k < span.upperBound, bytes[k] >= 48, bytes[k] <= 57 { k += 1 }
            return k - from
        }
        if k < span.upperBound, bytes[k] == UInt8(ascii: "-") { k += 1 }
        let first = k
        let whole = digits()
        guard whole > 0, whole == 1 || bytes[first] != 48 else { throw unsupported() }
        if k < span.upperBound, bytes[k] == UInt8(ascii: ".") {
            k += 1
            guard digits() > 0 else { throw unsupported() }
        }
        if k < span.upperBound, bytes[k] == UInt8(ascii: "e") || bytes[k] == UInt8(ascii: "E") {
            k += 1
            if k < span.upperBound, bytes[k] == UInt8(ascii: "+") || bytes[k] == UInt8(ascii: "-") { k += 1 }
            guard digits() > 0 else { throw unsupported() }
        }
        guard k == span.upperBound, let value = Double(String(decoding: bytes[span], as: UTF8.self)), value.isFinite else { throw unsupported() }
        return value
    }

    public mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: bytes[start..<i], as: UTF8.self)
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard b >= 0x20 else { throw unsupported() }
            i += 1
        }
        throw unsupported()
    }

    private mutating func escapedString(from start: Int) throws -> String {
        var out = Array(bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            guard b >= 0x20 else { throw unsupported() }
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                i += 1
                continue
            }
            guard i + 1 < bytes.count else { throw unsupported() }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { throw unsupported() }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw unsupported() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw unsupported()
                }
                guard let s = Unicode.Scalar(scalar) else { throw unsupported() }
                out.append(contentsOf: String(Character(s)).utf8)
            default:
                throw unsupported()
            }
        }
        throw unsupported()
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw unsupported() }
        var value: UInt32 = 0
        for k in 0..<4 {
            let b = bytes[i + k]
            let digit: UInt32
            switch b {
            case 48...57: digit = UInt32(b - 48)
            case 97...102: digit = UInt32(b - 87)
            case 65...70: digit = UInt32(b - 55)
            default: throw unsupported()
            }
            value = value * 16 + digit
        }
        i += 4
        return value
    }

    /// An RFC 3339 time, read as `EventJSON.decoder()` reads it.
    public mutating func date() throws -> Date {
        try expect(UInt8(ascii: "\""))
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let date = Timestamp.parse(bytes[start..<i]) else { throw unsupported() }
        i += 1
        return date
    }

    public mutating func uuid() throws -> UUID {
        guard let id = UUID(uuidString: try string()) else { throw unsupported() }
        return id
    }

    /// The text of an object value as it stands (for a body read later, by its type).
    public mutating func rawObject() throws -> [UInt8] {
        guard peek() == UInt8(ascii: "{") else { throw unsupported() }
        let start = i
        try skipValue()
        return Array(bytes[start..<i])
    }

    /// Passes over one value of any kind (a key the type does not have, which Codable ignores too).
    public mutating func skipValue() throws {
        guard let c = peek() else { throw unsupported() }
        switch c {
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "{"):
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case UInt8(ascii: "["):
            try beginArray()
            while try nextElement() { try skipValue() }
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): guard null() else { throw unsupported() }
        default: _ = try double()
        }
    }
}
