/// Keys written as text, for key-hint bars, the help overlay and user remapping files:
/// `q`, `?`, `Space`, `Enter`, `Esc`, `Tab`, `S-Tab`, `Up`, `PgDn`, `F1`, `C-l`, `M-x`.
extension Key: CustomStringConvertible {
    static let namedKeys: [(String, Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("Home", .home), ("End", .end), ("PgUp", .pageUp), ("PgDn", .pageDown),
        ("Ins", .insert), ("Del", .delete), ("BSpace", .backspace),
        ("Tab", .tab), ("S-Tab", .backTab), ("Enter", .enter), ("Esc", .escape),
        ("Space", .character(" ")), ("Resize", .resize),
    ]

    static let aliases: [String: Key] = [
        "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "ins": .insert, "insert": .insert, "del": .delete, "delete": .delete,
        "bspace": .backspace, "backspace": .backspace, "tab": .tab, "s-tab": .backTab,
        "backtab": .backTab, "shift-tab": .backTab, "enter": .enter, "return": .enter,
        "esc": .escape, "escape": .escape, "space": .character(" "),
    ]

    /// Parses a key as a remapping file writes it; nil when it is not a key.
    public init?(notation raw: String) {
        let text = String(raw.trimmingWhitespace())
        if text.count == 1, let character = text.first {
            self = .character(character)
            return
        }
        let lower = text.lowercased()
        if let key = Key.aliases[lower] {
            self = key
            return
        }
        for prefix in ["c-", "ctrl-", "ctrl+", "^"] where lower.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first?.lowercased().first, letter.isLetter else { return nil }
            self = .ctrl(letter)
            return
        }
        // By scalars: a combining mark after `M-` joins the `-` into one character.
        for prefix in ["m-", "alt-", "alt+"] where String(lower.unicodeScalars.prefix(prefix.unicodeScalars.count)) == prefix {
            let rest = String(text.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
            if rest.lowercased() == "space" {
                self = .alt(" ")
                return
            }
            guard rest.count == 1, let character = rest.first else { return nil }
            self = .alt(character)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }

    /// The key as a person reads it in hints (`q`, `Enter`, `C-l`, `F1`).
    public var description: String {
        if let named = Key.namedKeys.first(where: { $0.1 == self }) { return named.0 }
        switch self {
        case .character(let character): return String(character)
        case .ctrl(let letter): return "C-\(letter)"
        case .alt(let character): return character == " " ? "M-Space" : "M-\(character)"
        case .function(let number): return "F\(number)"
        case .mouse: return "Mouse"
        case .paste: return "Paste"
        default: return "?"
        }
    }
}
