import Foundation
import Testing
@testable import NewsroomCore

/// The hand-written JSON path against Codable: on random values (every escape, control characters,
/// non-BMP characters, optional fields present and absent) both write the same bytes and each
/// reads what the other wrote to the same value.
@Suite struct FastJSONTests {
    @Test func hotBodiesAreByteForByteWhatCodableWrites() throws {
        var g = RandomValues(seed: 13)
        let encoder = EventJSON.encoder()
        let decoder = EventJSON.decoder()
        for _ in 0..<3000 {
            let payload = g.payload()
            let codable = try codableBody(payload, encoder)
            let fast = try #require(BodyJSON.encode(payload), "the fast path covers \(payload.type)")
            #expect(String(decoding: fast, as: UTF8.self) == String(decoding: codable, as: UTF8.self))
            let read = try #require(try BodyJSON.decode(type: payload.type, body: Array(codable)))
            #expect(read == payload)
            #expect(try EventPayload.decode(type: payload.type, version: 1, body: Data(fast), using: decoder) == payload)
        }
    }

    @Test func commentAndShareProjectionsAreByteForByteWhatCodableWrites() throws {
        var g = RandomValues(seed: 7)
        let encoder = EventJSON.encoder()
        let decoder = EventJSON.decoder()
        for _ in 0..<2000 {
            let comment = g.comment()
            let codable = String(decoding: try encoder.encode(comment), as: UTF8.self)
            #expect(try ProjectionJSON.text(comment, fallback: encoder) == codable)
            var r = JSONTextReader(codable)
            #expect(try ProjectionJSON.readComment(&r) == comment)
            #expect(try decoder.decode(NewsroomCore.Comment.self, from: Data(try ProjectionJSON.text(comment, fallback: encoder).utf8)) == comment)

            let share = g.share()
            let shareText = String(decoding: try encoder.encode(share), as: UTF8.self)
            #expect(try ProjectionJSON.text(share, fallback: encoder) == shareText)
            #expect(try ProjectionJSON.share(shareText, fallback: decoder) == share)
        }
    }

    @Test func everyEscapeAndNonBMPCharacterRoundTrips() throws {
        var text = ""
        for v in 0..<0x80 { text.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        text += "\u{7F}\u{80}\u{A0}\u{2028}\u{2029}\u{FEFF}\u{FFFD}😀🇩🇪👩‍👩‍👧𝄞/é\"\\"
        let body = EventPayload.commentReplied(CommentReplied(commentID: CommentID(text), replyID: text, text: text, language: "de"))
        let codable = try codableBody(body, EventJSON.encoder())
        #expect(BodyJSON.encode(body).map { Data($0) } == codable)
        #expect(try BodyJSON.decode(type: body.type, body: Array(codable)) == body)
        // JSON from other writers: escaped slashes, upper-case hex, surrogate pairs, white space.
        let foreign = #"{ "commentID" : "a\/b\u00E9\uD83D\uDE00" , "language":"de","replyID":"r","text":"\t"}"#
        let read = try BodyJSON.decode(type: "comment.replied", body: Array(foreign.utf8))
        #expect(read == .commentReplied(CommentReplied(commentID: "a/bé😀", replyID: "r", text: "\t", language: "de")))
    }

    @Test func whatTheFastPathDoesNotTakeGoesToCodable() throws {
        // A fraction for an integer, a lone surrogate, a missing field: the reader refuses, Codable decides.
        for body in [#"{"authorFollowers":1.0,"authorRef":"p","commentID":"c","network":"x","postedAt":"2026-11-24T07:30:00.000Z","target":{"id":"t","kind":"share"}}"#,
                     #"{"commentID":"\uD800","language":"de","replyID":"r","text":"t"}"#,
                     #"{"commentID":"c"}"#] {
            let type = body.contains("authorFollowers") ? "comment.received" : "comment.replied"
            #expect(throws: JSONTextReader.Unsupported.self) { try BodyJSON.decode(type: type, body: Array(body.utf8)) }
            let codable = Result { try EventPayload.decode(type: type, version: 1, body: Data(body.utf8)) }
            let expected = Result { try EventPayload.decode(type: type, version: 1, body: Data(body.utf8), using: EventJSON.decoder()) }
            #expect(String(describing: codable) == String(describing: expected))
        }
        #expect(try EventPayload.decode(type: "comment.received", version: 1, body: Data(#"{"authorFollowers":1.0,"authorRef":"p","commentID":"c","network":"x","postedAt":"2026-11-24T07:30:00.000Z","target":{"id":"t","kind":"share"}}"#.utf8)).type == "comment.received")
        #expect(throws: EventBodyError.self) { try EventPayload.decode(type: "comment.replied", version: 1, body: Data(#"{"commentID":"c"}"#.utf8)) }
    }

    @Test func logTextOfAnIDIsItsLowerCaseUUIDStringAndReadsBack() {
        for _ in 0..<1000 {
            let id = UUID()
            #expect(id.logText == id.uuidString.lowercased())
            #expect(UUID(logText: id.logText) == id)
            #expect(UUID(logText: id.uuidString) == id)
        }
    }

    @Test func idTextThatIsNoUUIDIsRefusedAsUUIDStringRefusesIt() {
        for text in ["", "not-a-uuid", "E621E1F8-C36C-495A-93FC-0C247A3E6E5", "E621E1F8-C36C-495A-93FC-0C247A3E6E5FF",
                     "E621E1F8xC36C-495A-93FC-0C247A3E6E5F", "G621E1F8-C36C-495A-93FC-0C247A3E6E5F"] {
            #expect(UUID(logText: text) == nil)
            #expect(UUID(uuidString: text) == nil)
        }
    }

    private func codableBody(_ payload: EventPayload, _ encoder: JSONEncoder) throws -> Data {
        switch payload {
        case .commentReceived(let b): return try encoder.encode(b)
        case .commentClassified(let b): return try encoder.encode(b)
        case .commentAssigned(let b): return try encoder.encode(b)
        case .commentReplied(let b): return try encoder.encode(b)
        case .commentMoved(let b): return try encoder.encode(b)
        case .sharePosted(let b): return try encoder.encode(b)
        case .shareMeasured(let b): return try encoder.encode(b)
        case .briefingDecided(let b): return try encoder.encode(b)
        case .commentHidden(let b): return try encoder.encode(b)
        case .commentEscalated(let b): return try encoder.encode(b)
        case .mentionCounted(let b): return try encoder.encode(b)
        default: throw CancellationError()
        }
    }
}

/// Random values for the hot bodies and projections, from a seeded generator.
struct RandomValues {
    private var seed: UInt64

