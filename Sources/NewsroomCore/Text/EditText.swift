/// A line of an edit text that cannot be read: its number (1-based, as editors count), what is
/// wrong and what to do. Shown as `FILE:LINE: problem` by the command line, in the bar by the pane.
public struct EditTextError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let problem: String

    public init(line: Int, problem: String) {
        self.line = line
        self.problem = problem
    }

    public var description: String { "line \(line): \(problem)" }
}

/// The shape the template and snippet edit texts share: `#` comment lines and `key: value` lines
/// (the header), the first blank line after them, then the body exactly as written.
///
/// Lines are split at every `\n` by scalars (Swift sees `\r\n` as one character that is no `\n`),
/// and header lines lose their `\r`s, so a file saved with Windows line ends reads. The body keeps
/// every scalar but the final line end an editor adds (`\n`, or `\r\n` when the blank line after
/// the header ended with `\r`); `#` lines in the body are part of it.
struct EditText {
    struct Field {
        let key: String
        let value: String
        let line: Int
    }

    var fields: [String: Field] = [:]
    var body = ""
    /// The line the body starts on, or the last line when there is none.
    var bodyLine = 1

    /// Reads `text`, accepting only `keys` in the header; `what` names the body in messages.
    static func read(_ text: String, keys: [String], what: String) throws(EditTextError) -> EditText {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        var out = EditText()
        var separator: Int?
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            var line = raw
            while line.last == "\r" { line.removeLast() }
            if line.first == "#" { continue }
            if line.allSatisfy({ $0.properties.isWhitespace }) {
                if out.fields.isEmpty { continue }
                separator = index
                break
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw EditTextError(line: number, problem: "expected `key: value` (\(keys.joined(separator: ", "))), found '\(String(line).prefix(40))'; \(what) goes below the first blank line")
            }
            let key = trimmed(line[..<colon]).lowercased()
            let value = trimmed(line[line.index(after: colon)...])
            guard keys.contains(key) else {
                throw EditTextError(line: number, problem: "unknown key '\(key.prefix(40))'; the keys are \(keys.joined(separator: ", ")), and \(what) goes below the first blank line")
            }
            if let earlier = out.fields[key] {
                throw EditTextError(line: number, problem: "\(key) is given twice (lines \(earlier.line) and \(number)); keep one")
            }
            out.fields[key] = Field(key: key, value: value, line: number)
        }
        guard let separator else {
            out.bodyLine = lines.count
            return out
        }
        var rest = Array(lines[(separator + 1)...])
        out.bodyLine = min(separator + 2, lines.count)
        if rest.count > 1, rest.last?.isEmpty == true {
            rest.removeLast()
            if lines[separator].last == "\r", rest[rest.count - 1].last == "\r" { rest[rest.count - 1].removeLast() }
        }
        out.body = rest.map(String.init).joined(separator: "\n")
        return out
    }

    /// A field's value, or nil when the header has no such line.
    func value(_ key: String) -> String? { fields[key]?.value }

    /// The line of a field, else the first line.
    func line(_ key: String) -> Int { fields[key]?.line ?? 1 }

    /// A value as one header line can hold it: a `\n` becomes a space, white space at the ends goes.
    static func oneLine(_ value: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars { scalars.append(scalar == "\n" ? " " : scalar) }
        return trimmed(Substring(String(scalars)).unicodeScalars)
    }

    /// The items of a comma-separated value, trimmed, empty ones left out.
    static func list(_ value: String?) -> [String] {
        (value ?? "").unicodeScalars.split(separator: ",").map(trimmed).filter { !$0.isEmpty }
    }

    /// `yes` or `no` (also `true`/`false`), else an error on the field's line.
    func flag(_ key: String) throws(EditTextError) -> Bool {
        guard let value = value(key)?.lowercased(), !value.isEmpty else { return false }
        switch value {
        case "yes", "true": return true
        case "no", "false": return false
        default: throw EditTextError(line: line(key), problem: "\(key) is yes or no, found '\(value.prefix(40))'")
        }
    }

    /// `de` or `en` (any case; empty or missing reads as `de`), else an error on its line.
    func language() throws(EditTextError) -> String {
        let value = (self.value("language") ?? "").lowercased()
        guard !value.isEmpty else { return "de" }
        guard ["de", "en"].contains(value) else {
            throw EditTextError(line: line("language"), problem: "unknown language '\(value.prefix(40))'; write de or en")
        }
        return value
    }

    /// The body, unless it holds nothing but white space.
    func nonEmptyBody(_ what: String) throws(EditTextError) -> String {
        guard body.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw EditTextError(line: bodyLine, problem: "\(what) is empty; write it below the first blank line after the header")
        }
        return body
    }

    /// A required one-line value, else an error saying which line to add.
    func required(_ key: String, example: String) throws(EditTextError) -> String {
        guard let value = value(key), !value.isEmpty else {
            throw EditTextError(line: line(key), problem: "the \(key) is missing or empty; write it as `\(key): \(example)` in the header")
        }
        return value
    }

    /// White space at both ends removed, by scalars (a combining mark after a space stays).
    static func trimmed(_ scalars: Substring.UnicodeScalarView) -> String {
        var scalars = scalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
