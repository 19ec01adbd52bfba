/// Text that someone outside wrote, made safe for a person's terminal, file or clipboard.
///
/// Anyone who can write a comment or drop a file into `inbox/` controls text this program prints;
/// an escape sequence in it could retitle a window, write the clipboard or hide what follows. One
/// rule for every human-readable output: C0 controls (other than tab and newline) become visible
/// Control Pictures (`ESC` → `␛`), DEL becomes `␡`, C1 controls `�`, and bidi controls that could
/// reorder what a reader sees are dropped. JSON keeps its escapes and gains `\u` ones for the rest.
public enum PrintableText {
    /// Text for a person, line breaks and tabs kept.
    public static func text(_ text: String) -> String {
        clean(text, keepLineBreaks: true)
    }

    /// One line for a person (a name, a field in a table): a line break cannot forge another line.
    public static func line(_ text: String) -> String {
        clean(text, keepLineBreaks: false)
    }

    /// JSON text whose bytes are safe too: C1, DEL and bidi controls as `\uXXXX` (the value is the
    /// same; JSON encoders escape C0 already, and these can only occur inside strings).
    public static func json(_ text: String) -> String {
        guard !isPlain(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || isBidiControl(scalar.value) {
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether the text needs nothing done (the common case, checked without building a copy).
    public static func isSafe(_ text: String, keepLineBreaks: Bool = true) -> Bool {
        text.unicodeScalars.allSatisfy { replacement(for: $0, keepLineBreaks: keepLineBreaks) == nil }
    }

    static func clean(_ text: String, keepLineBreaks: Bool) -> String {
        guard !isPlain(text) || (!keepLineBreaks && text.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 })) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replacement = replacement(for: scalar, keepLineBreaks: keepLineBreaks) {
                if let visible = replacement { out.append(visible) }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// nil: keep the scalar; `.some(nil)`: drop it; `.some(x)`: show `x` instead.
    static func replacement(for scalar: Unicode.Scalar, keepLineBreaks: Bool) -> Unicode.Scalar?? {
        let value = scalar.value
        if value < 0x20 {
            if keepLineBreaks, value == 0x0A || value == 0x09 { return nil }
            return .some(Unicode.Scalar(0x2400 + value))
        }
        if value == 0x7F { return .some("\u{2421}") }
        if (0x80...0x9F).contains(value) { return .some("\u{FFFD}") }
        if isBidiControl(value) { return .some(nil) }
        return nil
    }

    /// Marks and embeddings that reorder text on screen (the "Trojan Source" characters).
    static func isBidiControl(_ value: UInt32) -> Bool {
        value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Printable ASCII, tabs and newlines only: nothing to do.
    static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 }
    }
}
