import Foundation

/// Reads a file's physical lines in chunks, never holding more than `limit` bytes of one line:
/// a line of megabytes is skipped and reported by its number and length, not loaded.
/// Lines end at `\n`; a `\r` before it is dropped; the last line may lack its newline.
/// Reads a file, or bytes already in memory (`ImportCheck`) in the same chunks.
struct LineReader {
    enum Item {
        /// A line's bytes (without the line break). `terminated` is false for a last line without newline.
        case line([UInt8], number: Int, terminated: Bool)
        /// A line longer than the limit, skipped; `length` in bytes.
        case tooLong(number: Int, length: Int)
    }

    static let defaultLimit = 1 << 20

    let limit: Int
    let totalBytes: Int
    private(set) var bytesRead = 0
    private let handle: FileHandle?
    private var memory: ArraySlice<UInt8>
    private let chunkSize: Int
    private var chunk: [UInt8] = []
    private var position = 0
    private var current: [UInt8] = []
    private var overlongLength: Int?
    private var lineNumber = 0
    private var atEnd = false

    init(url: URL, limit: Int = LineReader.defaultLimit, chunkSize: Int = 1 << 16) throws {
        handle = try FileHandle(forReadingFrom: url)
        memory = []
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue
        totalBytes = size ?? 0
        self.limit = limit
        self.chunkSize = chunkSize
    }

    init(bytes: [UInt8], limit: Int = LineReader.defaultLimit, chunkSize: Int = 1 << 16) {
        handle = nil
        memory = bytes[...]
        totalBytes = bytes.count
        self.limit = limit
        self.chunkSize = max(1, chunkSize)
    }

    func close() { try? handle?.close() }

    private mutating func readChunk() throws -> [UInt8] {
        guard let handle else {
            let piece = memory.prefix(chunkSize)
            memory = memory.dropFirst(piece.count)
            return Array(piece)
        }
        return [UInt8](try handle.read(upToCount: chunkSize) ?? Data())
    }

    mutating func next() throws -> Item? {
        while true {
            if position >= chunk.count {
                if atEnd { return finishLastLine() }
                let data = try readChunk()
                if data.isEmpty {
                    atEnd = true
                    continue
                }
                chunk = data
                position = 0
                bytesRead += data.count
                continue
            }
            if let newline = chunk[position...].firstIndex(of: 10) {
                let piece = chunk[position..<newline]
                position = newline + 1
                lineNumber += 1
                if let length = overlongLength {
                    overlongLength = nil
                    return .tooLong(number: lineNumber, length: length + piece.count)
                }
                if current.count + piece.count > limit {
                    let length = current.count + piece.count
                    current.removeAll(keepingCapacity: true)
                    return .tooLong(number: lineNumber, length: length)
                }
                var line = current
                line.append(contentsOf: piece)
                current.removeAll(keepingCapacity: true)
                if line.last == 13 { line.removeLast() }
                return .line(line, number: lineNumber, terminated: true)
            }
            let piece = chunk[position...]
            position = chunk.count
            if let length = overlongLength {
                overlongLength = length + piece.count
            } else if current.count + piece.count > limit {
                overlongLength = current.count + piece.count
                current = []
            } else {
                current.append(contentsOf: piece)
            }
        }
    }

    private mutating func finishLastLine() -> Item? {
        if let length = overlongLength {
            overlongLength = nil
            lineNumber += 1
            return .tooLong(number: lineNumber, length: length)
        }
        guard !current.isEmpty else { return nil }
        lineNumber += 1
        var line = current
        current = []
        if line.last == 13 { line.removeLast() }
        return .line(line, number: lineNumber, terminated: false)
    }
}
