import CNcursesw

/// Column widths the way ncurses and tmux count them: glibc `wcwidth` per scalar.
///
/// On the terminals measured here (research/ncurses-swift.md §3) ncurses, tmux and glibc agree that
/// a string is as wide as the sum of `wcwidth` over its scalars. Using anything else (grapheme
/// counts, emoji heuristics) makes the Canvas and the terminal disagree about where the cursor is.
/// The locale must be UTF-8 (`TerminalLocale.ensureUTF8()`); otherwise glibc answers -1 for `ä`.
public enum DisplayWidth {
    /// The columns one scalar takes: 0, 1 or 2, or -1 for a control or a scalar glibc does not know.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        _ = TerminalLocale.prepared
        return Int(wcwidth(wchar_t(bitPattern: value)))
    }

    /// The columns a string takes once it is made safe for display (`TerminalText.glyphs`).
    public static func of(_ text: String) -> Int {
        var total = 0
        TerminalText.forEachGlyph(in: text) { glyph in
            total += Int(glyph.width)
            return true
        }
        return total
    }
}
