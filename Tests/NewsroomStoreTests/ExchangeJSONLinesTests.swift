import Foundation
import Testing
import NewsroomCore
@testable import NewsroomStore

@Suite struct ExchangeJSONLinesTests {
    @Test func tornLastLineAndMalformedMiddleLineAreReportedAndTheRestImported() throws {
        let t = try TemporaryNewsroom("jsonl")
        let store = try t.create()
        let lines = [
            try envelopeLine(story("s1", headline: "Werk Süd")),
            try envelopeLine(story("s2")),
            #"{"seq":3,"id":"not json"#,
            try envelopeLine(story("s3")),
        ]
        let torn = String(try envelopeLine(story("s4")).dropLast(20))
        let url = try t.file("events.jsonl", lines.joined(separator: "\n") + "\n\n" + torn)
        let report = try t.importer(store).ingest(url)
        #expect(report.imported == 3)
        #expect(report.duplicates == 0)
        #expect(report.rejected.map(\.line) == [3, 6])
        #expect(report.rejected[0].description.hasPrefix("\(url.relativePath):3: not valid JSON"))
        #expect(report.rejected[1].reason.contains("last line is cut off"))
        #expect(try store.story("s1")?.content.headline == "Werk Süd")
        #expect(try store.story("s3") != nil)
        #expect(try store.story("s4") == nil)
    }

