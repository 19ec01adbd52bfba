import CNcursesw

/// Turns Styles into curses attributes and colour pairs, allocating each (fg, bg) pair once
/// and never more than the terminal has (`COLOR_PAIRS`); beyond that, the default pair is used.
/// Each style is first shown as the terminal's level allows and made legible on its background.
struct CursesColors {
    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    let colors: Int
    let maximumPairs: Int
    let enabled: Bool
    let level: ColorLevel
    let background: TerminalBackground
    private var pairs: [PairKey: Int32] = [:]
    private var cache: [Style: (attr_t, Int32)] = [:]

    init(enabled: Bool, level: ColorLevel, background: TerminalBackground) {
        self.enabled = enabled
        self.level = level
        self.background = background
        self.colors = enabled ? Int(cn_colors()) : 0
        self.maximumPairs = enabled ? Int(cn_color_pairs()) : 0
    }

    /// Whether colour numbers above 7 are RGB values (`*-direct` terminals).
    var isDirect: Bool { colors >= 1 << 24 }

    /// The attributes and pair number for `style`.
    mutating func attributes(for wanted: Style) -> (attr_t, Int32) {
        if let known = cache[wanted] { return known }
        let style = wanted.degraded(to: level).legible(on: background, at: level)
        var attrs: attr_t = CN_A_NORMAL
        if style.attributes.contains(.bold) { attrs |= CN_A_BOLD }
        if style.attributes.contains(.dim) { attrs |= CN_A_DIM }
        if style.attributes.contains(.underline) { attrs |= CN_A_UNDERLINE }
        if style.attributes.contains(.reverse) { attrs |= CN_A_REVERSE }
        if style.attributes.contains(.italic) { attrs |= CN_A_ITALIC }
        let pair = enabled ? pairNumber(PairKey(foreground: number(style.foreground), background: number(style.background))) : 0
        cache[wanted] = (attrs, pair)
        return (attrs, pair)
    }

    private mutating func pairNumber(_ key: PairKey) -> Int32 {
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let next = Int32(pairs.count + 1)
        guard Int(next) < maximumPairs else { return 0 }
        guard init_extended_pair(next, key.foreground, key.background) != ERR else { return 0 }
        pairs[key] = next
        return next
    }

    /// The curses colour number for `color` on this terminal.
    private func number(_ color: Color) -> Int32 {
        switch color {
        case .terminalDefault:
            return -1
        case .indexed(let index):
            if isDirect && index >= 8 {
                let (r, g, b) = Palette.rgb(ofIndex: index)
                return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
            }
            if Int(index) < colors { return Int32(index) }
            if index < 16 && colors >= 8 { return Int32(index - 8) }
            let (r, g, b) = Palette.rgb(ofIndex: index)
            return Int32(Palette.nearest16(r, g, b) % 8)
        case .rgb(let r, let g, let b):
            if isDirect { return Int32(r) << 16 | Int32(g) << 8 | Int32(b) }
            if colors >= 256 { return Int32(Palette.nearest256(r, g, b)) }
            return Int32(Palette.nearest16(r, g, b) % UInt8(Swift.max(1, Swift.min(colors, 16))))
        }
    }
}
