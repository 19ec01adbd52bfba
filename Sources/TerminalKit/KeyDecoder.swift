/// The rules that turn what a terminal sends (characters as curses' `get_wch` returns them, after
/// curses has decoded the function keys it knows) into keys: Esc then a character is Alt plus it,
/// `Esc [200~` starts a bracketed paste, Esc before a control key (or nothing) is a lone Escape
/// and the control key stays a key of its own. One place for
/// them, so the curses backend and the fuzz target run the same code.
package enum KeyDecoder {
    /// The key after an Esc: `next` gives the next character already waiting, `nextInBody` waits
    /// a little for the rest of a paste, `pushBack` returns characters read too far.
    static func afterEscape(next: () -> UInt32?, nextInBody: () -> UInt32?, pushBack: ([UInt32]) -> Void) -> Key {
        guard let following = next() else { return .escape }
        guard !isControl(following), let scalar = Unicode.Scalar(following) else {
            pushBack([following])
            return .escape
        }
        if following == UInt32(UInt8(ascii: "[")), let paste = BracketedPaste.read(next: next, nextInBody: nextInBody, pushBack: pushBack) {
            return .paste(paste)
        }
        return .alt(Character(scalar))
    }

    /// C0, DEL and C1: never part of a key's text or a paste (except tab and newline there).
    package static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// Every key in `characters`, read as the backend reads them when they arrive at once.
    package static func keys(_ characters: [UInt32]) -> [Key] {
        var waiting = Array(characters.reversed())
        var keys: [Key] = []
        while let character = waiting.popLast() {
            if character == 27 {
                keys.append(afterEscape(next: { waiting.popLast() }, nextInBody: { waiting.popLast() },
                                        pushBack: { waiting.append(contentsOf: $0.reversed()) }))
            } else if let key = CursesKeys.key(character: character) {
                keys.append(key)
            }
        }
        return keys
    }
}
