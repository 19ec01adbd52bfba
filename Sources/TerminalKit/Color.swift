/// A terminal colour as a theme names it; `ColorLevel` decides how much of it a terminal can show.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// A palette index: 0–7 standard, 8–15 bright, 16–231 the 6×6×6 cube, 232–255 greys.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// The sixteen colour names a theme may use, in palette order.
    public static let names: [String] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Parses a theme colour: a name (`red`, `bright-blue`, `grey`, `default`), `0`–`255`, or `#rrggbb`.
    public init?(themeValue raw: String) {
        let text = raw.trimmingWhitespace().lowercased()
        if text == "default" || text == "none" {
            self = .terminalDefault
        } else if let index = Color.names.firstIndex(of: text) {
            self = .indexed(UInt8(index))
        } else if text == "grey" || text == "gray" {
            self = .indexed(8)
        } else if text.hasPrefix("#") {
            let hex = text.dropFirst()
            guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else if text.count <= 3, let number = Int(text), (0...255).contains(number) {
            self = .indexed(UInt8(number))
        } else {
            return nil
        }
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}
