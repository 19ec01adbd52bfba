/// Text as German spreadsheet programs write it: UTF-8 (with or without byte-order mark) or,
/// when the bytes are not valid UTF-8, Windows-1252, whose 0x80–0x9F hold `€ „ “ ” – …` and
/// friends rather than the control characters of Latin-1.
enum TextBytes {
    /// Removes a UTF-8 byte-order mark at the start.
    static func droppingBOM(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return bytes[3...] }
        return bytes[...]
    }

    /// UTF-8 if the bytes are valid UTF-8, else Windows-1252.
    static func decode<C: Collection<UInt8>>(_ bytes: C) -> String {
        String(validating: bytes, as: UTF8.self) ?? windows1252(bytes)
    }

    static func windows1252<C: Collection<UInt8>>(_ bytes: C) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80, byte <= 0x9F {
                scalars.append(Unicode.Scalar(high[Int(byte - 0x80)]) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Windows-1252 at 0x80...0x9F (the five unassigned positions map to U+FFFD).
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
