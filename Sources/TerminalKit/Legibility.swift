/// The contrast a terminal screen needs, and how a style is changed to reach it.
///
/// A theme is written for one kind of background; a terminal at eight colours, or a light
/// terminal under a dark theme, can show its colours one on the same. The changes are small
/// and keep what a colour means where the terminal can: its hue, then the nearest colour that
/// stands out enough.
enum Legibility {
    /// The least WCAG 2 contrast ratio between text and what is behind it. 3:1 is WCAG's floor
    /// for large text and for parts of a user interface (SC 1.4.3, 1.4.11); 4.5:1, its level
    /// for body text, cannot be met at eight colours (xterm's red has 3.6:1 on black).
    static let minimumContrast = 3.0

    /// The least contrast between the selected row's background and a plain row's: a band as
    /// wide as the list is seen at less contrast than a letter's strokes.
    static let minimumSelectionContrast = 1.4

    /// The colours a terminal at `level` can show that come closest to `colour`: the palette
    /// (standard colours at 8 and 16, the cube and greys at 256, whose values terminals rarely
    /// change), or at true colour the same hue at every lightness.
    static func candidates(at level: ColorLevel, near colour: RGB) -> [Color] {
        switch level {
        case .monochrome:
            return []
        case .ansi8:
            return (0..<8).map { .indexed($0) }
        case .ansi16:
            return (0..<16).map { .indexed($0) }
        case .palette256:
            return (16...255).map { .indexed(UInt8($0)) }
        case .trueColor:
            return (0...100).map {
                let shade = colour.withLightness(Double($0) / 100)
                return .rgb(shade.red, shade.green, shade.blue)
            }
        }
    }

    /// The candidate at `level` closest to `wanted` for which `accepts` holds; if none does, the
    /// one `score` rates highest.
    static func closest(to wanted: RGB, at level: ColorLevel, accepting accepts: (Color) -> Bool,
                        score: (Color) -> Double) -> Color? {
        let options = candidates(at: level, near: wanted)
        let accepted = options.filter(accepts)
        if let best = accepted.min(by: { $0.shown(default: wanted).difference(from: wanted) < $1.shown(default: wanted).difference(from: wanted) }) {
            return best
        }
        return options.max { score($0) < score($1) }
    }
}

extension RGB {
    /// This colour moved to the side of lightness away from `background` (mirrored in HSL), so
    /// a light grey meant for black becomes a dark grey on white and keeps its hue.
    func mirrored(awayFrom background: RGB) -> RGB {
        let lightness = hsl.lightness
        let wantsDark = background.isLight
        if wantsDark == (lightness <= 0.5) { return self }
        return withLightness(1 - lightness)
    }
}

extension Style {
    /// This style with its text readable on `terminal` at `level`: when the text is too close
    /// to what is behind it (`Legibility.minimumContrast`), the colour that draws the text
    /// (the foreground, or the background under reverse video) is replaced by the closest one
    /// that stands out; bold is given up only when no colour stands out with it (bold makes
    /// xterm brighten the eight standard colours). A legible style is returned unchanged, so
    /// this can be applied twice.
    public func legible(on terminal: TerminalBackground, at level: ColorLevel) -> Style {
        let look = appearance(on: terminal)
        guard level != .monochrome, look.contrast < Legibility.minimumContrast else { return self }
        let reverse = attributes.contains(.reverse)
        let wanted = (reverse ? background : foreground).shown(default: look.foreground).mirrored(awayFrom: look.background)
        func drawing(_ text: Color, in style: Style) -> Style {
            var copy = style
            if reverse { copy.background = text } else { copy.foreground = text }
            return copy
        }
        var plainer = self
        plainer.attributes.remove(.bold)
        var best: Style?
        for style in attributes.contains(.bold) ? [self, plainer] : [self] {
            func contrast(_ text: Color) -> Double { drawing(text, in: style).appearance(on: terminal).contrast }
            guard let text = Legibility.closest(to: wanted, at: level, accepting: { contrast($0) >= Legibility.minimumContrast }, score: contrast) else { continue }
            let candidate = drawing(text, in: style)
            if candidate.appearance(on: terminal).contrast >= Legibility.minimumContrast { return candidate }
            if best.map({ candidate.appearance(on: terminal).contrast > $0.appearance(on: terminal).contrast }) ?? true { best = candidate }
        }
        return best ?? self
    }
}
