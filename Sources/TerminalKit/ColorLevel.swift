/// How many colours a terminal can show; themes are degraded to it before drawing.
///
/// Decided once from the terminal (curses `COLORS`, the `RGB` capability, `NO_COLOR`), and set by
/// hand in tests, so that every level can be checked in memory.
public enum ColorLevel: Int, Comparable, Sendable, CaseIterable {
    case monochrome = 0
    /// The eight standard colours only (`TERM=xterm`, the Linux console).
    case ansi8 = 1
    case ansi16 = 2
    case palette256 = 3
    case trueColor = 4

    public static func < (lhs: ColorLevel, rhs: ColorLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The level for a terminal that reports `colors` colours, honouring `NO_COLOR` in `environment`.
    public static func detect(colors: Int, hasRGB: Bool, environment: [String: String]) -> ColorLevel {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        if hasRGB && colors >= 1 << 24 { return .trueColor }
        if colors >= 256 { return .palette256 }
        if colors >= 16 { return .ansi16 }
        if colors >= 8 { return .ansi8 }
        return .monochrome
    }
}

extension Color {
    /// This colour as the best match a terminal at `level` can show (`nil` at `.monochrome`).
    public func degraded(to level: ColorLevel) -> Color? {
        switch (self, level) {
        case (.terminalDefault, _):
            return .terminalDefault
        case (_, .monochrome):
            return nil
        case (_, .trueColor):
            return self
        case (.indexed(let index), .palette256):
            return .indexed(index)
        case (.rgb(let r, let g, let b), .palette256):
            return .indexed(Palette.nearest256(r, g, b))
        case (.indexed(let index), .ansi16) where index < 16:
            return .indexed(index)
        case (.indexed(let index), .ansi8) where index < 8:
            return .indexed(index)
        case (_, .ansi16), (_, .ansi8):
            return .indexed(Palette.nearestANSI(shown(default: .black), bright: level == .ansi16))
        }
    }
}

/// The xterm palette, used to find the nearest colour when degrading.
enum Palette {
    static let ansi: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeSteps: [Int] = [0, 95, 135, 175, 215, 255]

    static func rgb(ofIndex index: UInt8) -> (UInt8, UInt8, UInt8) {
        switch index {
        case 0..<16:
            return ansi[Int(index)]
        case 16..<232:
            let n = Int(index) - 16
            return (UInt8(cubeSteps[n / 36]), UInt8(cubeSteps[n / 6 % 6]), UInt8(cubeSteps[n % 6]))
        default:
            let level = UInt8(8 + (Int(index) - 232) * 10)
            return (level, level, level)
        }
    }

    /// Palette entry `index` as the screen shows it.
    static func color(ofIndex index: UInt8) -> RGB {
        let (r, g, b) = rgb(ofIndex: index)
        return RGB(r, g, b)
    }

    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }

    static func nearest16(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        var best = 0
        var bestDistance = Int.max
        for (index, colour) in ansi.enumerated() {
            let d = distance((r, g, b), colour)
            if d < bestDistance { best = index; bestDistance = d }
        }
        return UInt8(best)
    }

    /// The standard colour (0–7, or 0–15 with `bright`) that keeps what `colour` means: greys
    /// stay grey (by lightness); other colours keep their hue (red, yellow, green, cyan, blue or
    /// magenta; halfway between two, the one that looks closer), bright when they are. Nearest by
    /// distance alone turns pastel green and red into grey, and a badge's meaning with them.
    static func nearestANSI(_ colour: RGB, bright: Bool) -> UInt8 {
        let (hue, _, lightness) = colour.hsl
        let high = Swift.max(colour.red, colour.green, colour.blue)
        let chroma = Double(high - Swift.min(colour.red, colour.green, colour.blue)) / 255
        if chroma < 0.25 {
            let greys: [(UInt8, Double)] = bright ? [(0, 0), (8, 0.5), (7, 0.9), (15, 1)] : [(0, 0), (7, 0.9)]
            return greys.min { abs($0.1 - lightness) < abs($1.1 - lightness) }?.0 ?? 0
        }
        let hues: [UInt8] = [1, 3, 2, 6, 4, 5]
        let offset: UInt8 = bright && high >= 230 ? 8 : 0
        let sector = hue / 60
        guard abs(sector - sector.rounded(.down) - 0.5) < 0.02 else { return hues[Int(sector.rounded()) % 6] + offset }
        let neighbours = [Int(sector.rounded(.down)) % 6, Int(sector.rounded(.up)) % 6].map { hues[$0] + offset }
        return neighbours.min { color(ofIndex: $0).difference(from: colour) < color(ofIndex: $1).difference(from: colour) } ?? hues[0]
    }

    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        func step(_ v: UInt8) -> Int {
            cubeSteps.indices.min(by: { abs(cubeSteps[$0] - Int(v)) < abs(cubeSteps[$1] - Int(v)) }) ?? 0
        }
        let (ri, gi, bi) = (step(r), step(g), step(b))
        let cubeIndex = 16 + 36 * ri + 6 * gi + bi
        let cube = (UInt8(cubeSteps[ri]), UInt8(cubeSteps[gi]), UInt8(cubeSteps[bi]))
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyIndex = min(23, max(0, (average - 3) / 10))
        let greyLevel = UInt8(8 + greyIndex * 10)
        if distance((r, g, b), (greyLevel, greyLevel, greyLevel)) < distance((r, g, b), cube) {
            return UInt8(232 + greyIndex)
        }
        return UInt8(cubeIndex)
    }
}
