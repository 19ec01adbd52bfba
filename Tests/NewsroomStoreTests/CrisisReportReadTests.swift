import Foundation
import Testing
import NewsroomCore
import NewsroomReadModel
@testable import NewsroomStore

/// The crisis report of a storm morning, worked out by hand (it is docs/kpi.md's worked example, on
/// real events), read alike from the folder store and from the events folded in memory; the level
/// set by hand wins over the counts until it is cleared.
@Suite struct CrisisReportReadTests {
    /// Tuesday 24 November 2026, 08:37:30 in Berlin: half-way through the quarter hour 08:30–08:45.
    static let now = Timestamp.parse("2026-11-24T07:37:30Z")!
    static let t0 = Bucket(containing: now).index

    /// Four past Tuesdays with 3 critical comments in every quarter hour from 06:15 to 08:45 (Berlin);
    /// this morning 3 a quarter hour on a company post, then a share of a story on grid fees draws
    /// 6 more at 08:00, 10 more at 08:15, and 5 in the current quarter hour so far: 9, 13, 5.
    static func events() -> [NewEvent] {
        var out: [NewEvent] = []
        var serial = 0
        func critical(at time: Date, on target: CommentTarget) {
            serial += 1
            let id = CommentID("c\(serial)")
            out.append(NewEvent(Event(time: time, actor: "import:linkedin", account: "root", payload: .commentReceived(
                CommentReceived(commentID: id, network: .linkedIn, authorRef: PersonRef("p\(serial)"), authorFollowers: 10,
                                target: target, postedAt: time)))))
            out.append(event(.commentClassified(CommentClassified(commentID: id, category: .criticism, source: "model:rules-v1")),
                             at: time.addingTimeInterval(1), by: "model:rules-v1"))
        }
        let company = CommentTarget(kind: .companyPost, id: "cp"), share = CommentTarget(kind: .share, id: "sh1")
        for week in 1...4 {
            for b in (t0 - 9)...(t0 + 1) {
                for i in 0..<3 { critical(at: Bucket(index: b).start.addingTimeInterval(Double(i * 60 - week * 7 * 86_400)), on: company) }
            }
        }
        out.append(event(.storyAdded(StoryAdded(storyID: "s1", content: StoryContent(headline: "Netzentgelte", topics: ["netzentgelte"]))),
                         at: now.addingTimeInterval(-7200)))
        out.append(event(.ambassadorJoined(AmbassadorJoined(ambassadorID: "a1", name: "Ada", team: "multipliers", role: "employee",
                                                            timeZone: "Europe/Berlin", topics: [], accounts: [])), at: now.addingTimeInterval(-7200)))
        out.append(event(.sharePosted(SharePosted(shareID: "sh1", ambassadorID: "a1", storyID: "s1", network: .linkedIn,
                                                  postedAt: now.addingTimeInterval(-7200), text: "#netz")), at: now.addingTimeInterval(-7200)))
        for b in (t0 - 8)...(t0 - 1) {
            for i in 0..<3 { critical(at: Bucket(index: b).start.addingTimeInterval(Double(i * 60)), on: company) }
        }
        for (b, extra) in [(t0 - 2, 6), (t0 - 1, 10), (t0, 5)] {
            for i in 0..<extra { critical(at: Bucket(index: b).start.addingTimeInterval(Double(30 + i * 40)), on: share) }
        }
        return out
    }

