extension Color {
    /// This colour as the screen shows it; `terminalDefault` is `fallback`.
    func shown(default fallback: RGB) -> RGB {
        switch self {
        case .terminalDefault: return fallback
        case .indexed(let index): return Palette.color(ofIndex: index)
        case .rgb(let r, let g, let b): return RGB(r, g, b)
        }
    }
}

/// The two colours a person actually sees in a cell drawn with a style.
struct Appearance: Hashable, Sendable {
    var foreground: RGB
    var background: RGB

    /// The WCAG contrast ratio between the text and what is behind it.
    var contrast: Double { foreground.contrastRatio(with: background) }
}

extension Style {
    /// How this style looks on `terminal`: `default` colours are the terminal's, bold text in
    /// one of the eight standard colours is drawn in its bright twin (xterm's `boldColors`),
    /// reverse swaps foreground and background, and dim text is taken as halfway to the
    /// background (as xterm draws faint text).
    func appearance(on terminal: TerminalBackground) -> Appearance {
        var drawn = self.foreground
        if attributes.contains(.bold), case .indexed(let index) = drawn, index < 8 { drawn = .indexed(index + 8) }
        var foreground = drawn.shown(default: terminal.assumedForeground)
        var background = self.background.shown(default: terminal.color)
        if attributes.contains(.reverse) { swap(&foreground, &background) }
        if attributes.contains(.dim) { foreground = foreground.mixed(with: background, 0.5) }
        return Appearance(foreground: foreground, background: background)
    }
}
