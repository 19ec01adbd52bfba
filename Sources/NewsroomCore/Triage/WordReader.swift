import Foundation

/// Reads the words of a text scalar by scalar, straight from its UTF-8 bytes, for `TriageText`:
/// what counts as a letter, what joins a word and what ends one. No regular expressions and no
/// per-character strings, so a comment costs microseconds.
struct WordReader {
    let bytes: [UInt8]
    let masked: [Bool]
    private var i = 0
    private var raw: [UInt8] = []
    private var start = 0
    private var end = 0
    private var letters = 0
    private var digits = 0
    private var upper = 0
    private var firstUpper = false
    private var lastLetter: UInt8 = 0
    private var run = 0
    private var elongated = false
    private var leet = false
    private var partLength = 0
    private var sentence = 0

    init(bytes: [UInt8], masked: [Bool]) {
        self.bytes = bytes
        self.masked = masked
        raw.reserveCapacity(32)
    }

    mutating func read(into text: inout TriageText) {
        while i < bytes.count {
            if !masked.isEmpty, masked[i] {
                finish(&text)
                i += 1
                continue
            }
            let (v, length) = decode(i)
            let span = i..<(i + length)
            i += length
            handle(v, span: span, text: &text)
        }
        finish(&text)
    }

    // MARK: One scalar

    private mutating func handle(_ v: UInt32, span: Range<Int>, text: inout TriageText) {
        switch v {
        case 0x61...0x7A: addLetter(UInt8(v), upper: false, span: span)
        case 0x41...0x5A: addLetter(UInt8(v) | 0x20, upper: true, span: span)
        case 0x30...0x39: addDigit(UInt8(v), span: span)
        case 0x2D, 0x2A, 0x3A, 0x5F, 0xB7:
            if lastIsLetter, letterFollows(span.upperBound) { partLength = 0 } else { finish(&text) }
        case 0x2E, 0x2C:
            if raw.last.map(TriageScan.isDigit) == true, digitFollows(span.upperBound) { return }
            if v == 0x2E, lastIsLetter, partLength == 1, letterFollows(span.upperBound),
               !letterFollows(span.upperBound + decode(span.upperBound).1) {
                partLength = 0
                return
            }
            finish(&text)
            if v == 0x2E { sentence += 1 }
        case 0x27, 0x60, 0xB4, 0x2018, 0x2019: apostrophe(span: span, text: &text)
        case 0x24, 0x40, 0x21:
            if lastIsLetter, v == 0x24 || letterFollows(span.upperBound) {
                leet = true
                addLetter(v == 0x24 ? UInt8(ascii: "s") : v == 0x40 ? UInt8(ascii: "a") : UInt8(ascii: "i"), upper: false, span: span)
                return
            }
            finish(&text)
            if v == 0x21 {
                text.note { s in
                    s.exclamations += 1
                    if span.lowerBound > 0, bytes[span.lowerBound - 1] == 0x21,
                       span.lowerBound < 2 || bytes[span.lowerBound - 2] != 0x21 { s.exclamationRuns += 1 }
                }
                sentence += 1
            }
        case 0x3F:
            finish(&text)
            text.note { s in
                s.questionMarks += 1
                if s.firstQuestionMark == nil { s.firstQuestionMark = span.lowerBound }
            }
            sentence += 1
        case 0x0A, 0x2026:
            finish(&text)
            sentence += 1
        case 0x7C:
            finish(&text)
            if i + 4 <= bytes.count, bytes[i..<(i + 4)].elementsEqual("LBR|".utf8) {
                i += 4
                sentence += 1
            }
        case 0x00...0x7F: finish(&text)
        case 0x0300...0x036F:
            if v == 0x0308, let last = raw.last, last == UInt8(ascii: "a") || last == UInt8(ascii: "o") || last == UInt8(ascii: "u") {
                raw.append(UInt8(ascii: "e"))
                end = span.upperBound
            }
        case 0xAD, 0x200B...0x200D, 0x2060, 0xFE0E, 0xFE0F, 0x1F3FB...0x1F3FF: break
        case 0xFF01...0xFF5E: handle(v - 0xFEE0, span: span, text: &text)
        case 0xB2, 0xB3, 0xB9, 0x2070...0x209F, 0x2100...0x214F, 0x2460...0x24FF, 0xFB00...0xFB06, 0x1D400...0x1D7FF, 0x1F130...0x1F149:
            guard let scalar = Unicode.Scalar(v) else { return }
            for mapped in String(Character(scalar)).precomposedStringWithCompatibilityMapping.unicodeScalars where mapped.value != v {
                handle(mapped.value, span: span, text: &text)
            }
        default:
            if let folded = Self.latin(v) {
                addLetter(folded.0, upper: folded.upper, span: span)
                if folded.1 != 0 {
                    addLetter(folded.1, upper: false, span: span)
                    partLength -= 1
                }
            } else if Self.isEmoji(v) {
                finish(&text)
                text.note { $0.emoji.append((v, span)) }
            } else if let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic {
                if raw.isEmpty { start = span.lowerBound }
                raw += Array(scalar.properties.lowercaseMapping.utf8)
                letters += 1
                if scalar.properties.isUppercase { upper += 1 }
                end = span.upperBound
                lastLetter = 0
            } else {
                finish(&text)
            }
        }
    }

