import Foundation
import NewsroomCore

/// Reads a CSV file: the header row decides the kind and the separator, then each record
/// (which may span lines inside quotes) becomes a record, or a rejection with the line it starts on.
enum CSVImport {
    static func run(_ session: some ImportSink, reader lines: LineReader) throws -> LineReader {
        var reader = CSVRecordReader(lines)
        var layout: CSVLayout?
        while let item = try reader.next() {
            switch item {
            case .problem(let line, let reason, let original):
                guard layout != nil else { throw ImportError.unrecognisedHeader(file: session.file, detail: reason) }
                session.row(bytesRead: reader.lines.bytesRead, totalBytes: reader.lines.totalBytes)
                session.reject(line: line, reason, original: original)
            case .record(let raw, let line):
                let bytes = layout == nil ? Array(TextBytes.droppingBOM(raw)) : raw
                let text = TextBytes.decode(bytes)
                guard let current = layout else {
                    if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                    let separator = CSVCells.detectSeparator(text)
                    layout = try CSVLayout.read(header: CSVCells.split(text, separator: separator), separator: separator, file: session.file)
                    session.header(bytes)
                    continue
                }
                let cells = CSVCells.split(text, separator: current.separator)
                if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
                session.row(bytesRead: reader.lines.bytesRead, totalBytes: reader.lines.totalBytes)
                guard cells.count == current.names.count else {
                    let reason = cells.count < current.names.count
                        ? "\(cells.count) cells, but the header has \(current.names.count) (a cell or a separator is missing)"
                        : "\(cells.count) cells, but the header has \(current.names.count) (a separator inside an unquoted cell?)"
                    session.reject(line: line, reason, original: raw)
                    continue
                }
                do {
                    if cells.contains(where: { $0.contains("\u{0}") }) { throw LineProblem.nul }
                    try session.submit(try CSVRow(layout: current, cells: cells, calendar: session.calendar).record(), line: line)
                } catch let problem as LineProblem {
                    session.reject(line: line, problem.reason, original: raw)
                }
            }
        }
        guard layout != nil else { throw ImportError.emptyFile(file: session.file) }
        return reader.lines
    }
}