    @Test func theStormMorningByHand() throws {
        let folded = FoldedNewsroom(config: NewsroomConfig(), events: Self.events())
        let r = try CrisisReport.load(from: folded, at: Self.now)
        #expect(r.level == .storm && r.automatic == .storm && !r.isManual && r.isAlert)
        #expect(r.elapsed == 0.5 && r.baselineWeeks == 4)
        #expect(r.quarterHour == DateInterval(start: Timestamp.parse("2026-11-24T07:30:00Z")!, duration: 900))
        // Program: 3 … 3, 9, 13, 5 of 0.5 against median 3, spread 2 (floor): s = 0.9, 2.13, 2.2335.
        #expect(r.program.count == 5 && r.program.projected == 10)
        #expect(r.program.baseline.median == 3 && r.program.baseline.mad == 0 && r.program.baseline.samples == 12)
        #expect(abs(r.program.smoothedZ - 2.233462) < 1e-6)
        #expect(r.program.recentCount == 18 && r.program.recentUsual == 6 && r.program.excess == 17)
        #expect(r.networks.map(\.name) == ["linkedin"] && r.network?.name == "linkedin")
        // The share: 0, 6, 10, 5 of 0.5 against nothing: z 3, 5, √0.5 × 10 / 2 = 3.5355; s 0.9, 2.13, 0.3 × 3.5355 + 0.7 × 2.13 = 2.5517.
        let post = try #require(r.post)
        #expect(post.kind == .post && post.name == "share:sh1" && post.post == CommentTarget(kind: .share, id: "sh1"))
        #expect(post.signal.recentCount == 15 && post.signal.excess == 20)
        #expect(abs(post.signal.smoothedZ - 2.551660) < 1e-6)
        #expect(r.topic?.name == "netzentgelte" && r.topic?.signal.recentCount == 15)
        #expect(r.reason == "storm (smoothed z 2.2 for 2 quarter hours): 18 critical comments in the last 30 min, usually 6; "
                + "most on post share:sh1 (15), topic netzentgelte (15)")
        #expect(r.alert == "crisis 2 (storm): post share:sh1, topic netzentgelte")
        // A quarter hour before, 13 had come after 9: s = 2.13 but only one quarter hour at 2 yet.
        let before = try CrisisReport.load(from: folded, at: Self.now.addingTimeInterval(-900))
        #expect(before.automatic == .rising && before.alert == nil)
        // All 13 of 08:15 are in by then: projected 26, z = √0.5 × (26 − 3) / 2 = 8.13, s = 0.3 × 8.13 + 0.7 × 0.9 = 3.07.
        #expect(abs(before.program.smoothedZ - 3.069518) < 1e-6 && before.program.bucketsAtLevel2 == 1)
    }

    @Test func aLevelSetByHandWinsUntilCleared() throws {
        var folded = FoldedNewsroom(config: NewsroomConfig(), events: Self.events())
        folded.append([event(.crisisDeclared(CrisisDeclared(level: .allMedia, note: "Tagesschau berichtet")), at: Self.now, by: "anna")])
        let set = try CrisisReport.load(from: folded, at: Self.now)
        #expect(set.level == .allMedia && set.automatic == .storm && set.manual?.by == "anna" && set.manual?.note == "Tagesschau berichtet")
        #expect(set.alert == "crisis 6 (storm in all media), set by anna: post share:sh1, topic netzentgelte")
        #expect(set.reason == "set by hand to 6 (storm in all media) by anna at 2026-11-24 08:37: Tagesschau berichtet (from the counts: 2 (storm))")
        folded.append([event(.crisisCleared(CrisisCleared(note: "ruhiger")), at: Self.now, by: "anna")])
        let cleared = try CrisisReport.load(from: folded, at: Self.now)
        #expect(cleared.level == .storm && cleared.manual == nil)
    }

    @Test func theStoreGivesTheSameReport() throws {
        let t = try TemporaryNewsroom("crisis")
        let store = try t.create()
        var folded = FoldedNewsroom(config: store.config)
        let events = Self.events()
        for start in stride(from: 0, to: events.count, by: 97) {
            let batch = Array(events[start..<min(events.count, start + 97)])
            try store.append(batch)
            folded.append(batch)
        }
        for minutes in [-60.0, -15, 0, 7, 45, 1440, 10_080] as [Double] {
            let at = Self.now.addingTimeInterval(minutes * 60)
            #expect(try CrisisReport.load(from: store, at: at) == CrisisReport.load(from: folded, at: at), "at \(Timestamp.format(at))")
        }
        let declared = [event(.crisisDeclared(CrisisDeclared(level: .campaign, note: "Kampagne")), at: Self.now, by: "ben")]
        try store.append(declared)
        folded.append(declared)
        #expect(try CrisisReport.load(from: store, at: Self.now) == CrisisReport.load(from: folded, at: Self.now))
        #expect(try store.manualCrisisLevel()?.level == .campaign)
        // Rebuilt projections keep it.
        try store.writer.write { db in try FolderStore.rebuildProjections(db, calendar: store.config.calendar) }
        #expect(try store.manualCrisisLevel() == folded.manualCrisisLevel())
        #expect(try CrisisReport.load(from: store, at: Self.now).level == .campaign)
    }
}
