/// Bracketed paste: the terminal wraps pasted text in `Esc [200~` … `Esc [201~`, so a pasted
/// newline does not act as Enter. The text arrives as one `Key.paste`.
enum BracketedPaste {
    static let enable = "\u{1b}[?2004h"
    static let disable = "\u{1b}[?2004l"
    /// The most characters kept from one paste (the rest is read and dropped).
    static let limit = 64 * 1024

    private static let start: [UInt32] = Array("200~".unicodeScalars.map(\.value))
    private static let end: [UInt32] = Array("\u{1b}[201~".unicodeScalars.map(\.value))

    /// After `Esc [` has been read: the pasted text, or nil (then everything read after the `[`
    /// has been given back with `pushBack`). `next` returns the next character already waiting,
    /// `nextInBody` waits a little for the rest of a long paste.
    static func read(next: () -> UInt32?, nextInBody: () -> UInt32?, pushBack: ([UInt32]) -> Void) -> String? {
        var consumed: [UInt32] = []
        for expected in start {
            guard let character = next() else { pushBack(consumed); return nil }
            consumed.append(character)
            guard character == expected else { pushBack(consumed); return nil }
        }
        var text = String.UnicodeScalarView()
        var count = 0
        var matched = 0
        while matched < end.count, let character = nextInBody() {
            if character == end[matched] {
                matched += 1
                continue
            }
            if matched > 0 {
                for pending in end.prefix(matched) where count < limit {
                    text.append(Unicode.Scalar(pending) ?? "\u{FFFD}")
                    count += 1
                }
                matched = character == end[0] ? 1 : 0
                if matched == 1 { continue }
            }
            if count < limit, let scalar = Unicode.Scalar(character) {
                text.append(scalar == "\r" ? "\n" : scalar)
                count += 1
            }
        }
        return String(text)
    }
}
