extension FuzzTarget {
    /// `newsroom ingest` of a CSV file: header detection, separators, quotes spanning lines,
    /// German headers and numbers, Windows-1252.
    static let csv = FuzzTarget("csv", "CSV import (comments, share metrics, mention counts)") { bytes throws(FuzzFailure) in
        try ImportInvariants.check(bytes, format: .csv)
    }
}