    init(seed: UInt64) { self.seed = seed }

    mutating func next() -> UInt64 {
        seed &+= 0x9E37_79B9_7F4A_7C15
        var z = seed
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func bool() -> Bool { next() & 1 == 1 }

    /// Text drawn from every kind of character JSON treats specially, and from every plane.
    mutating func text() -> String {
        let pools: [ClosedRange<UInt32>] = [0x00...0x1F, 0x20...0x7E, 0x22...0x22, 0x5C...0x5C, 0x2F...0x2F, 0x7F...0x7F,
                                            0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF, 0x2028...0x2029]
        var s = ""
        for _ in 0..<int(0...12) {
            let pool = pools[int(0...pools.count - 1)]
            let v = pool.lowerBound + UInt32(next() % UInt64(pool.upperBound - pool.lowerBound + 1))
            if let scalar = Unicode.Scalar(v) { s.unicodeScalars.append(scalar) }
        }
        return s
    }

    mutating func maybe<T>(_ make: (inout RandomValues) -> T) -> T? { bool() ? make(&self) : nil }

    mutating func date() -> Date {
        // A time that survives the log's text form unchanged (as every time read from the log does;
        // some doubles of a millisecond do not, whichever coder writes them).
        var d = Date(timeIntervalSince1970: Double(int(0...4_000_000_000)) + Double(int(0...999)) / 1000)
        for _ in 0..<4 {
            guard let again = Timestamp.parse(Timestamp.format(d)), again != d else { return d }
            d = again
        }
        return Date(timeIntervalSince1970: d.timeIntervalSince1970.rounded(.down))
    }

    mutating func double() -> Double {
        switch int(0...4) {
        case 0: return Double(int(-1000...1000))
        case 1: return Double(int(0...1_000_000)) / 1_000_000
        case 2: return Double(bitPattern: next() & 0x7FEF_FFFF_FFFF_FFFF)
        case 3: return [0.1, 1e-7, 1e21, 1.5e16, 3e15, -0.0, 0.30000000000000004][int(0...6)]
        default: return Double(int(0...1000)) * 1e-9
        }
    }

    mutating func category() -> CommentCategory { CommentCategory.allCases[int(0...CommentCategory.allCases.count - 1)] }
    mutating func state() -> ModerationState { ModerationState.allCases[int(0...ModerationState.allCases.count - 1)] }
    mutating func target() -> CommentTarget {
        CommentTarget(kind: CommentTarget.Kind.allCases[int(0...2)], id: text())
    }
    mutating func network() -> Network { Network(["linkedin", "x", "xing", text()][int(0...3)]) }
    mutating func metrics() -> ShareMetrics {
        ShareMetrics(impressions: int(0...9_999_999), adImpressions: int(0...99), eventVisits: int(0...99), clicks: int(-5...99),
                     reactions: int(0...99), comments: int(0...99), reshares: int(0...99), visitsFromSocial: int(0...99),
                     leads: int(0...9), bookedMeetings: int(0...Int.max - 1))
    }
    mutating func scores() -> [String: Double] {
        var s: [String: Double] = [:]
        for _ in 0..<int(0...4) { s[category().rawValue] = double() }
        return s
    }
    mutating func decision() -> BriefingDecision {
        switch int(0...3) {
        case 0: return .pending
        case 1: return .share
        case 2: return .hold(reason: text())
        default: return .embargo(until: date())
        }
    }

    mutating func payload() -> EventPayload {
        switch int(0...10) {
        case 0:
            return .commentReceived(CommentReceived(commentID: CommentID(text()), network: network(), authorRef: PersonRef(text()),
                                                    authorFollowers: int(-10...10_000_000), target: target(),
                                                    parentID: maybe { CommentID($0.text()) }, postedAt: date(), language: maybe { $0.text() }))
        case 1:
            return .commentClassified(CommentClassified(commentID: CommentID(text()), category: category(),
                                                        scores: maybe { $0.scores() }, source: text()))
        case 2: return .commentAssigned(CommentAssigned(commentID: CommentID(text()), assignee: maybe { $0.text() }))
        case 3:
            return .commentReplied(CommentReplied(commentID: CommentID(text()), replyID: text(), text: text(), language: text(),
                                                  templateID: maybe { TemplateID($0.text()) }))
        case 4:
            return .commentMoved(CommentMoved(commentID: CommentID(text()), state: state(), note: maybe { $0.text() },
                                              undoes: maybe { _ in UUID() }))
        case 5:
            return .sharePosted(SharePosted(shareID: ShareID(text()), ambassadorID: AmbassadorID(text()), storyID: maybe { StoryID($0.text()) },
                                            network: network(), postedAt: date(), text: text()))
        case 6: return .shareMeasured(ShareMeasured(shareID: ShareID(text()), metrics: metrics()))
        case 7:
            return .commentHidden(CommentHidden(commentID: CommentID(text()), reason: category(), ground: text(), note: text()))
        case 8:
            return .commentEscalated(CommentEscalated(commentID: CommentID(text()), to: EscalationTarget.allCases[int(0...2)], note: text()))
        case 9:
            return .mentionCounted(MentionCounted(count: MentionCount(source: text(), topic: text(),
                                                                      date: LocalDate(year: int(1970...2100), month: int(1...12), day: int(1...28)),
                                                                      mentions: int(0...1_000_000), engagement: int(-5...1_000_000))))
        default:
            return .briefingDecided(BriefingDecided(date: LocalDate(year: int(1970...2100), month: int(1...12), day: int(1...28)),
                                                    storyID: StoryID(text()), decision: decision(), note: maybe { $0.text() },
                                                    undoes: maybe { _ in UUID() }, reasonForAmbassadors: maybe { _ in true } ?? false))
        }
    }

    mutating func comment() -> NewsroomCore.Comment {
        var c = Comment(id: CommentID(text()), network: network(), authorRef: PersonRef(text()), authorFollowers: int(0...1_000_000),
                        target: target(), parentID: maybe { CommentID($0.text()) }, threadRootID: CommentID(text()), postedAt: date(),
                        language: maybe { $0.text() }, version: Int64(int(1...Int.max - 1)))
        c.category = maybe { $0.category() }
        c.categoryScores = scores()
        c.classifiedBy = maybe { $0.text() }
        c.state = state()
        if bool() { c.visibility = .hidden(HideRecord(reason: category(), ground: text(), note: text(), by: text(), at: date())) }
        c.assignee = maybe { $0.text() }
        c.claim = maybe { Claim(holder: $0.text(), leaseUntil: $0.date()) }
        for _ in 0..<int(0...3) {
            c.replies.append(Reply(id: text(), text: text(), language: text(), by: text(), at: date(), templateID: maybe { TemplateID($0.text()) }))
        }
        for _ in 0..<int(0...2) {
            c.escalations.append(Escalation(to: EscalationTarget.allCases[int(0...EscalationTarget.allCases.count - 1)], note: text(),
                                            by: text(), at: date()))
        }
        c.resolution = maybe { Resolution(state: $0.state(), note: $0.maybe { $0.text() }, by: $0.text(), at: $0.date()) }
        c.firstResponseAt = maybe { $0.date() }
        c.firstResolvedAt = maybe { $0.date() }
        c.reopenCount = int(0...5)
        c.criticalTopics = maybe { r in (0..<r.int(0...2)).map { _ in r.text() } }
        return c
    }

    mutating func share() -> Share {
        Share(id: ShareID(text()), ambassadorID: AmbassadorID(text()), storyID: maybe { StoryID($0.text()) }, network: network(),
              postedAt: date(), text: text(), metrics: metrics(), measuredAt: maybe { $0.date() }, version: Int64(int(1...1_000_000)))
    }
}

/// Numbers the fast reader takes are exactly JSON's: found by a 5-second fuzz run in CI, which
/// gave the fast path `.043` (the standard library's parser takes it, JSON does not).
@Suite struct FastJSONNumberTests {
    func double(_ text: String) -> Double? {
        var reader = JSONTextReader(text)
        return try? reader.double()
    }

    @Test func onlyJSONNumbersAreRead() {
        for good in ["0", "-0", "0.5", "12", "-3.25", "1e3", "1E-3", "2.5e+10"] {
            #expect(double(good) == Double(good), "\(good)")
        }
        for bad in [".043", "+1", "1.", "01", "-", "1e", "1e+", "-.5", "1.5.2", "--1", "1e5e5"] {
            #expect(double(bad) == nil, "\(bad) is not JSON")
        }
    }
}
