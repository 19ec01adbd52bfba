/// How the terminal's background is learned, as pure decisions: the user's word
/// (`NEWSROOM_BACKGROUND`), the terminal's (`COLORFGBG`, an OSC 11 reply), else dark.
extension TerminalBackground {
    /// What the environment says: `NEWSROOM_BACKGROUND=light|dark` first, then `COLORFGBG`
    /// (set by rxvt, Konsole and others, as `fg;bg`); nil when neither says.
    public static func chosen(environment: [String: String]) -> TerminalBackground? {
        switch environment["NEWSROOM_BACKGROUND"]?.lowercased() {
        case "light": return .light
        case "dark": return .dark
        default: break
        }
        return environment["COLORFGBG"].flatMap(fromColorFGBG)
    }

    /// Whether asking the terminal (OSC 11) is worth its wait: not without colour (`NO_COLOR`)
    /// and not on terminals known to print the question instead of answering it.
    public static func mayAsk(environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        let term = environment["TERM"] ?? ""
        return !(term.isEmpty || term == "dumb" || term == "linux" || term.hasPrefix("vt"))
    }

    /// `COLORFGBG`'s last field is the background's palette index; as in Vim, 0–6 and 8 are
    /// dark, other numbers light; anything else (`default`) says nothing.
    static func fromColorFGBG(_ value: String) -> TerminalBackground? {
        guard let last = value.split(separator: ";").last, let index = Int(last), (0...15).contains(index) else { return nil }
        return (0...6).contains(index) || index == 8 ? .dark : .light
    }

    /// The colour in a terminal's answer to `ESC ] 11 ; ?`: `ESC ] 11 ; rgb:RRRR/GGGG/BBBB`
    /// (one to four hex digits a channel) ended by BEL or `ESC \`; nil when `bytes` holds none.
    package static func fromReply(_ bytes: [UInt8]) -> TerminalBackground? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.range(of: "\u{1b}]11;rgb") else { return nil }
        var rest = text[start.upperBound...]
        if rest.hasPrefix("a") { rest = rest.dropFirst() }
        guard rest.hasPrefix(":") else { return nil }
        rest = rest.dropFirst()
        guard let end = rest.firstIndex(where: { $0 == "\u{07}" || $0 == "\u{1b}" }) else { return nil }
        let channels = rest[..<end].split(separator: "/").prefix(3).compactMap { digits -> UInt8? in
            guard (1...4).contains(digits.count), let value = UInt32(digits, radix: 16) else { return nil }
            let maximum = Double((1 << (4 * digits.count)) - 1)
            return UInt8((Double(value) / maximum * 255).rounded())
        }
        guard channels.count == 3 else { return nil }
        return TerminalBackground(red: channels[0], green: channels[1], blue: channels[2])
    }
}
