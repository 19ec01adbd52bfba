import Foundation
import NewsroomCore

/// Outside people commenting as a connector would deliver them: the demo's mix of categories,
/// mostly German, threads, a few regulars who are often rude, each comment with its author's
/// profile and text as personal data (never in the event body) and the rule-based triage's first
/// call (`model:rules-v1`), as on import.
struct LiveComments: Sendable {
    private let people: [DemoPerson]
    /// Repeat offenders: they comment often and harshly.
    private let regulars: [Int]
    /// The people who pile in when a post draws a storm.
    private let crowd: Range<Int>
    private let tag: String
    private var serial = 0
    /// The last few comments under each post, for replies.
    private var recent: [String: [(id: CommentID, postedAt: Date)]] = [:]
    /// How often each normalised text came up this hour: the triage's spam-wave signal.
    private var seen: [UInt64: Int] = [:]
    private var seenHour: Int64 = .min

    init(tag: String, rng: inout DemoRandom) {
        let networks = DemoComments.peopleNetworks
        people = (0..<3_000).map { DemoComments.makePerson(on: networks[$0 % networks.count], rng: &rng) }
        regulars = (0..<10).map { $0 * 131 + 7 }
        crowd = 2_500..<3_000
        self.tag = tag
    }

    /// A comment and its triage. `after` is when the post went up (a comment is never older);
    /// a storm comment is angrier, from the crowd, and more often a reply.
    mutating func comment(on target: LiveTarget, after: Date?, at time: Date, storm: Bool,
                          log: inout LiveLog, rng: inout DemoRandom) -> [NewEvent] {
        let chosen: Int
        let regular: Bool
        if storm {
            regular = rng.chance(0.2)
            chosen = regular ? rng.pick(regulars) : crowd.lowerBound + rng.int(0...(crowd.count - 1))
        } else {
            regular = rng.chance(0.07)
            let u = rng.unit()
            chosen = regular ? rng.pick(regulars) : min(crowd.lowerBound - 1, Int(u * u * Double(crowd.lowerBound)))
        }
        let person = people[DemoComments.person(near: chosen, on: target.network, count: people.count)]
        let mix = storm ? LiveStorm.mix : regular ? DemoComments.offenderMix : DemoComments.mix
        let category = DemoComments.categories[rng.weighted(mix)]
        let english = rng.chance(storm ? 0.04 : 0.22)
        let language = english ? "en" : "de"

        var postedAt = time.addingTimeInterval(-rng.double(5..<120))
        if let after { postedAt = max(postedAt, min(time, after.addingTimeInterval(1))) }
        var parent: CommentID?
        let earlier = recent[target.target.id] ?? []
        if !earlier.isEmpty, rng.chance(storm ? 0.35 : 0.28) {
            let p = earlier[earlier.count - 1 - rng.int(0...(earlier.count - 1))]
            if time.timeIntervalSince(p.postedAt) < 3 * 86_400 {
                parent = p.id
                postedAt = min(time, max(postedAt, p.postedAt.addingTimeInterval(0.002)))
            }
        }
        serial += 1
        let id = CommentID("\(target.network.name):sim-\(tag)-\(serial)")
        recent[target.target.id, default: []].append((id, postedAt))
        if recent[target.target.id]!.count > 5 { recent[target.target.id]!.removeFirst() }

        var text = DemoTexts.comment(category, english: english, rng: &rng)
        if storm { text = rng.pick(english ? LiveStorm.remarksEN : LiveStorm.remarksDE) + text }
        let received = log.event(time, .commentReceived(CommentReceived(
            commentID: id, network: target.network, authorRef: person.ref, authorFollowers: person.followers, target: target.target,
            parentID: parent, postedAt: postedAt, language: language)),
            personal: PersonalData(profiles: [person.profile], texts: [AuthoredText(ref: person.ref, subject: id.rawValue, text: text, writtenAt: postedAt)]))
        let triage = classify(text, language: language, at: time)
        let classified = log.event(time, .commentClassified(CommentClassified(commentID: id, category: triage.category,
                                                                              scores: triage.scores.rounded, source: RuleClassifier.source)),
                                   actor: RuleClassifier.source)
        return [received, classified]
    }

    private mutating func classify(_ text: String, language: String, at time: Date) -> Triage {
        let hour = Int64(time.timeIntervalSince1970 / 3600)
        if hour != seenHour {
            seen.removeAll(keepingCapacity: true)
            seenHour = hour
        }
        let normalised = TriageText(text)
        let identical = seen[normalised.fingerprint, default: 0]
        seen[normalised.fingerprint] = identical + 1
        return RuleClassifier.standard.classify(normalised, language: language, identicalSeen: identical)
    }
}
