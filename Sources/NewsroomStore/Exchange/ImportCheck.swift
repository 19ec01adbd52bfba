import Foundation
import NewsroomCore

/// Reads a JSON Lines or CSV text the way `newsroom ingest` does, without a store: what each
/// line would become (an event, a record) or why it is refused. The readers are the importer's
/// own (through `ImportSink`), so the fuzz targets (or a dry run, should one be added) see
/// exactly what an import sees; records are not wrapped into events, since that needs the
/// store's people and shares.
package final class ImportCheck: ImportSink {
    package enum Format: Sendable { case jsonLines, csv }

    /// What one line (or CSV record) became.
    package enum Outcome: Hashable, Sendable {
        case event(NewEvent)
        /// A record starting on `line`, with every text it carries.
        case record(line: Int, texts: [String])
        case rejected(line: Int, reason: String)
    }

    package let file: String
    package let account = "check"
    let calendar = NewsroomConfig().calendar
    package private(set) var outcomes: [Outcome] = []
    /// The CSV header row, once read.
    package private(set) var headerRow: [UInt8]?
    package private(set) var rows = 0

    private init(file: String) { self.file = file }

    /// Reads `bytes` as `format`, in chunks of `chunkSize` with lines up to `limit` bytes (the
    /// importer's defaults unless a test wants the boundaries close). Throws `ImportError` when
    /// the text as a whole cannot be imported (a JSON array, an unknown CSV header, no content).
    package static func read(_ bytes: [UInt8], format: Format, file: String = "input",
                             limit: Int = LineReader.defaultLimit, chunkSize: Int = 1 << 16) throws -> ImportCheck {
        let check = ImportCheck(file: file)
        var reader = LineReader(bytes: bytes, limit: limit, chunkSize: chunkSize)
        switch format {
        case .jsonLines: try JSONLinesImport.run(check, reader: &reader)
        case .csv: _ = try CSVImport.run(check, reader: reader)
        }
        return check
    }

    func row(bytesRead: Int, totalBytes: Int) { rows += 1 }
    func reject(line: Int, _ reason: String, original: [UInt8]?) { outcomes.append(.rejected(line: line, reason: reason)) }
    func submit(_ event: NewEvent) throws { outcomes.append(.event(event)) }
    func submit(_ record: ImportRecord, line: Int) throws { outcomes.append(.record(line: line, texts: record.texts)) }
    func header(_ bytes: [UInt8]) { headerRow = bytes }
}

extension ImportRecord {
    /// Every text in the record, personal or not.
    var texts: [String] {
        switch self {
        case .comment(let c):
            return [c.network.name, c.author, c.text, c.target.id] + [c.id, c.displayName, c.profileURL, c.parent, c.language, c.origin].compactMap { $0 }
        case .shareMetrics(let m): return [m.shareID.rawValue] + [m.network?.name, m.origin].compactMap { $0 }
        case .mentionCount(let m): return [m.count.topic, m.count.source] + [m.origin].compactMap { $0 }
        }
    }
}

extension ImportCheck {
    /// For an envelope line the importer would parse (valid UTF-8, no escaped NUL): nil when the
    /// fast path declines it or reads the same event as the careful path, else what differs.
    package static func fastPathDisagreement(_ line: [UInt8]) -> String? {
        guard String(validating: line, as: UTF8.self) != nil, !LineProblem.hasEscapedNUL(line),
              let fast = EnvelopeLine.fastEvent(line, defaultAccount: "check") else { return nil }
        do {
            guard case .object(let object) = try JSONValue.parse(line) else { return "the fast path read a line that is no JSON object" }
            let careful = try EnvelopeLine.event(JSONFields(object: object), defaultAccount: "check")
            return careful == fast ? nil : "fast \(fast), careful \(careful)"
        } catch let problem as LineProblem {
            return "the fast path read \(fast), the careful path refuses it: \(problem.reason)"
        } catch {
            return "the fast path read \(fast), the careful path refuses it: \(error)"
        }
    }
}
