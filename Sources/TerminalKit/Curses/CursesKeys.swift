import CNcursesw

/// Decodes what `get_wch` returns into `Key` values.
enum CursesKeys {
    static let codes: [Int32: Key] = {
        var table: [Int32: Key] = [
            KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
            KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
            KEY_IC: .insert, KEY_DC: .delete, KEY_BACKSPACE: .backspace,
            KEY_BTAB: .backTab, KEY_ENTER: .enter, KEY_RESIZE: .resize,
        ]
        for number in 1...12 { table[cn_key_f(Int32(number))] = .function(number) }
        return table
    }()

    /// The key for a function-key code (`rc == KEY_CODE_YES`).
    static func key(code: Int32) -> Key? {
        codes[code]
    }

    /// The key for a character (`rc == OK`); other C0 and the C1 controls are no keys.
    static func key(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            return .ctrl(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0..<32, 0x80...0x9F:
            return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
