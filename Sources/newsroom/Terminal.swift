import Foundation

/// Writing to the terminal: results to standard output, warnings and progress to standard error.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func warn(_ text: String) {
        FileHandle.standardError.write(Data("warning: \(text)\n".utf8))
    }

    /// A progress line that rewrites itself; only on a terminal.
    static func progress(_ text: String) {
        guard HostEnvironment.stderrIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1b}[K\(text)".utf8))
    }

    static func endProgress() {
        guard HostEnvironment.stderrIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1b}[K".utf8))
    }

    /// Prints a JSON value (sorted keys, numbers as numbers).
    static func json(_ value: Any) throws {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        out(String(decoding: data, as: UTF8.self))
    }

    /// Prints an Encodable as JSON with the event conventions (RFC 3339 times, sorted keys).
    static func json<T: Encodable>(encodable value: T) throws {
        let encoder = EventJSONPretty.encoder
        out(String(decoding: try encoder.encode(value), as: UTF8.self))
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
