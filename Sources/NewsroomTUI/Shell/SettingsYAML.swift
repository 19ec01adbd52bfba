import Foundation

/// The small piece of YAML that `settings.yaml` uses, read and written so that any key survives
/// a save: a value may be quoted (`"]"`, `'#'`, `','`), `#` starts a comment only outside quotes
/// and after a space, and a list is `[a, b]` or `a, b` with commas inside quotes kept.
enum SettingsYAML {
    /// A value without its comment.
    static func uncommented(_ line: Substring) -> Substring {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let c = line[index]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#", previous == " " || previous == "\t" {
                return line[..<index]
            }
            previous = c
        }
        return line
    }

    /// The items of a value: `[a, "b"]` or `a, 'b'`, split at commas outside quotes, unquoted.
    static func items(_ value: String) -> [String] {
        var text = Substring(value.trimmingCharacters(in: .whitespaces))
        if text.hasPrefix("["), text.hasSuffix("]"), text.count >= 2 { text = text.dropFirst().dropLast() }
        var items: [String] = []
        var current = ""
        var quote: Character?
        for c in text {
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "," {
                items.append(current)
                current = ""
                continue
            }
            current.append(c)
        }
        items.append(current)
        return items.map { unquoted($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
    }

    /// `"x"` or `'x'` without its quotes (`''` inside single quotes is one `'`); other text as it is.
    static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == text.last, first == "\"" || first == "'" else { return text }
        let inner = String(text.dropFirst().dropLast())
        return first == "'" ? inner.replacingOccurrences(of: "''", with: "'") : inner
    }

    /// `text` as a value that `items` and `unquoted` read back: quoted when it holds anything
    /// YAML or this reader would take as syntax.
    static func quoted(_ text: String) -> String {
        let special = text.contains { "[]{}#,'\":&*!|>%@`".contains($0) } || text.first?.isWhitespace == true
            || text.last?.isWhitespace == true || text.isEmpty
        return special ? "'" + text.replacingOccurrences(of: "'", with: "''") + "'" : text
    }
}
