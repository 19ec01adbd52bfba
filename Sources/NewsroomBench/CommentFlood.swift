import Foundation
import NewsroomCore

/// Many comments with their authors' personal data, posted over the 90 days before `now`, in the
/// shape a busy newsroom's history has: most answered, some classified by the model, a tenth
/// still open. For measuring that the console and the KPIs do not grow with history.
struct CommentFlood {
    private var rng = SplitMix(seed: 7)
    private let now: Date
    private let total: Int
    private let identity = ActorIdentity(actor: "import:bench", account: "bench")
    private(set) var made = 0
    /// Comment ids are `<prefix>-1` …, so a second flood into the same store adds new comments.
    private let prefix: String

    init(total: Int, now: Date, prefix: String = "flood") {
        self.total = total
        self.now = now
        self.prefix = prefix
    }

    /// The events of the next `count` comments (a comment and its moderation, if any).
    mutating func next(_ count: Int) -> [NewEvent] {
        var out: [NewEvent] = []
        for _ in 0..<min(count, total - made) {
            made += 1
            let posted = now.addingTimeInterval(-90 * 86_400 * Double(total - made) / Double(total) - 60)
            let id = CommentID("\(prefix)-\(made)")
            let ref = PersonRef("flood-p\(rng.next() % 200_000)")
            func e(_ payload: EventPayload, after seconds: Double, _ personal: PersonalData = PersonalData()) -> NewEvent {
                NewEvent(Event(time: min(now, posted.addingTimeInterval(seconds)), by: identity, payload: payload), personal: personal)
            }
            out.append(e(.commentReceived(CommentReceived(commentID: id, network: .linkedIn, authorRef: ref, authorFollowers: Int(rng.next() % 5000),
                                                          target: CommentTarget(kind: .companyPost, id: "flood-post-\(made / 100)"), postedAt: posted)),
                         after: 0,
                         PersonalData(profiles: [PersonProfile(ref: ref, network: .linkedIn, handle: "flood\(ref.rawValue)")],
                                      texts: [AuthoredText(ref: ref, subject: id.rawValue, text: "Kommentar \(made): Warum erst jetzt? 🤔", writtenAt: posted)])))
            let roll = rng.next() % 100
            if roll < 30 {
                let category = CommentCategory.allCases[Int(rng.next() % UInt64(CommentCategory.allCases.count))]
                out.append(e(.commentClassified(CommentClassified(commentID: id, category: category, scores: [category.rawValue: 0.8], source: "model:bench")),
                             after: 5))
            }
            if roll >= 10 {
                out.append(e(.commentReplied(CommentReplied(commentID: id, replyID: "flood-r\(made)", text: "Danke für die Frage …", language: "de")),
                             after: Double(60 + rng.next() % 20_000)))
            }
        }
        return out
    }
}
