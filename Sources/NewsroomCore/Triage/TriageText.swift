import Foundation

/// A comment's text as the word lists read it: every word lowercased, NFKC-folded, umlauts and ß
/// spelt out (ä→ae, ß→ss), leetspeak undone ("1d10t"), letters repeated for emphasis squeezed
/// ("Iiidiooot", and every double letter, so "Scheisse" and "Scheiße" meet), and separators inside
/// a word dropped ("i.d.i.o.t", "Idiot*innen", "Lügen-Presse"). Each word remembers the bytes of
/// the original it came from, so a rule that fires can quote what it saw.
public struct TriageText: Sendable {
    public let original: String
    let bytes: [UInt8]
    private(set) var keys: [UInt8] = []
    private(set) var tokens: [TriageToken] = []
    private(set) var signals = TriageSignals()

    public init(_ text: String) {
        original = text
        bytes = Array(text.utf8)
        let masked = TriageScan.scan(bytes, into: &signals)
        var reader = WordReader(bytes: bytes, masked: masked)
        reader.read(into: &self)
        joinSpelledOutWords()
    }

    /// The key of one word as the lists spell it; how word lists are compiled.
    static func key(of word: String) -> [UInt8] {
        let text = TriageText(word)
        return text.tokens.reduce(into: []) { $0 += text.key(of: $1) }
    }

    func key(of token: TriageToken) -> ArraySlice<UInt8> { keys[Int(token.keyStart)..<Int(token.keyEnd)] }

    /// The original text of a byte span, for explanations.
    func excerpt(_ span: Range<Int>) -> String {
        String(decoding: bytes[span.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// A hash of the normalised words, so a caller can count identical texts cheaply: two texts
    /// that differ only in case, spelling tricks, links or punctuation get the same fingerprint.
    public var fingerprint: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for token in tokens {
            for b in key(of: token) { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x20) &* 0x100_0000_01b3
        }
        return hash
    }

    // MARK: Building

    mutating func append(token raw: [UInt8], span: Range<Int>, sentence: Int, flags: TriageToken.Flags) {
        let start = keys.count
        var last: UInt8 = 0
        for b in raw where !(b == last && b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) {
            keys.append(b)
            last = b
        }
        guard keys.count > start else { return }
        tokens.append(TriageToken(keyStart: Int32(start), keyEnd: Int32(keys.count), spanStart: Int32(span.lowerBound),
                                  spanEnd: Int32(span.upperBound), sentence: Int32(sentence), flags: flags))
    }

    mutating func note(_ update: (inout TriageSignals) -> Void) { update(&signals) }

    /// Three or more one-letter words in a row with at most two bytes between them ("I D I O T")
    /// are one word spelt out.
    private mutating func joinSpelledOutWords() {
        var i = 0
        var joined: [TriageToken] = []
        var changed = false
        while i < tokens.count {
            var j = i
            while j < tokens.count, tokens[j].keyLength == 1, !tokens[j].flags.contains(.number),
                  j == i || tokens[j].spanStart - tokens[j - 1].spanEnd <= 2 { j += 1 }
            if j - i >= 3 {
                let raw = tokens[i..<j].flatMap { key(of: $0) }
                let first = tokens[i]
                let start = keys.count
                keys += raw
                joined.append(TriageToken(keyStart: Int32(start), keyEnd: Int32(keys.count), spanStart: first.spanStart,
                                          spanEnd: tokens[j - 1].spanEnd, sentence: first.sentence, flags: first.flags))
                changed = true
                i = j
            } else {
                joined.append(tokens[i])
                i += 1
            }
        }
        if changed { tokens = joined }
    }
}
