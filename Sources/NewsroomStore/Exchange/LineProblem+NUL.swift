/// A NUL inside a text cannot be stored whole (SQLite's text ends at it): such a line is refused
/// with its file and line, never cut, since a cut handle could make two people one.
extension LineProblem {
    static let nul = LineProblem("a text holds a NUL character (\\u0000), which cannot be stored whole; remove it and import the line again")

    /// Whether the JSON text has a `\u0000` escape (not an escaped backslash followed by `u0000`).
    static func hasEscapedNUL(_ bytes: [UInt8]) -> Bool {
        let pattern: [UInt8] = Array("u0000".utf8)
        var i = 1
        while i + pattern.count <= bytes.count {
            if bytes[i - 1] == UInt8(ascii: "\\"), bytes[i] == UInt8(ascii: "u") || bytes[i] == UInt8(ascii: "U"),
               Array(bytes[i + 1..<i + 5]) == Array(pattern[1...]) {
                var backslashes = 0
                var j = i - 1
                while j >= 0, bytes[j] == UInt8(ascii: "\\") { backslashes += 1; j -= 1 }
                if backslashes % 2 == 1 { return true }
            }
            i += 1
        }
        return false
    }
}
