/// Joins physical lines into CSV records: a record goes on while a quoted field is open (an odd
/// number of `"` so far), so quoted line breaks stay inside their cell. Each record keeps the
/// number of the line it starts on; a record over the line limit is reported, not loaded.
struct CSVRecordReader {
    enum Item {
        case record([UInt8], line: Int)
        /// A record that cannot be read; `original` is its bytes when they were kept.
        case problem(line: Int, reason: String, original: [UInt8]?)
    }

    private(set) var lines: LineReader
    private var buffer: [UInt8]?
    private var start = 0
    private var quotes = 0

    init(_ lines: LineReader) { self.lines = lines }

    mutating func next() throws -> Item? {
        while true {
            guard let item = try lines.next() else {
                guard let open = buffer else { return nil }
                buffer = nil
                return .problem(line: start, reason: "a quoted cell opened in this record is never closed: the file ends inside quotes", original: open)
            }
            switch item {
            case .tooLong(let number, let length):
                if buffer != nil {
                    buffer = nil
                    return .problem(line: start, reason: "the record starting here runs into line \(number), which is \(length) bytes long, "
                                    + "more than the limit of \(lines.limit / 1_048_576) MiB (an unclosed quote?): not read", original: nil)
                }
                return .problem(line: number, reason: "the line is \(length) bytes long, more than the limit of \(lines.limit / 1_048_576) MiB: not read",
                                original: nil)
            case .line(let bytes, let number, _):
                let count = bytes.reduce(0) { $1 == 34 ? $0 + 1 : $0 }
                if var open = buffer {
                    open.append(10)
                    open.append(contentsOf: bytes)
                    buffer = open
                    quotes += count
                } else {
                    buffer = bytes
                    start = number
                    quotes = count
                }
                if buffer!.count > lines.limit {
                    buffer = nil
                    return .problem(line: start, reason: "the record starting here is longer than \(lines.limit / 1_048_576) MiB "
                                    + "(an unclosed quote?): not read", original: nil)
                }
                if quotes % 2 == 0, let record = buffer {
                    buffer = nil
                    return .record(record, line: start)
                }
            }
        }
    }
}

/// Splits one CSV record into cells: `"` quotes a cell, `""` inside quotes is one `"`, the
/// separator inside quotes is text. Never evaluates anything: a cell is text.
enum CSVCells {
    static func split(_ text: String, separator: UInt8) -> [String] {
        var cells: [String] = []
        var cell: [UInt8] = []
        var inQuotes = false
        var quoted = false
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == 34 {
                    if i + 1 < bytes.count, bytes[i + 1] == 34 {
                        cell.append(34)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    cell.append(b)
                }
            } else if b == 34 && cell.isEmpty && !quoted {
                inQuotes = true
                quoted = true
            } else if b == separator {
                cells.append(String(decoding: cell, as: UTF8.self))
                cell.removeAll(keepingCapacity: true)
                quoted = false
            } else {
                cell.append(b)
            }
            i += 1
        }
        cells.append(String(decoding: cell, as: UTF8.self))
        return cells
    }

    /// The separator a header line uses: `;`, `,` or a tab, whichever occurs most outside quotes.
    static func detectSeparator(_ header: String) -> UInt8 {
        var counts: [UInt8: Int] = [59: 0, 44: 0, 9: 0]
        var inQuotes = false
        for b in header.utf8 {
            if b == 34 { inQuotes.toggle() } else if !inQuotes, counts[b] != nil { counts[b]! += 1 }
        }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }!
        return best.value > 0 ? best.key : 44
    }
}
