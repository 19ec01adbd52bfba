import Foundation

/// Keeps what we export from being run as a formula. A cell that begins with `=`, `+`, `-` or `@`
/// (or a tab or carriage return, which some programs skip before looking) is a formula to
/// spreadsheet programs: a comment like `=HYPERLINK("http://…")` would be evaluated on the
/// reader's machine (CSV injection). Imports keep such text as it is; every CSV or Markdown
/// exporter passes cells through `cell(_:)`, which prefixes them with `'`.
public enum SpreadsheetSafety {
    /// The text, prefixed with `'` when a spreadsheet would read it as a formula.
    public static func cell(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// A CSV cell: made safe with `cell(_:)`, then quoted when it holds the separator, a quote or a line break.
    public static func csvField(_ text: String, separator: Character = ",") -> String {
        let safe = cell(text)
        guard safe.contains(separator) || safe.contains("\"") || safe.contains("\n") || safe.contains("\r") else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
