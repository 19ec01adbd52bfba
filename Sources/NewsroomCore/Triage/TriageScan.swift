/// Finds what is not a word before the words are read: links, e-mail addresses, phone numbers,
/// document ids, file paths and @mentions. Their bytes are masked, so "bit.ly/reich-werden" does
/// not turn into words, and the finds become signals for spam, doxxing and trade secrets.
enum TriageScan {
    static let topLevelDomains: Set<String> = [
        "com", "de", "net", "org", "ly", "io", "info", "biz", "eu", "at", "ch", "co", "me", "shop", "xyz", "app",
        "example", "tv", "gl", "to", "link", "online", "uk", "us", "ru", "nl", "fr", "site", "club",
    ]

    /// Fills `signals` and returns which bytes to skip when reading words (empty if none).
    static func scan(_ bytes: [UInt8], into signals: inout TriageSignals) -> [Bool] {
        var masked: [Bool] = []
        func mask(_ range: Range<Int>) {
            if masked.isEmpty { masked = [Bool](repeating: false, count: bytes.count) }
            for i in range { masked[i] = true }
        }
        var i = 0
        let n = bytes.count
        while i < n {
            while i < n, isSpace(bytes[i]) { i += 1 }
            let start = i
            while i < n, !isSpace(bytes[i]) { i += 1 }
            guard i > start else { continue }
            var s = start, e = i
            while s < e, isLeadingPunctuation(bytes[s]) { s += 1 }
            while e > s, isTrailingPunctuation(bytes[e - 1]) { e -= 1 }
            guard e > s else { continue }
            let range = s..<e
            switch chunkKind(bytes, range) {
            case .mention: signals.mentions += 1; mask(range)
            case .link: signals.links.append(range); mask(range)
            case .email: signals.emails.append(range); mask(range)
            case .documentID: signals.documentIDs.append(range); mask(range)
            case .path: signals.paths.append(range); mask(range)
            case .word: break
            }
        }
        for range in phoneNumbers(bytes) {
            signals.phones.append(range)
            mask(range)
        }
        return masked
    }

    private enum ChunkKind { case word, mention, link, email, documentID, path }

