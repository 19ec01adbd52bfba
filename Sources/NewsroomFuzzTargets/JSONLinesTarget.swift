import NewsroomStore

extension FuzzTarget {
    /// `newsroom ingest` of a JSON Lines file: envelopes and records, line by line; besides the
    /// import invariants, the fast path for envelope lines must read each line as the careful
    /// path does.
    static let jsonLines = FuzzTarget("jsonl", "JSON Lines import (events and records)") { bytes throws(FuzzFailure) in
        try ImportInvariants.check(bytes, format: .jsonLines)
        for line in bytes.split(separator: 10) {
            if let difference = ImportCheck.fastPathDisagreement(Array(line)) {
                throw FuzzFailure(description: "fast and careful path differ: \(difference)")
            }
        }
    }
}