    @Test("a NUL inside a text is refused with file:line, never cut; an escaped backslash before u0000 is fine")
    func nulIsRefusedNotCut() throws {
        let t = try TemporaryNewsroom("jsonl-nul")
        let store = try t.create()
        let cut = try envelopeLine(story("s1", headline: "before\u{0}after"))
        #expect(cut.contains("\\u0000"), "the encoder writes the NUL as an escape")
        let fine = try envelopeLine(story("s2", headline: #"a\u0000 is six characters"#))
        let url = try t.file("nul.jsonl", [cut, fine].joined(separator: "\n") + "\n")
        let report = try t.importer(store).ingest(url)
        #expect(report.imported == 1 && report.rejected.map(\.line) == [1], "\(report.rejected)")
        #expect(report.rejected.first?.reason.contains("NUL") == true)
        #expect(try store.story("s1") == nil, "nothing was stored cut")
        #expect(try store.story("s2")?.content.headline == #"a\u0000 is six characters"#)
        let csv = try t.file("nul.csv", "network,comment id,author,text,date,post\nx,c-1,nul\u{0}tail,hallo,2026-11-24 10:00,p-1\n")
        let csvReport = try t.importer(store).ingest(csv)
        #expect(csvReport.imported == 0 && csvReport.rejected.first?.reason.contains("NUL") == true, "\(csvReport.rejected)")
    }

    @Test func wrongFieldTypesNameTheFieldAndWhatWasFound() throws {
        let t = try TemporaryNewsroom("jsonl-types")
        let store = try t.create()
        let good = try envelopeLine(story("s1"))
        let badTime = good.replacingOccurrences(of: #""time":"2026-11-24T07:30:00.000Z""#, with: #""time":42"#)
        let badBody = good.replacingOccurrences(of: #""headline":"Headline""#, with: #""headline":7"#)
        let badID = good.replacingOccurrences(of: #""id":""#, with: #""id":"x"#)
        let notObject = "[1,2]"
        let url = try t.file("types.jsonl", [good, badTime, badBody, badID, notObject, #"{"hello":"world"}"#].joined(separator: "\n") + "\n")
        let report = try t.importer(store).ingest(url)
        #expect(report.imported == 1)
        let reasons = Dictionary(uniqueKeysWithValues: report.rejected.map { ($0.line, $0.reason) })
        #expect(reasons[2] == "field 'time' must be an RFC 3339 time, found 42")
        #expect(reasons[3]?.contains("field 'body' does not fit a 'story.added' event") == true)
        #expect(reasons[3]?.contains("headline") == true)
        #expect(reasons[4]?.hasPrefix("field 'id' must be a UUID") == true)
        #expect(reasons[5]?.contains("not a JSON object") == true)
        #expect(reasons[6]?.contains("cannot tell what this line is") == true)
    }

    @Test func knownIDsAreDuplicatesAndUnknownTypesAreKept() throws {
        let t = try TemporaryNewsroom("jsonl-dup")
        let store = try t.create()
        let future = event(.unknown(type: "poll.created", version: 2, body: #"{"question":"Kaffee?"}"#))
        let url = try t.file("mixed.ndjson", try [envelopeLine(story("s1")), envelopeLine(future)].joined(separator: "\n") + "\n")
        let first = try t.importer(store).ingest(url)
        #expect(first.imported == 2)
        let second = try t.importer(store).ingest(url)
        #expect(second.imported == 0 && second.duplicates == 2 && second.rejected.isEmpty)
        let stored = try store.events(after: 0, limit: 10)
        #expect(stored.count == 2)
        #expect(stored[1].event.payload == .unknown(type: "poll.created", version: 2, body: #"{"question":"Kaffee?"}"#))
        #expect(stored[1].event.id == future.event.id)
    }

    @Test func recordsAreWrappedIntoEventsAndImportingTwiceAddsNothing() throws {
        let t = try TemporaryNewsroom("jsonl-records")
        let store = try t.create()
        try store.append([
            event(.ambassadorJoined(AmbassadorJoined(ambassadorID: "a1", name: "Anna", team: "Vertrieb", role: "employee",
                                                     timeZone: "Europe/Berlin", topics: [], accounts: []))),
            event(.sharePosted(SharePosted(shareID: "sh-1", ambassadorID: "a1", storyID: nil, network: .linkedIn, postedAt: testNow, text: "#werkstolz"))),
        ])
        let records = [
            #"{"kind":"comment","network":"LinkedIn","id":"7001","author":"@m.mueller","name":"Martina Müller","followers":1200,"text":"Stimmt das mit dem Werk?","time":"2026-11-24T07:12:00Z","on":{"kind":"share","id":"sh-1"},"language":"de","origin":"talkwalker"}"#,
            #"{"network":"linkedin","id":"7002","author":"M.Mueller","text":"Und noch was","time":"2026-11-24 08:40","parent":"7001"}"#,
            #"{"network":"x","author":"anon","text":"ohne id","time":"2026-11-24T09:00:00+01:00"}"#,
            #"{"kind":"share.metrics","share":"sh-1","measuredAt":"2026-11-24T10:00:00Z","impressions":1500,"clicks":40,"reactions":12}"#,
            #"{"kind":"mention.count","date":"2026-11-23","topic":"ki","source":"peerA","mentions":120,"engagement":900}"#,
            #"{"topic":"ki","mentions":80,"date":"2026-11-23"}"#,
            #"{"kind":"share.metrics","share":"sh-unknown","measuredAt":"2026-11-24T10:00:00Z","impressions":1}"#,
            #"{"kind":"comment","network":"x","author":"b","text":"t","time":42}"#,
        ]
        let url = try t.file("listening.jsonl", records.joined(separator: "\n") + "\n")
        let report = try t.importer(store).ingest(url)
        #expect(report.imported == 6)
        #expect(report.rejected.map(\.line) == [7, 8])
        #expect(report.rejected[0].reason.contains("share 'sh-unknown' is not in this newsroom"))
        #expect(report.rejected[1].reason.hasPrefix("field 'time' must be an RFC 3339 time"))

        let c1 = try #require(try store.comment("linkedin:7001"))
        let c2 = try #require(try store.comment("linkedin:7002"))
        #expect(c1.authorRef == c2.authorRef, "the same network and handle keep one ref")
        #expect(c1.authorRef.rawValue.hasPrefix("p-") && !c1.authorRef.rawValue.contains("mueller"))
        #expect(c1.target == CommentTarget(kind: .share, id: "sh-1"))
        #expect(c1.authorFollowers == 1200)
        #expect(c2.parentID == "linkedin:7001" && c2.threadRootID == "linkedin:7001")
        #expect(c2.postedAt == Timestamp.parse("2026-11-24T07:40:00Z"), "a local time is in the newsroom's zone")
        #expect(try store.text(of: "linkedin:7001") == "Stimmt das mit dem Werk?")
        #expect(try store.profile(c1.authorRef)?.displayName == "Martina Müller")
        #expect(try store.profile(c1.authorRef)?.handle.lowercased() == "m.mueller", "without the @")
        #expect(try store.share("sh-1")?.metrics.impressions == 1500)

        #expect(report.classified == 3, "each imported comment gets the triage's first call")
        let all = try store.events(after: 2, limit: 100).map(\.event)
        let triaged = all.filter { $0.actor == RuleClassifier.source }
        #expect(triaged.count == 3 && triaged.allSatisfy { $0.type == "comment.classified" })
        let events = all.filter { $0.actor != RuleClassifier.source }
        #expect(events.first?.actor == "import:talkwalker")
        #expect(events.dropFirst().allSatisfy { $0.actor == "import:listening" })
        #expect(events.allSatisfy { $0.account == "root" })
        for e in events {
            let body = String(decoding: try e.payload.encodedBody(), as: UTF8.self)
            #expect(!body.contains("mueller") && !body.contains("Werk?") && !body.contains("Martina"), "no personal data in a body: \(body)")
        }
        let mentions = try store.sums(of: .mentions, over: Bucket.range(covering: store.config.calendar.interval(
            from: LocalDate("2026-11-23")!, through: LocalDate("2026-11-23")!)))
        #expect(mentions[.mention(source: "peerA", topic: "ki")] == 120)
        #expect(mentions[.mention(source: "ours", topic: "ki")] == 80)

        let again = try t.importer(store).ingest(url)
        #expect(again.imported == 0)
        #expect(again.duplicates == 6)
        #expect(again.rejected.count == 2)
        #expect(try store.tallies()[.comments] == 3)
    }

    @Test func aLineOfMegabytesIsRejectedWithoutBeingLoaded() throws {
        let t = try TemporaryNewsroom("jsonl-huge")
        let store = try t.create()
        let huge = #"{"kind":"comment","network":"x","author":"a","time":"2026-11-24T07:00:00Z","text":""# + String(repeating: "x", count: 3_000_000) + #""}"#
        let url = try t.file("huge.jsonl", [try envelopeLine(story("s1")), huge, try envelopeLine(story("s2"))].joined(separator: "\n") + "\n")
        var updates: [ImportProgress] = []
        let report = try t.importer(store).ingest(url) { updates.append($0) }
        #expect(report.imported == 2)
        #expect(report.rejected.count == 1)
        #expect(report.rejected.first?.line == 2)
        #expect(report.rejected.first?.reason.contains("more than the limit of 1 MiB") == true)
        #expect(updates.last?.rows == 3)
        #expect(updates.last?.bytesRead == updates.last?.totalBytes)
    }

    @Test func aJSONArrayIsRefusedWithAHint() throws {
        let t = try TemporaryNewsroom("jsonl-array")
        let store = try t.create()
        let url = try t.file("events.json", "[\n" + (try envelopeLine(story("s1"))) + "\n]\n")
        #expect(throws: ImportError.jsonArray(file: url.relativePath)) { try t.importer(store).ingest(url) }
        #expect(throws: ImportError.self) { try t.importer(store).ingest(try t.file("notes.txt", "hello")) }
    }

    @Test func manyEventsGoInBatches() throws {
        let t = try TemporaryNewsroom("jsonl-batches")
        let store = try t.create()
        let lines = try (0..<2500).map { try envelopeLine(story("s\($0)")) }
        let url = try t.file("many.jsonl", lines.joined(separator: "\n") + "\n")
        let report = try t.importer(store).ingest(url)
        #expect(report.imported == 2500)
        #expect(try store.lastSeq() == 2500)
        #expect(try store.tallies()[.stories] == 2500)
    }
}