    private var lastIsLetter: Bool { raw.last.map { $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x80 } ?? false }

    private mutating func addLetter(_ c: UInt8, upper isUpper: Bool, span: Range<Int>) {
        if raw.isEmpty {
            start = span.lowerBound
            firstUpper = isUpper
        }
        if c == lastLetter {
            run += 1
            if run >= 3 { elongated = true }
        } else {
            run = 1
            lastLetter = c
        }
        raw.append(c)
        letters += 1
        partLength += 1
        if isUpper { upper += 1 }
        end = span.upperBound
    }

    private mutating func addDigit(_ c: UInt8, span: Range<Int>) {
        if raw.isEmpty { start = span.lowerBound }
        raw.append(c)
        digits += 1
        lastLetter = 0
        end = span.upperBound
    }

    /// English contractions become the words they stand for ("don't" → "do not", "I'll" → "I
    /// will"), so negation and threat patterns see them; other apostrophes join the word.
    private mutating func apostrophe(span: Range<Int>, text: inout TriageText) {
        guard lastIsLetter, letterFollows(span.upperBound) else { finish(&text); return }
        var j = span.upperBound
        var suffix: [UInt8] = []
        while j < bytes.count, TriageScan.isLetter(bytes[j]), suffix.count < 4 {
            suffix.append(bytes[j] | 0x20)
            j += 1
        }
        let whole = j >= bytes.count || !TriageScan.isLetter(bytes[j])
        let expansion: String?
        switch whole ? String(decoding: suffix, as: UTF8.self) : "" {
        case "t" where raw.last == UInt8(ascii: "n"):
            raw.removeLast()
            letters -= 1
            expansion = "not"
        case "ll": expansion = "will"
        case "re": expansion = "are"
        case "m": expansion = "am"
        case "ve": expansion = "have"
        case "d": expansion = "would"
        case "s": expansion = ""
        default: expansion = nil
        }
        guard let expansion else { partLength = 0; return }
        finish(&text)
        if !expansion.isEmpty {
            text.append(token: Array(expansion.utf8), span: span.lowerBound..<j, sentence: sentence, flags: [])
        }
        i = j
    }

