import Foundation

/// A string coding key for the KPI results' hand-written JSON. The results write their derived
/// numbers (ratios, scores, totals) beside the inputs they come from, maps keyed by enums or ids
/// as plain JSON objects, and times as RFC 3339 (`Timestamp`), whatever the encoder's settings:
/// in JSON, what a number is made of sits beside it (DESIGN.md, Conventions).
struct KPIKey: CodingKey, ExpressibleByStringLiteral {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init(stringLiteral value: String) { stringValue = value }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer where K == KPIKey {
    /// Writes an instant as RFC 3339 UTC with milliseconds.
    mutating func encodeTime(_ date: Date?, forKey key: KPIKey) throws {
        try encode(date.map(Timestamp.format), forKey: key)
    }

    /// Writes a map as a JSON object with the keys' text, sorted.
    mutating func encodeMap<Key, Value: Encodable>(_ map: [Key: Value], forKey key: KPIKey, name: (Key) -> String) throws {
        var nested = nestedContainer(keyedBy: KPIKey.self, forKey: key)
        for (k, v) in map.map({ (name($0.key), $0.value) }).sorted(by: { $0.0 < $1.0 }) {
            try nested.encode(v, forKey: KPIKey(k))
        }
    }
}
