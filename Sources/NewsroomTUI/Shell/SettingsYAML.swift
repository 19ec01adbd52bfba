import Foundation

/// The small piece of YAML that `settings.yaml` uses, read and written so that any key survives
/// a save: a value may be quoted (`"]"`, `'#'`, `','`), `#` starts a comment only outside quotes
/// and after a space, and a list is `[a, b]` or `a, b` with commas inside quotes kept. All of it
/// works on Unicode scalars: a combining mark after a quote makes one `Character` of the two.
enum SettingsYAML {
    private static let quotes: Set<Unicode.Scalar> = ["\"", "'"]

    /// A value without its comment.
    static func uncommented(_ value: Substring) -> String {
        var kept = String.UnicodeScalarView()
        var quote: Unicode.Scalar?
        var previous: Unicode.Scalar = " "
        for c in value.unicodeScalars {
            if let open = quote {
                if c == open { quote = nil }
            } else if quotes.contains(c) {
                quote = c
            } else if c == "#", previous == " " || previous == "\t" {
                break
            }
            kept.append(c)
            previous = c
        }
        return String(kept)
    }

    /// The items of a value: `[a, "b"]` or `a, 'b'`, split at commas outside quotes, unquoted.
    static func items(_ value: String) -> [String] {
        var text = Substring(value.trimmingCharacters(in: .whitespaces)).unicodeScalars
        if text.count >= 2, text.first == "[", text.last == "]" { text = text.dropFirst().dropLast() }
        var items: [String] = []
        var current = String.UnicodeScalarView()
        var quote: Unicode.Scalar?
        for c in text {
            if let open = quote {
                if c == open { quote = nil }
            } else if quotes.contains(c) {
                quote = c
            } else if c == "," {
                items.append(String(current))
                current = String.UnicodeScalarView()
                continue
            }
            current.append(c)
        }
        items.append(String(current))
        return items.map { unquoted($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
    }

    /// `"x"` or `'x'` without its quotes (`''` inside single quotes is one `'`); other text as it is.
    static func unquoted(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count >= 2, let first = scalars.first, first == scalars.last, quotes.contains(first) else { return text }
        var inner = String.UnicodeScalarView()
        var pending = false
        for c in scalars.dropFirst().dropLast() {
            if first == "'", c == "'", !pending {
                pending = true
                inner.append(c)
            } else if pending, c == "'" {
                pending = false
            } else {
                pending = false
                inner.append(c)
            }
        }
        return String(inner)
    }

    /// `text` as a value that `items` and `unquoted` read back: quoted when it holds anything
    /// YAML or this reader would take as syntax.
    static func quoted(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let special = scalars.contains { "[]{}#,'\":&*!|>%@`".unicodeScalars.contains($0) }
            || scalars.first?.properties.isWhitespace != false || scalars.last?.properties.isWhitespace != false
        guard special else { return text }
        var out = String.UnicodeScalarView(["'"])
        for c in scalars {
            out.append(c)
            if c == "'" { out.append("'") }
        }
        out.append("'")
        return String(out)
    }
}