    private mutating func finish(_ text: inout TriageText) {
        defer {
            raw.removeAll(keepingCapacity: true)
            letters = 0; digits = 0; upper = 0; run = 0; lastLetter = 0
            elongated = false; leet = false; firstUpper = false; partLength = 0
        }
        guard !raw.isEmpty else { return }
        var flags: TriageToken.Flags = []
        let numberWithUnit = TriageScan.isDigit(raw[0]) && letters <= 3 && !raw.drop { TriageScan.isDigit($0) }.contains(where: TriageScan.isDigit)
        if digits > 0, letters >= 1, letters + digits >= 3, !numberWithUnit {
            for k in raw.indices {
                switch raw[k] {
                case UInt8(ascii: "0"): raw[k] = UInt8(ascii: "o")
                case UInt8(ascii: "1"): raw[k] = UInt8(ascii: "i")
                case UInt8(ascii: "3"): raw[k] = UInt8(ascii: "e")
                case UInt8(ascii: "4"): raw[k] = UInt8(ascii: "a")
                case UInt8(ascii: "5"): raw[k] = UInt8(ascii: "s")
                case UInt8(ascii: "7"): raw[k] = UInt8(ascii: "t")
                case UInt8(ascii: "8"): raw[k] = UInt8(ascii: "b")
                default: break
                }
            }
            leet = true
        } else if TriageScan.isDigit(raw[0]) {
            flags.insert(.number)
        }
        if leet { flags.insert(.leet) }
        if firstUpper { flags.insert(.capitalised) }
        if letters >= 2, upper == letters { flags.insert(.allCaps) }
        if elongated { flags.insert(.elongated) }
        text.note { s in
            s.letters += letters
            s.upperLetters += upper
        }
        text.append(token: raw, span: start..<end, sentence: sentence, flags: flags)
    }

    // MARK: Bytes

    private func decode(_ k: Int) -> (UInt32, Int) {
        let b0 = bytes[k]
        func cont(_ o: Int) -> UInt32 { k + o < bytes.count ? UInt32(bytes[k + o] & 0x3F) : 0 }
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0 { return ((UInt32(b0 & 0x1F) << 6) | cont(1), 2) }
        if b0 < 0xF0 { return ((UInt32(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3) }
        return ((UInt32(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4)
    }

    private func letterFollows(_ k: Int) -> Bool {
        guard k < bytes.count, masked.isEmpty || !masked[k] else { return false }
        let (v, _) = decode(k)
        if v < 0x80 { return TriageScan.isLetter(UInt8(v)) }
        if Self.latin(v) != nil { return true }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    private func digitFollows(_ k: Int) -> Bool { k < bytes.count && TriageScan.isDigit(bytes[k]) }

    /// Latin letters with diacritics, lowercased and spelt in ASCII: umlauts and ß spelt out
    /// (ä→ae, ß→ss), other accents dropped (é→e).
    static func latin(_ v: UInt32) -> (UInt8, UInt8, upper: Bool)? {
        let upper = (0xC0...0xDE).contains(v) || (v >= 0x100 && v.isMultiple(of: 2) && v != 0x130 && v != 0x138)
        func one(_ c: Character) -> (UInt8, UInt8, upper: Bool) { (c.asciiValue ?? 0, 0, upper) }
        func two(_ c: Character, _ d: Character) -> (UInt8, UInt8, upper: Bool) { (c.asciiValue ?? 0, d.asciiValue ?? 0, upper) }
        switch v {
        case 0xC4, 0xE4, 0xC6, 0xE6: return two("a", "e")
        case 0xD6, 0xF6, 0x152, 0x153: return two("o", "e")
        case 0xDC, 0xFC: return two("u", "e")
        case 0xDF: return (UInt8(ascii: "s"), UInt8(ascii: "s"), false)
        case 0x1E9E: return (UInt8(ascii: "s"), UInt8(ascii: "s"), true)
        case 0xC0...0xC3, 0xC5, 0xE0...0xE3, 0xE5, 0x100...0x105: return one("a")
        case 0xC7, 0xE7, 0x106...0x10D: return one("c")
        case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return one("e")
        case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return one("i")
        case 0xD1, 0xF1, 0x143...0x148: return one("n")
        case 0xD2...0xD5, 0xD8, 0xF2...0xF5, 0xF8, 0x14C...0x151: return one("o")
        case 0xD9...0xDB, 0xF9...0xFB, 0x168...0x173: return one("u")
        case 0xDD, 0xFD, 0xFF: return one("y")
        case 0x15A...0x161: return one("s")
        case 0x179...0x17E: return one("z")
        case 0x141, 0x142: return one("l")
        default: return nil
        }
    }

    static func isEmoji(_ v: UInt32) -> Bool {
        v >= 0x1F000 || (0x2600...0x27BF).contains(v) || (0x2B00...0x2BFF).contains(v) || (0x2300...0x23FF).contains(v)
            || (0x2190...0x21FF).contains(v)
    }
}
