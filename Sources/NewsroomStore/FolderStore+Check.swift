import Foundation
import GRDB
import NewsroomCore

/// What `newsroom check` found: each check with its verdict, so damage is noticed before it is
/// copied into backups and exports.
public struct StoreCheck: Sendable {
    public struct Finding: Sendable {
        public let check: String
        public let ok: Bool
        public let detail: String
    }

    public var findings: [Finding] = []
    public var isHealthy: Bool { findings.allSatisfy(\.ok) }

    mutating func add(_ check: String, ok: Bool, _ detail: String) {
        findings.append(Finding(check: check, ok: ok, detail: detail))
    }
}

extension FolderStore {
    /// Checks the database's pages (SQLite's integrity check), the log (gapless `seq`, well-formed
    /// ids, every body readable) and, with `full`, the projections against a replay of the log.
    public func check(full: Bool) throws -> StoreCheck {
        var result = StoreCheck()
        let problems: [String]
        do {
            problems = try writer.read { db in try String.fetchAll(db, sql: full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)") }
        } catch let error as DatabaseError {
            result.add("database pages", ok: false, "SQLite could not read the file: \(error.message ?? "\(error)")")
            return result
        }
        let pagesOK = problems == ["ok"]
        result.add("database pages", ok: pagesOK, pagesOK ? "SQLite's \(full ? "integrity" : "quick") check passed"
                                                        : "damaged: " + problems.prefix(5).joined(separator: "; ") + ". Restore newsroom.sqlite from a backup")
        guard pagesOK else { return result }

        let (count, first, last, badIDs) = try read { db -> (Int64, Int64, Int64, Int64) in
            let row = try Row.fetchOne(db, sql: "SELECT COUNT(*), COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM events")!
            let bad = try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE length(id) <> 36 OR id GLOB '*[^0-9a-f-]*'")!
            return (row[0], row[1], row[2], bad)
        }
        let gapless = count == 0 || (first == 1 && last == count)
        result.add("log sequence", ok: gapless, gapless ? "\(count) events, seq 1 to \(last) without a gap"
                                                      : "\(count) events, but seq runs from \(first) to \(last): events are missing")
        result.add("event ids", ok: badIDs == 0, badIDs == 0 ? "every id is a UUID" : "\(badIDs) events have an id that is not a UUID")

        var replay = full ? try replayState() : NewsroomState(calendar: config.calendar)
        try forEachPage { page in if full { replay.apply(page) } }
        let unreadable = unreadableEvents.count
        result.add("event bodies", ok: unreadable == 0, unreadable == 0 ? "every body reads" : "\(unreadable) bodies cannot be read, e.g. seq \(unreadableEvents.keys.sorted().prefix(3).map(String.init).joined(separator: ", "))")
        guard full else { return result }

        var differing: [String] = []
        for (id, story) in replay.stories where try self.story(id) != story { differing.append("story \(id)") }
        for (date, briefing) in replay.briefings where try self.briefing(on: date) != briefing { differing.append("briefing \(date)") }
        for (id, ambassador) in replay.ambassadors where try self.ambassador(id) != ambassador { differing.append("ambassador \(id)") }
        for (id, share) in replay.shares where try self.share(id) != share { differing.append("share \(id)") }
        for (id, comment) in replay.comments where try self.comment(id) != comment { differing.append("comment \(id)") }
        if try tallies().filter({ $0.value != 0 }) != replay.tallies.filter({ $0.value != 0 }) { differing.append("tallies") }
        if try manualCrisisLevel() != replay.manualCrisisLevel { differing.append("crisis level") }
        let all = Int64.min / 2..<Int64.max / 2
        for key in replay.counters.values.keys where try sum(key, over: all) != replay.counters.sum(key, over: all) { differing.append("counter \(key)") }
        result.add("projections", ok: differing.isEmpty,
                   differing.isEmpty ? "equal a replay of the whole log"
                                     : "\(differing.count) differ from a replay (\(differing.prefix(5).joined(separator: ", "))); they are rebuilt when the program's fold version changes, or restore from a backup")
        return result
    }
}
