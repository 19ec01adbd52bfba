/// One terminal cell's worth of text: a spacing scalar plus its combining marks, and its width.
public struct Glyph: Hashable, Sendable {
    public var text: String
    /// 1 or 2 columns.
    public var width: Int

    public init(text: String, width: Int) {
        self.text = text
        self.width = width
    }

    /// `…`, used wherever text is cut.
    public static let ellipsis = Glyph(text: "…", width: 1)
    public static let space = Glyph(text: " ", width: 1)
}

/// Turns arbitrary text (comments from the internet) into glyphs that are safe to draw.
///
/// - Control characters (C0, DEL) become visible Control Pictures (`ESC` → `␛`, `BEL` → `␇`), C1
///   controls and scalars glibc does not know become `�`, so no escape sequence ever reaches the
///   terminal: it cannot move the cursor, retitle the window or change colours.
/// - Emoji sequences are simplified so every cell has one width that ncurses, tmux and modern
///   terminals agree on: variation selectors and skin-tone modifiers are dropped, a ZWJ sequence
///   keeps its first emoji, invisible format characters (bidi overrides, zero-width space) go.
/// - A cell keeps at most four combining marks (what a `cchar_t` holds; stops "Zalgo" text).
public enum TerminalText {
    /// The most scalars one cell holds (`CCHARW_MAX`).
    static let maxScalarsPerCell = 5

    /// The glyphs of `text`, in order.
    public static func glyphs(_ text: String) -> [Glyph] {
        var result: [Glyph] = []
        result.reserveCapacity(text.utf8.count)
        forEachGlyph(in: text) { result.append($0); return true }
        return result
    }

    /// Calls `body` for each glyph of `text` until it returns `false`.
    public static func forEachGlyph(in text: String, _ body: (Glyph) -> Bool) {
        var pending: Glyph?
        var pendingScalars = 0
        for character in text {
            if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
                if let glyph = pending, !body(glyph) { return }
                pending = Glyph(text: String(character), width: 1)
                pendingScalars = 1
                continue
            }
            var first = true
            for scalar in sanitized(character) {
                let width = DisplayWidth.of(scalar)
                if width > 0 {
                    if let glyph = pending, !body(glyph) { return }
                    pending = Glyph(text: String(Character(scalar)), width: width)
                    pendingScalars = 1
                } else if !first, pending != nil, pendingScalars < maxScalarsPerCell {
                    pending?.text.unicodeScalars.append(scalar)
                    pendingScalars += 1
                }
                first = false
            }
        }
        if let glyph = pending { _ = body(glyph) }
    }

    /// The scalars of one grapheme cluster as they will be drawn (see the type's rules).
    static func sanitized(_ character: Character) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        for scalar in character.unicodeScalars {
            let value = scalar.value
            if value < 0x20 {
                output.append(Unicode.Scalar(0x2400 + value)!)
                continue
            }
            if value == 0x7F {
                output.append("\u{2421}")
                continue
            }
            if (0x80...0x9F).contains(value) {
                output.append("\u{FFFD}")
                continue
            }
            if value == 0x200D {
                // Zero-width joiner: keep the first emoji of the sequence only.
                if output.contains(where: { $0.properties.isEmoji && $0.value >= 0x80 }) { break }
                continue
            }
            if isVariationSelector(value) { continue }
            if (0x1F3FB...0x1F3FF).contains(value) && !output.isEmpty { continue }
            if scalar.properties.generalCategory == .format { continue }
            if DisplayWidth.of(scalar) < 0 {
                output.append("\u{FFFD}")
                continue
            }
            output.append(scalar)
        }
        return output
    }

    static func isVariationSelector(_ value: UInt32) -> Bool {
        (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value)
    }

    /// `text` cut to at most `width` columns, with `…` as the last column when it had to be cut.
    public static func truncated(_ text: String, toWidth width: Int) -> [Glyph] {
        guard width > 0 else { return [] }
        var glyphs: [Glyph] = []
        var used = 0
        var overflow = false
        forEachGlyph(in: text) { glyph in
            if used + glyph.width > width {
                overflow = true
                return false
            }
            glyphs.append(glyph)
            used += glyph.width
            return true
        }
        guard overflow else { return glyphs }
        while used > width - 1, let last = glyphs.popLast() { used -= last.width }
        glyphs.append(.ellipsis)
        return glyphs
    }
}
