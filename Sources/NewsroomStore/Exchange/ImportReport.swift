import Foundation
import NewsroomCore

/// What one file's import did: how many events were added, how many were already in the store,
/// and every line that could not be used with the reason. The command line prints it, the inbox
/// writes it beside the rejected lines.
public struct ImportReport: Sendable, Codable, Equatable {
    /// The file as the user named it (a path, or the file name for the inbox).
    public var file: String
    /// Events committed by this import, not counting the triage's classifications of them.
    public var imported: Int
    /// Imported comments the rule-based triage classified (a `comment.classified` each).
    public var classified: Int = 0
    /// Events (or records) skipped because the store already held them: re-importing changes nothing.
    public var duplicates: Int
    /// Lines (or CSV records) that could not be imported, in file order.
    public var rejected: [RejectedLine]

    public init(file: String, imported: Int = 0, duplicates: Int = 0, rejected: [RejectedLine] = []) {
        self.file = file
        self.imported = imported
        self.duplicates = duplicates
        self.rejected = rejected
    }

    /// One line for a human: `comments.csv: 12 imported, 1 already known, 2 rejected`.
    public var summary: String {
        "\(PrintableText.line(file)): \(imported) imported, \(duplicates) already known, \(rejected.count) rejected"
    }
}

/// A line (or the CSV record starting on it) that was not imported, and why, in the form editors
/// and compilers use (`file:line: reason`), so it can be found and fixed.
public struct RejectedLine: Sendable, Codable, Error, Equatable, CustomStringConvertible {
    public var file: String
    /// The physical line (1-based) where the line or record starts.
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// One line however the file is named or what the line held: a name or value from outside
    /// cannot forge another line of a report.
    public var description: String { "\(PrintableText.line(file)):\(line): \(PrintableText.line(reason))" }
}

/// How far an import has come, for a progress line on a terminal (rows, rate, time left).
/// Reported at most about ten times a second, and once at the end.
public struct ImportProgress: Sendable, Equatable {
    /// Lines or records read so far (good and rejected).
    public var rows: Int
    public var totalBytes: Int
    public var bytesRead: Int
    /// Seconds since the file was opened.
    public var elapsed: Double
    /// Set while another writer holds the store: how long this import has waited for it so far.
    public var waitingForStore: Double?

    public init(rows: Int, totalBytes: Int, bytesRead: Int, elapsed: Double, waitingForStore: Double? = nil) {
        self.rows = rows
        self.totalBytes = totalBytes
        self.bytesRead = bytesRead
        self.elapsed = elapsed
        self.waitingForStore = waitingForStore
    }

    /// Seconds still to go at the rate so far, once there is a rate to go by.
    public var estimatedRemaining: Double? {
        guard bytesRead > 0, elapsed > 0.5, totalBytes >= bytesRead else { return nil }
        return elapsed * Double(totalBytes - bytesRead) / Double(bytesRead)
    }
}
