/// Text attributes a terminal can draw (ncurses has no strikethrough).
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)

    /// The names a theme file uses, with their attribute.
    public static let themeNames: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse), ("italic", .italic),
    ]
}

/// How a cell looks: foreground, background and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .terminalDefault, background: Color = .terminalDefault, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// This style with extra attributes.
    public func adding(_ extra: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }

    /// This style as a terminal at `level` can show it. Without colour, a coloured background
    /// becomes reverse video, so selections and badges stay visible.
    public func degraded(to level: ColorLevel) -> Style {
        guard level != .monochrome else {
            var attributes = self.attributes
            if background != .terminalDefault { attributes.formSymmetricDifference(.reverse) }
            return Style(attributes: attributes)
        }
        return Style(
            foreground: foreground.degraded(to: level) ?? .terminalDefault,
            background: background.degraded(to: level) ?? .terminalDefault,
            attributes: attributes
        )
    }
}
