import Foundation

/// A crisis level a person set by hand (`crisis.declared`), kept by the fold until someone clears
/// it (`crisis.cleared`) and the automatic level applies again. Only 5 and 6: what counts cannot see.
public struct ManualCrisisLevel: Hashable, Sendable, Codable {
    public var level: CrisisLevel
    /// Why: what the person saw (press coverage, a campaign ...).
    public var note: String
    public var by: String
    public var at: Date
    /// The `seq` of the event that set it.
    public var version: Int64

    public init(level: CrisisLevel, note: String, by: String, at: Date, version: Int64) {
        self.level = level
        self.note = note
        self.by = by
        self.at = at
        self.version = version
    }
}
