import NewsroomCore

/// Where the JSON Lines and CSV readers put what they read: an `ImportSession` writes it to a
/// store, an `ImportCheck` only collects it (for the fuzz targets), so both run the very
/// same reading code.
protocol ImportSink: AnyObject {
    /// The file's name as reports show it.
    var file: String { get }
    /// The operating-system account for events that name none.
    var account: String { get }
    /// The newsroom's calendar, for local times in records.
    var calendar: NewsroomCalendar { get }
    /// A row was read (for progress).
    func row(bytesRead: Int, totalBytes: Int)
    /// A line that cannot be used, with its number and why; `original` is its bytes when kept.
    func reject(line: Int, _ reason: String, original: [UInt8]?)
    /// An event in the envelope.
    func submit(_ event: NewEvent) throws
    /// A record (without the envelope) that starts on `line`.
    func submit(_ record: ImportRecord, line: Int) throws
    /// A CSV file's header row, kept to head the file of rejected lines.
    func header(_ bytes: [UInt8])
}

extension ImportSession: ImportSink {
    var file: String { report.file }
    func header(_ bytes: [UInt8]) { rejectedOriginals?.preamble = bytes }
}
