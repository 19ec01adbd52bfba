import Foundation
import NewsroomCore

/// A deterministic stream of newsroom events of a realistic mix (stories and decisions, shares
/// and their measurements, comments and their moderation) for measuring the store.
struct SyntheticNewsroom {
    private var rng: SplitMix
    private let start: Date
    private let identity = ActorIdentity(actor: "bench", account: "bench")
    private var produced = 0
    private var storyCount = 0
    private var shareCount = 0
    private var commentCount = 0
    private let ambassadors = 200

    init(seed: UInt64, start: Date) {
        rng = SplitMix(seed: seed)
        self.start = start
    }

    /// The next `count` events, in time order, about 90 days long for a million events.
    mutating func next(_ count: Int, total: Int) -> [NewEvent] {
        var out: [NewEvent] = []
        out.reserveCapacity(count)
        while out.count < count {
            let time = start.addingTimeInterval(Double(produced) / Double(max(total, 1)) * 90 * 86_400)
            out.append(contentsOf: step(at: time))
        }
        return out
    }

    private mutating func step(at time: Date) -> [NewEvent] {
        defer { produced += 1 }
        func e(_ payload: EventPayload, _ personal: PersonalData = PersonalData()) -> NewEvent {
            NewEvent(Event(time: time, by: identity, payload: payload), personal: personal)
        }
        if produced < ambassadors {
            let id = AmbassadorID("a\(produced)")
            return [e(.ambassadorJoined(AmbassadorJoined(ambassadorID: id, name: "Ambassador \(produced)", team: NewsroomConfig.defaultTeams[produced % 6],
                                                         role: "employee", timeZone: "Europe/Berlin", topics: ["innovation"],
                                                         accounts: [NetworkAccount(network: .linkedIn, handle: "amb\(produced)", followers: 300 + produced * 7)])))]
        }
        let roll = rng.next() % 100
        let day = NewsroomCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!).localDate(of: time)
        switch roll {
        case 0..<2:
            storyCount += 1
            let id = StoryID("s\(storyCount)")
            return [e(.storyAdded(StoryAdded(storyID: id, content: StoryContent(
                headline: "Neue Fertigungslinie in Werk \(storyCount % 40) eröffnet", summary: "Zusammenfassung …", topics: ["innovation", "werk"],
                postTexts: [PostText(network: .linkedIn, text: "Stolz auf unser Team! #werkstolz")])))),
                    e(.briefingDecided(BriefingDecided(date: day, storyID: id, decision: .share)))]
        case 2..<22:
            shareCount += 1
            return [e(.sharePosted(SharePosted(shareID: ShareID("sh\(shareCount)"), ambassadorID: AmbassadorID("a\(Int(rng.next() % UInt64(ambassadors)))"),
                                               storyID: storyCount > 0 ? StoryID("s\(storyCount)") : nil, network: .linkedIn, postedAt: time,
                                               text: "Heute geteilt: #lovemagenta #werkstolz")))]
        case 22..<50 where shareCount > 0:
            let share = ShareID("sh\(1 + Int(rng.next() % UInt64(shareCount)))")
            let base = Int(rng.next() % 5000)
            return [e(.shareMeasured(ShareMeasured(shareID: share, metrics: ShareMetrics(impressions: base * 3, clicks: base / 40,
                                                                                        reactions: base / 20, comments: base / 200, reshares: base / 400,
                                                                                        visitsFromSocial: base / 100, leads: base / 2000))))]
        case 50..<80:
            commentCount += 1
            let id = "c\(commentCount)"
            let ref = PersonRef("p\(rng.next() % 20_000)")
            return [e(.commentReceived(CommentReceived(commentID: CommentID(id), network: .linkedIn, authorRef: ref, authorFollowers: Int(rng.next() % 2000),
                                                       target: CommentTarget(kind: .companyPost, id: "post-\(commentCount / 50)"), postedAt: time)),
                      PersonalData(profiles: [PersonProfile(ref: ref, network: .linkedIn, handle: "user\(ref.rawValue)")],
                                   texts: [AuthoredText(ref: ref, subject: id, text: "Warum wird das Werk erst jetzt modernisiert? 🤔", writtenAt: time)]))]
        default:
            guard commentCount > 0 else { return [] }
            let id = CommentID("c\(1 + Int(rng.next() % UInt64(commentCount)))")
            switch rng.next() % 4 {
            case 0: return [e(.commentClassified(CommentClassified(commentID: id, category: .criticism, source: "bench")))]
            case 1: return [e(.commentReplied(CommentReplied(commentID: id, replyID: UUID().uuidString, text: "Danke für die Frage …", language: "de")))]
            case 2: return [e(.commentMoved(CommentMoved(commentID: id, state: .resolved)))]
            default: return [e(.commentAssigned(CommentAssigned(commentID: id, assignee: "moderator\(rng.next() % 5)")))]
            }
        }
    }
}

/// A small, fast, seedable random number generator (SplitMix64).
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
