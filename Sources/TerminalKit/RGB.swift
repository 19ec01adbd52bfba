import Foundation

/// A colour as the screen lights it, for measuring how well two colours stand apart.
///
/// Contrast follows WCAG 2 (relative luminance, contrast ratio 1:1 to 21:1); palette indices are
/// measured with xterm's values (`Palette`), which most terminals keep for 16–255.
struct RGB: Hashable, Sendable, CustomStringConvertible {
    var red: UInt8
    var green: UInt8
    var blue: UInt8

    init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    static let black = RGB(0, 0, 0)
    static let white = RGB(255, 255, 255)

    var description: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// WCAG 2 relative luminance: 0 for black, 1 for white.
    var relativeLuminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055).power(2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2 contrast ratio with `other`, from 1 (the same) to 21 (black and white).
    func contrastRatio(with other: RGB) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (Swift.max(a, b) + 0.05) / (Swift.min(a, b) + 0.05)
    }

    /// Whether black stands out more on this colour than white does (luminance above about 0.18).
    var isLight: Bool {
        contrastRatio(with: .black) > contrastRatio(with: .white)
    }

    /// This colour moved `fraction` of the way towards `other` (0 keeps it, 1 gives `other`).
    func mixed(with other: RGB, _ fraction: Double) -> RGB {
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * fraction).rounded())
        }
        return RGB(mix(red, other.red), mix(green, other.green), mix(blue, other.blue))
    }
}

extension Double {
    func power(_ exponent: Double) -> Double {
        Foundation.pow(self, exponent)
    }
}

// MARK: Closeness and lightness

extension RGB {
    /// CIE L*a*b* (D65): a space where equal distances look about equally different.
    var lab: (l: Double, a: Double, b: Double) {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055).power(2.4)
        }
        let (r, g, b) = (linear(red), linear(green), linear(blue))
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? t.power(1.0 / 3) : (24389.0 / 27 * t + 16) / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    /// How different the two colours look (CIE76 ΔE; about 2.3 is just noticeable).
    func difference(from other: RGB) -> Double {
        let (p, q) = (lab, other.lab)
        return ((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b)).squareRoot()
    }

    /// Hue (degrees), saturation and lightness (0...1), as HSL defines them.
    var hsl: (hue: Double, saturation: Double, lightness: Double) {
        let (r, g, b) = (Double(red) / 255, Double(green) / 255, Double(blue) / 255)
        let high = Swift.max(r, g, b), low = Swift.min(r, g, b)
        let lightness = (high + low) / 2
        let chroma = high - low
        guard chroma > 0 else { return (0, 0, lightness) }
        let saturation = chroma / (1 - abs(2 * lightness - 1))
        var hue: Double
        switch high {
        case r: hue = ((g - b) / chroma).truncatingRemainder(dividingBy: 6)
        case g: hue = (b - r) / chroma + 2
        default: hue = (r - g) / chroma + 4
        }
        hue *= 60
        if hue < 0 { hue += 360 }
        return (hue, saturation, lightness)
    }

    /// The colour with this hue and saturation at `lightness` (0 black ... 1 white).
    func withLightness(_ lightness: Double) -> RGB {
        let (hue, saturation, _) = hsl
        let chroma = (1 - abs(2 * lightness - 1)) * saturation
        let x = chroma * (1 - abs((hue / 60).truncatingRemainder(dividingBy: 2) - 1))
        let (r, g, b): (Double, Double, Double)
        switch hue {
        case ..<60: (r, g, b) = (chroma, x, 0)
        case ..<120: (r, g, b) = (x, chroma, 0)
        case ..<180: (r, g, b) = (0, chroma, x)
        case ..<240: (r, g, b) = (0, x, chroma)
        case ..<300: (r, g, b) = (x, 0, chroma)
        default: (r, g, b) = (chroma, 0, x)
        }
        let m = lightness - chroma / 2
        func channel(_ value: Double) -> UInt8 { UInt8((Swift.min(1, Swift.max(0, value + m)) * 255).rounded()) }
        return RGB(channel(r), channel(g), channel(b))
    }
}
