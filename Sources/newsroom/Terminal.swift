import Foundation

/// Writing to the terminal: results to standard output, warnings and progress to standard error.
/// Everything a person reads goes through here and `PrintableText`, terminal or pipe, so text from
/// outside never reaches a terminal as an escape sequence; JSON keeps escaping.
enum Terminal {
    static func out(_ text: String) {
        write(PrintableText.text(text))
    }

    static func warn(_ text: String) {
        FileHandle.standardError.write(Data("warning: \(PrintableText.text(text))\n".utf8))
    }

    /// A line of JSON that is already encoded (C0 escaped): its other unsafe scalars get `\u` escapes.
    static func jsonLine(_ text: String) {
        write(PrintableText.json(text))
    }

    private static func write(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// A progress line that rewrites itself; only on a terminal.
    static func progress(_ text: String) {
        guard HostEnvironment.stderrIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1b}[K\(PrintableText.line(text))".utf8))
    }

    static func endProgress() {
        guard HostEnvironment.stderrIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1b}[K".utf8))
    }

    /// Prints a JSON value (sorted keys, numbers as numbers).
    static func json(_ value: Any) throws {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        write(PrintableText.json(String(decoding: data, as: UTF8.self)))
    }

    /// Prints an Encodable as JSON with the event conventions (RFC 3339 times, sorted keys).
    static func json<T: Encodable>(encodable value: T) throws {
        let encoder = EventJSONPretty.encoder
        write(PrintableText.json(String(decoding: try encoder.encode(value), as: UTF8.self)))
    }
}

import NewsroomCore

enum EventJSONPretty {
    static var encoder: JSONEncoder {
        let e = EventJSON.encoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }
}

/// An optional as a JSON value: the value, or `null`.
func nullable<T>(_ value: T?) -> Any { value.map { $0 as Any } ?? NSNull() }
