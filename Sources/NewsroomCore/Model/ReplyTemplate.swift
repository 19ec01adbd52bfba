import Foundation

/// A reusable answer with placeholders (`{author}`, `{topic}`), in German or English.
public struct ReplyTemplate: Hashable, Sendable, Codable {
    public let id: TemplateID
    public var name: String
    public var language: String
    public var text: String
    /// The comment categories the template fits, for offering it first.
    public var categories: [CommentCategory]
    public var retired: Bool

    public init(id: TemplateID, name: String, language: String, text: String, categories: [CommentCategory] = [], retired: Bool = false) {
        self.id = id
        self.name = name
        self.language = language
        self.text = text
        self.categories = categories
        self.retired = retired
    }

    /// The text with its placeholders filled; unknown placeholders stay visible so nobody sends a blank.
    public func filled(with values: [String: String]) -> String { Placeholders.fill(text, with: values) }
}

/// A fact with its source, to answer criticism with concrete facts and figures.
public struct FactSnippet: Hashable, Sendable, Codable {
    public let id: SnippetID
    public var title: String
    public var language: String
    public var text: String
    public var source: String?
    public var topics: [String]
    public var retired: Bool

    public init(id: SnippetID, title: String, language: String, text: String, source: String? = nil, topics: [String] = [], retired: Bool = false) {
        self.id = id
        self.title = title
        self.language = language
        self.text = text
        self.source = source
        self.topics = topics
        self.retired = retired
    }

    public func filled(with values: [String: String]) -> String { Placeholders.fill(text, with: values) }
}

/// Fills `{name}` placeholders.
public enum Placeholders {
    public static func fill(_ text: String, with values: [String: String]) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let key = String(rest[rest.index(after: open)..<close])
            out += values[key] ?? "{\(key)}"
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }
}
