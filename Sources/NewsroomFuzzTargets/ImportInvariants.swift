import NewsroomCore
import NewsroomStore

/// What holds for any JSON Lines or CSV text the importer reads: the same outcome whatever the
/// chunk size, every line number inside the text, no NUL in anything that would be stored
/// (SQLite would cut the text there), and a line over the length limit refused, never read.
enum ImportInvariants {
    static func check(_ bytes: [UInt8], format: ImportCheck.Format) throws(FuzzFailure) {
        let lines = FuzzInput.lineCount(bytes)
        let whole = read(bytes, format: format)
        let chunked = read(bytes, format: format, chunkSize: 7)
        try expect(whole == chunked,
                   "reading in 7-byte chunks changes the outcome:\n\(whole)\nversus\n\(chunked)")
        if let error = whole.error {
            try expect(error is ImportError, "the check throws something other than an ImportError: \(error)")
        }
        for outcome in whole.outcomes { try check(outcome, lines: lines) }

        let short = read(bytes, format: format, limit: 64, chunkSize: 11)
        for outcome in short.outcomes { try check(outcome, lines: lines) }
        let physical = bytes.split(separator: 10, omittingEmptySubsequences: false)
        for case .record(let line, _) in short.outcomes {
            try expect(physical[line - 1].count <= 64 + 1, "line \(line) is over the 64-byte limit but was read as a record")
        }
    }

    private struct Reading: Equatable, CustomStringConvertible {
        var outcomes: [ImportCheck.Outcome] = []
        var error: (any Error)?
        static func == (a: Reading, b: Reading) -> Bool {
            a.outcomes == b.outcomes && "\(a.error.map { "\($0)" } ?? "")" == "\(b.error.map { "\($0)" } ?? "")"
        }
        var description: String { "\(outcomes) \(error.map { "error: \($0)" } ?? "")" }
    }

    private static func read(_ bytes: [UInt8], format: ImportCheck.Format, limit: Int = 1 << 20, chunkSize: Int = 1 << 16) -> Reading {
        do {
            return Reading(outcomes: try ImportCheck.read(bytes, format: format, limit: limit, chunkSize: chunkSize).outcomes)
        } catch {
            return Reading(error: error)
        }
    }

    private static func check(_ outcome: ImportCheck.Outcome, lines: Int) throws(FuzzFailure) {
        switch outcome {
        case .rejected(let line, let reason):
            try FuzzInput.expectLine(line, within: lines, "the rejection '\(reason)'")
        case .record(let line, let texts):
            try FuzzInput.expectLine(line, within: lines, "a record")
            try expect(!texts.contains { $0.contains("\u{0}") }, "a record on line \(line) holds a NUL: \(texts)")
        case .event(let new):
            let texts = [new.event.actor, new.event.account] + new.personal.profiles.flatMap { [$0.handle, $0.displayName ?? "", $0.profileURL ?? ""] }
                + new.personal.texts.flatMap { [$0.text, $0.subject] }
            try expect(!texts.contains { $0.contains("\u{0}") }, "an event holds a NUL: \(texts)")
        }
    }
}
