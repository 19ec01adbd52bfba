/// An identifier that knows what it names, so a story's id cannot be passed where a comment's is
/// expected. Encoded as a plain string.
public struct TypedID<Subject>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

public typealias StoryID = TypedID<Story>
public typealias AmbassadorID = TypedID<Ambassador>
public typealias ShareID = TypedID<Share>
public typealias CommentID = TypedID<Comment>
public typealias TemplateID = TypedID<ReplyTemplate>
public typealias SnippetID = TypedID<FactSnippet>

/// The opaque reference under which an outside person's data (handle, name, texts) is kept in the
/// store's personal-data table. Events carry only this, so erasure never rewrites the log.
public typealias PersonRef = TypedID<Person>

/// The outside person a `PersonRef` stands for; their data lives only in the store.
public enum Person {}
