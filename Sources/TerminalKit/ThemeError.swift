/// Why a theme file could not be used; the message names the file, the line and the key.
public struct ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong, in words a person editing the file can act on.
    public enum Problem: Sendable, Hashable {
        case unreadable(reason: String)
        case tooLarge(bytes: Int, limit: Int)
        case tooDeep(limit: Int)
        case notYAML(detail: String)
        case notAMapping
        case aliasesNotAllowed
        case unknownKey(allowed: [String])
        case unknownColour(String)
        case unknownAttribute(String)
        case wrongType(expected: String)
        case notFound(available: [String])
    }

    public var file: String
    public var line: Int?
    public var key: String?
    public var problem: Problem

    public init(file: String, line: Int? = nil, key: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        let keyPart = key.map { " key '\($0)':" } ?? ""
        return "theme \(location):\(keyPart) \(explanation)"
    }

    private var explanation: String {
        switch problem {
        case .unreadable(let reason):
            return "cannot read the file (\(reason))"
        case .tooLarge(let bytes, let limit):
            return "file is \(bytes) bytes; a theme may have at most \(limit) bytes"
        case .tooDeep(let limit):
            return "nested deeper than \(limit) levels; a theme is `name`, `summary` and `styles: {role: {fg, bg, attrs}}`"
        case .notYAML(let detail):
            return "not valid YAML: \(detail)"
        case .notAMapping:
            return "expected a mapping such as `styles:` with one entry per role"
        case .aliasesNotAllowed:
            return "YAML anchors and aliases are not allowed in themes; write each style out"
        case .unknownKey(let allowed):
            return "unknown key; use one of \(allowed.joined(separator: ", "))"
        case .unknownColour(let value):
            return "unknown colour '\(value)'; use a name (red, bright-blue, default), 0–255, or #rrggbb"
        case .unknownAttribute(let value):
            let names = TextAttributes.themeNames.map(\.0).joined(separator: ", ")
            return "unknown attribute '\(value)'; use \(names)"
        case .wrongType(let expected):
            return "expected \(expected)"
        case .notFound(let available):
            return "no such theme; available: \(available.joined(separator: ", "))"
        }
    }
}