    private static func chunkKind(_ b: [UInt8], _ r: Range<Int>) -> ChunkKind {
        if b[r.lowerBound] == UInt8(ascii: "@") { return r.count > 1 ? .mention : .word }
        var at = -1, slashes = 0, dots = 0, hyphens = 0, digits = 0, upperRun = 0, longestUpperRun = 0
        var ascii = true
        for i in r {
            let c = b[i]
            if c >= 0x80 { ascii = false }
            switch c {
            case UInt8(ascii: "@"): at = i
            case UInt8(ascii: "/"): slashes += 1
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: "-"), UInt8(ascii: "_"): hyphens += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            default: break
            }
            if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(c) {
                upperRun += 1
                longestUpperRun = max(longestUpperRun, upperRun)
            } else {
                upperRun = 0
            }
        }
        if starts(b, r, "http://") || starts(b, r, "https://") || starts(b, r, "www.") || contains(b, r, "://") { return .link }
        if at > r.lowerBound, at < r.upperBound - 3, isAlphanumeric(b[at - 1]), dots > 0, b[(at + 1)..<r.upperBound].contains(UInt8(ascii: ".")) {
            return .email
        }
        if ascii, dots > 0, isDomain(b, r, hasPath: slashes > 0) { return .link }
        if ascii, b[r.lowerBound] == UInt8(ascii: "/"), slashes >= 2, r.count >= 4 { return .path }
        if ascii, longestUpperRun >= 2, digits >= 3, hyphens + slashes >= 1, r.count >= 5,
           r.allSatisfy({ isAlphanumeric(b[$0]) || b[$0] == UInt8(ascii: "-") || b[$0] == UInt8(ascii: "_") || b[$0] == UInt8(ascii: "/") }) {
            return .documentID
        }
        return .word
    }

    /// `host.tld` or `host.tld/path`, the host made of letters, digits and hyphens.
    private static func isDomain(_ b: [UInt8], _ r: Range<Int>, hasPath: Bool) -> Bool {
        let hostEnd = r.firstIndex { b[$0] == UInt8(ascii: "/") } ?? r.upperBound
        var labels: [Range<Int>] = []
        var labelStart = r.lowerBound
        for i in r.lowerBound...hostEnd {
            if i == hostEnd || b[i] == UInt8(ascii: ".") {
                guard i > labelStart else { return false }
                labels.append(labelStart..<i)
                labelStart = i + 1
            } else if !(isAlphanumeric(b[i]) || b[i] == UInt8(ascii: "-")) {
                return false
            }
        }
        guard labels.count >= 2, let last = labels.last, (2...8).contains(last.count),
              last.allSatisfy({ isLetter(b[$0]) }) else { return false }
        let tld = String(decoding: b[last], as: UTF8.self).lowercased()
        return topLevelDomains.contains(tld) || (hasPath && last.count <= 6 && b[labels[0]].allSatisfy { !isUpper($0) })
    }

    /// Runs of 9 to 15 digits that start with `+` or `0`, grouped by single spaces, slashes,
    /// hyphens or brackets: "0170 5550123", "+49 (40) 555-0123".
    static func phoneNumbers(_ b: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            let startsNumber = (c == UInt8(ascii: "+") && i + 1 < n && isDigit(b[i + 1])) || (c == UInt8(ascii: "0") || c == UInt8(ascii: "("))
            let boundary = i == 0 || !(isAlphanumeric(b[i - 1]) || b[i - 1] == UInt8(ascii: ".") || b[i - 1] == UInt8(ascii: ","))
            guard startsNumber, boundary else { i += 1; continue }
            var j = i + (c == UInt8(ascii: "+") || c == UInt8(ascii: "(") ? 1 : 0)
            if c == UInt8(ascii: "("), !(j < n && b[j] == UInt8(ascii: "0")) { i += 1; continue }
            var digits = 0, end = j
            while j < n {
                if isDigit(b[j]) {
                    digits += 1
                    j += 1
                    end = j
                } else if isPhoneSeparator(b[j]), j + 1 < n, isDigit(b[j + 1]) || (b[j] == UInt8(ascii: " ") && b[j + 1] == UInt8(ascii: "(")) {
                    j += 1
                } else if b[j] == UInt8(ascii: ")") {
                    j += 1
                } else {
                    break
                }
            }
            if (9...15).contains(digits), !(end < n && isAlphanumeric(b[end])) {
                found.append(i..<end)
                i = end
            } else {
                i = max(end, i + 1)
            }
        }
        return found
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    static func isLetter(_ c: UInt8) -> Bool { isUpper(c) || (c >= 0x61 && c <= 0x7A) }
    static func isAlphanumeric(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) }
    private static func isPhoneSeparator(_ c: UInt8) -> Bool {
        c == UInt8(ascii: " ") || c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")")
    }
    private static func isLeadingPunctuation(_ c: UInt8) -> Bool { "([{\"'<".utf8.contains(c) }
    private static func isTrailingPunctuation(_ c: UInt8) -> Bool { ".,;:!?)]}\"'>".utf8.contains(c) }

    private static func starts(_ b: [UInt8], _ r: Range<Int>, _ prefix: StaticString) -> Bool {
        let p = prefix.utf8Start
        guard r.count >= prefix.utf8CodeUnitCount else { return false }
        for k in 0..<prefix.utf8CodeUnitCount where b[r.lowerBound + k] | 0x20 != p[k] | 0x20 { return false }
        return true
    }

    private static func contains(_ b: [UInt8], _ r: Range<Int>, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard r.count >= count else { return false }
        for s in r.lowerBound...(r.upperBound - count) where starts(b, s..<r.upperBound, needle) { return true }
        return false
    }
}
