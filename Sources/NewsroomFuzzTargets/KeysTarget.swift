import TerminalKit

extension FuzzTarget {
    /// Terminal input: characters (as UTF-8) into keys (Esc, Alt, bracketed paste), and the
    /// terminal's answers to the background and device-attributes queries. A paste stays within
    /// its limit with `\r` made `\n`; no key holds a control character; a key shown in a hint reads back as the same key.
    static let keys = FuzzTarget("keys", "key decoder and terminal replies") { bytes throws(FuzzFailure) in
        _ = TerminalBackground.fromReply(bytes)
        _ = BackgroundQuery.hasDeviceAttributes(bytes)
        let characters = String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
        let keys = KeyDecoder.keys(characters)
        try expect(keys.count <= characters.count, "\(keys.count) keys from \(characters.count) characters")
        for key in keys {
            switch key {
            case .paste(let text):
                try expect(text.unicodeScalars.count <= 64 * 1024, "a paste of \(text.unicodeScalars.count) characters")
                try expect(!text.unicodeScalars.contains("\r"), "a paste holds a carriage return: \(text.debugDescription)")
            case .character(let c), .alt(let c):
                try expect(!c.unicodeScalars.contains { KeyDecoder.isControl($0.value) }, "the key \(key) holds a control character")
                // Whitespace other than the space bar has no notation of its own.
                if c != " ", c.isWhitespace { continue }
                try FuzzTarget.expectNotation(key)
            case .mouse, .resize:
                break
            default:
                try FuzzTarget.expectNotation(key)
            }
        }
    }

    /// A key shown in a hint (`M-Space`, `C-l`, `F1`) reads back as the same key.
    private static func expectNotation(_ key: Key) throws(FuzzFailure) {
        let back = Key(notation: key.description)
        try expect(back == key, "the key \(key) is shown as '\(key.description)', which reads back as \(back.map { "\($0)" } ?? "no key")")
    }
}
