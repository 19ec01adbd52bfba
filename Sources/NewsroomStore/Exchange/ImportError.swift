import Foundation

/// Why a whole file could not be imported (as opposed to single lines, which are reported in the
/// `ImportReport` while the rest is imported). Each says what to do.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    /// The file name's extension names no format we read.
    case unsupportedFormat(file: String, ext: String)
    case unreadable(file: String, detail: String)
    /// A named pipe, a device or a folder: reading it could block or never end.
    case notARegularFile(file: String, kind: String)
    /// A `.json` file holding one JSON array instead of one value per line.
    case jsonArray(file: String)
    /// A CSV file whose header row matches none of the record kinds.
    case unrecognisedHeader(file: String, detail: String)
    /// A CSV file without a header row.
    case emptyFile(file: String)
    /// UTF-16 text (a byte-order mark FF FE or FE FF), as "Unicode text" exports write it.
    case utf16(file: String)

    public var description: String {
        let where_ = line > 0 ? "\(file):\(line)" : file
        return "\(where_): \(reason)"
    }

    /// The file as named in the message.
    public var file: String {
        switch self {
        case .unsupportedFormat(let file, _), .unreadable(let file, _), .notARegularFile(let file, _), .jsonArray(let file), .unrecognisedHeader(let file, _),
             .emptyFile(let file), .utf16(let file):
            return file
        }
    }

    /// What is wrong and what to do, without the file name.
    public var reason: String {
        switch self {
        case .unsupportedFormat(_, let ext):
            return "cannot import '.\(ext)' files; give JSON Lines (.jsonl, .ndjson, .json) or CSV (.csv). See docs/import.md"
        case .unreadable(_, let detail):
            return "cannot be read (\(detail)); check the path and its permissions"
        case .notARegularFile(_, let kind):
            return "is \(kind), not a file; ingest reads whole files. Save the data to a file first (e.g. `cat > comments.jsonl`) and import that"
        case .jsonArray:
            return "this is one JSON array, not JSON Lines (one object a line); convert it with `jq -c '.[]' FILE > FILE.jsonl`"
        case .unrecognisedHeader(_, let detail):
            return "the header row does not say what the file holds: \(detail). See the column table in docs/import.md"
        case .emptyFile:
            return "the file is empty; a CSV file needs a header row. See docs/import.md"
        case .utf16:
            return "the file is UTF-16 text; save it as \"CSV UTF-8\" (or convert it: iconv -f UTF-16 -t UTF-8)"
        }
    }

    /// The line the problem is on, for the inbox report.
    public var line: Int {
        switch self {
        case .jsonArray, .unrecognisedHeader, .utf16: return 1
        default: return 0
        }
    }
}
