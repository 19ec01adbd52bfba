import Foundation
import NewsroomCore

/// Reads a JSON Lines file line by line: events in the envelope, or records. Empty lines are
/// skipped; every other line that cannot be used is reported with its number and the rest imported.
enum JSONLinesImport {
    static func run(_ session: some ImportSink, reader: inout LineReader) throws {
        var seenContent = false
        while let item = try reader.next() {
            switch item {
            case .tooLong(let number, let length):
                session.row(bytesRead: reader.bytesRead, totalBytes: reader.totalBytes)
                session.reject(line: number, "the line is \(length) bytes long, more than the limit of \(reader.limit / 1_048_576) MiB: not read",
                               original: nil)
            case .line(let raw, let number, let terminated):
                let bytes = number == 1 ? Array(TextBytes.droppingBOM(raw)) : raw
                guard bytes.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { continue }
                session.row(bytesRead: reader.bytesRead, totalBytes: reader.totalBytes)
                if !seenContent, bytes.first(where: { $0 != 32 && $0 != 9 }) == UInt8(ascii: "[") {
                    throw ImportError.jsonArray(file: session.file)
                }
                seenContent = true
                do {
                    try submit(bytes, line: number, terminated: terminated, session: session)
                } catch let problem as LineProblem {
                    session.reject(line: number, problem.reason, original: raw)
                }
            }
        }
    }

    private static func submit(_ bytes: [UInt8], line: Int, terminated: Bool, session: some ImportSink) throws {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw LineProblem("the line is not valid UTF-8 (JSON Lines must be UTF-8; convert the file, e.g. with iconv -f WINDOWS-1252 -t UTF-8)")
        }
        if LineProblem.hasEscapedNUL(bytes) { throw LineProblem.nul }
        if let event = EnvelopeLine.fastEvent(bytes, defaultAccount: session.account) { return try session.submit(event) }
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes)
        } catch {
            if !terminated {
                throw LineProblem("the last line is cut off (no newline at its end, and not complete JSON): the file was truncated or is still being written")
            }
            throw LineProblem("not valid JSON" + detail(error))
        }
        guard case .object(let object) = value else {
            throw LineProblem("the line is \(value.shortDescription), not a JSON object")
        }
        let fields = JSONFields(object: object)
        if EnvelopeLine.isEnvelope(fields) {
            try session.submit(try EnvelopeLine.event(fields, defaultAccount: session.account))
        } else {
            try session.submit(try JSONRecordShapes.record(fields, calendar: session.calendar), line: line)
        }
    }

    /// The parser's own words about where the JSON breaks, when it has some.
    private static func detail(_ error: any Error) -> String {
        guard let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String else { return "" }
        return text.isEmpty ? "" : " (" + (text.count > 120 ? String(text.prefix(120)) + "…" : text) + ")"
    }
}
