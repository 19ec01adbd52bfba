import Foundation

/// Whole numbers as spreadsheets write them in German and English: `1234`, `1.234` and `1,234`
/// (a separator followed by exactly three digits groups thousands), `1.234.567`, `1 234`,
/// `1.234,0`, `12,00`. A fraction other than zero is not a whole number (`12,5` is refused).
enum LocaleNumber {
    static func whole(_ text: String) -> Int? {
        var s = text.trimmingCharacters(in: .whitespaces)
        var negative = false
        if s.hasPrefix("-") || s.hasPrefix("+") {
            negative = s.hasPrefix("-")
            s.removeFirst()
        }
        // Spaces (also non-breaking) and apostrophes only ever group thousands.
        s.removeAll { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "'" }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }

        var integerPart = s
        var fraction = ""
        let dots = s.filter { $0 == "." }.count
        let commas = s.filter { $0 == "," }.count
        if dots > 0 && commas > 0 {
            // The later one is the decimal mark.
            let decimal: Character = s.lastIndex(of: ".")! > s.lastIndex(of: ",")! ? "." : ","
            guard s.filter({ $0 == decimal }).count == 1, let mark = s.lastIndex(of: decimal) else { return nil }
            integerPart = String(s[..<mark])
            fraction = String(s[s.index(after: mark)...])
            guard grouped(integerPart, by: decimal == "." ? "," : ".") else { return nil }
        } else if dots + commas == 1 {
            let mark = s.firstIndex { $0 == "." || $0 == "," }!
            let after = s[s.index(after: mark)...]
            if after.count == 3 && mark != s.startIndex {
                integerPart = s.replacingOccurrences(of: String(s[mark]), with: "")
            } else {
                integerPart = String(s[..<mark])
                fraction = String(after)
            }
        } else if dots + commas > 1 {
            guard grouped(s, by: dots > 0 ? "." : ",") else { return nil }
        }
        integerPart.removeAll { $0 == "." || $0 == "," }
        guard !integerPart.isEmpty, fraction.allSatisfy({ $0 == "0" }), let value = Int(integerPart) else { return nil }
        return negative ? -value : value
    }

    /// Whether `1.234.567` is grouped in threes by `separator`.
    private static func grouped(_ text: String, by separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isNumber) }
    }
}
