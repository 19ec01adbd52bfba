/// A social network a story is posted to, by its name in `newsroom.yaml` (`linkedin`, `x`, ...).
/// Kept open as a string because newsrooms add networks without a new program version.
public struct Network: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let name: String

    public init(_ name: String) {
        // Names are nearly always lower-case ASCII already; `lowercased()` costs a new string per event read.
        self.name = name.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) ? name : name.lowercased()
    }
    public init(stringLiteral value: String) { self.init(value) }

    public static let linkedIn: Network = "linkedin"
    public static let x: Network = "x"
    public static let xing: Network = "xing"
    public static let instagram: Network = "instagram"
    public static let facebook: Network = "facebook"
    public static let youtube: Network = "youtube"

    public var description: String { name }
    public static func < (a: Self, b: Self) -> Bool { a.name < b.name }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(name)
    }
}
