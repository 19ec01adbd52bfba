/// The colour behind everything a theme leaves at `default`, so themes can be checked and adapted
/// for it: xterm's own default is black on white, many terminals' are light on dark.
public struct TerminalBackground: Hashable, Sendable, CustomStringConvertible {
    var color: RGB

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        color = RGB(red, green, blue)
    }

    /// A black background (the usual dark profile).
    public static let dark = TerminalBackground(red: 0, green: 0, blue: 0)
    /// A white background (xterm's default, and light profiles).
    public static let light = TerminalBackground(red: 255, green: 255, blue: 255)

    /// Whether black text stands out more than white text here (luminance above about 0.18).
    public var isLight: Bool { color.isLight }

    /// The text colour the terminal most likely draws where a theme says `default`: black on a
    /// light background, xterm's white (palette 7) on a dark one.
    var assumedForeground: RGB {
        isLight ? .black : Palette.color(ofIndex: 7)
    }

    public var description: String { "\(isLight ? "light" : "dark") \(color)" }
}
