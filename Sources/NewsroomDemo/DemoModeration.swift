import Dispatch
import Foundation
import NewsroomCore

/// Writes the comments and the moderation a real team would have done on them: classification by
/// the model and by moderators (sometimes corrected), answers from templates with facts, hides
/// only for unlawful content with the legal ground, escalations to legal, HR and experts, and
/// resolutions. Only the last two days are still open, as in a team that keeps up.
struct DemoModeration {
    let now: Date
    let calendar: NewsroomCalendar
    let people: [DemoPerson]
    let comments: [DemoComment]
    /// The pure work on texts, done once per distinct text: the phrase banks repeat.
    private let texts = ModerationTextMemo()

    static let hideNotes: [CommentCategory: [String]] = [
        .insult: ["Beleidigung gegen Mitarbeitende", "Persönliche Herabwürdigung, kein Sachbezug"],
        .defamation: ["Unwahre Tatsachenbehauptung über eine Person, nach Rücksprache mit Legal", "Ehrverletzende Behauptung ohne Beleg"],
        .threat: ["Drohung gegen Mitarbeitende; Legal informiert", "Androhung von Gewalt gegen Sachen und Personen"],
        .workplacePeace: ["Gefährdet den Betriebsfrieden; HR informiert"],
        .tradeSecret: ["Enthält interne Informationen (Geschäftsgeheimnis)"],
        .doxxing: ["Veröffentlicht Adresse und Telefonnummer einer Kollegin", "Private Daten Dritter"],
        .spam: ["Werbung / Betrugslink", "Spam-Link"],
    ]

    /// One step of a comment's handling.
    private struct Step {
        let time: Date
        let actor: String
        let payload: EventPayload
    }

    /// A comment's text as drawn, with what the spam-wave rule needs (how often the same text
    /// came in that hour before it).
    private struct DrawnText {
        let text: String
        let normalised: TriageText
        var identicalSeen = 0
    }

    /// Writes every comment and its handling, in two halves on two cores: each comment draws its
    /// text from a stream of its own, the spam waves are counted in comment order (they span the
    /// halves), and each half handles its comments with a random stream, a memo and a part of the
    /// log of its own, so the result does not depend on timing.
    func write(rng: inout DemoRandom, log: inout DemoLog) {
        var lastChild: [Int: Date] = [:]
        for c in comments where c.parent != nil {
            lastChild[c.root] = max(lastChild[c.root] ?? c.receivedAt, c.receivedAt)
        }
        let middle = comments.count / 2
        let textSeed = rng.next()
        let halves = [0..<middle, middle..<comments.count].enumerated().map { h, range in
            HalfWork(moderation: self, comments: range, seed: rng.next(), log: log.part(h + 1, capacity: range.count * 5))
        }
        DispatchQueue.concurrentPerform(iterations: halves.count) { h in halves[h].draw(textSeed: textSeed) }
        var seen: [UInt64: Int] = [:]
        for half in halves {
            for (k, i) in half.comments.enumerated() {
                // A spam wave is the same text again within the hour; the demo's phrase banks repeat over weeks.
                let wave = half.drawn[k].normalised.fingerprint ^ (UInt64(comments[i].receivedAt.timeIntervalSince1970 / 3600) &* 0x9E37_79B9_7F4A_7C15)
                half.drawn[k].identicalSeen = seen[wave, default: 0]
                seen[wave, default: 0] += 1
            }
        }
        let threads = lastChild
        DispatchQueue.concurrentPerform(iterations: halves.count) { h in halves[h].handle(lastChild: threads) }
        for half in halves { log.append(half.log) }
    }

    /// One half of the comments, made on one thread: its texts, then its handling and the part of
    /// the log it writes. Each thread touches only its own half.
    private final class HalfWork: @unchecked Sendable {
        /// With a memo of its own: the memo is not shared between threads.
        let worker: DemoModeration
        let comments: Range<Int>
        let seed: UInt64
        var drawn: [DrawnText] = []
        var log: DemoLog

        init(moderation m: DemoModeration, comments: Range<Int>, seed: UInt64, log: DemoLog) {
            worker = DemoModeration(now: m.now, calendar: m.calendar, people: m.people, comments: m.comments)
            (self.comments, self.seed, self.log) = (comments, seed, log)
        }

        func draw(textSeed: UInt64) {
            drawn = comments.map { i in
                let c = worker.comments[i]
                var rng = DemoRandom(seed: DemoRandom.mix(textSeed ^ UInt64(i) &* 0x9E37_79B9_7F4A_7C15))
                let text = DemoTexts.comment(c.category, english: c.english, rng: &rng)
                return DrawnText(text: text, normalised: worker.texts.normalised(text))
            }
        }

        func handle(lastChild: [Int: Date]) {
            var rng = DemoRandom(seed: DemoRandom.mix(seed))
            for (k, i) in comments.enumerated() {
                worker.handle(i, drawn[k], lastChild: lastChild[i], rng: &rng, log: &log)
            }
        }
    }

    /// One comment as it came in, and what the team did with it.
    private func handle(_ i: Int, _ drawn: DrawnText, lastChild: Date?, rng: inout DemoRandom, log: inout DemoLog) {
        let c = comments[i]
        let person = people[c.person]
        let limit = now.addingTimeInterval(-1)
        let triage = { [texts] in texts.triage(drawn.normalised, english: c.english, identicalSeen: drawn.identicalSeen) }
        log.emit(c.receivedAt, "import:\(c.network.name)", .commentReceived(CommentReceived(
            commentID: c.id, network: c.network, authorRef: person.ref, authorFollowers: person.followers, target: c.target,
            parentID: c.parent.map { comments[$0].id }, postedAt: c.postedAt, language: c.english ? "en" : "de")),
            PersonalData(profiles: [person.profile], texts: [AuthoredText(ref: person.ref, subject: c.id.rawValue, text: drawn.text, writtenAt: c.postedAt)]))

        let steps = plan(c, text: drawn.text, triage: triage, rng: &rng)
        var last = c.receivedAt
        var closed = false
        for step in steps {
            guard step.time < limit else { break }
            log.emit(step.time, step.actor, step.payload)
            last = step.time
            if case .commentMoved(let m) = step.payload { closed = !m.state.isOpen }
            if case .commentReplied = step.payload { closed = true }
        }
        // A later outside reply reopened the thread: the moderators close it again after it.
        if let child = lastChild, closed, child >= last {
            let at = child.addingTimeInterval(min(rng.double(300..<5400), max(0.001, limit.timeIntervalSince(child) / 2)))
            if at < limit {
                log.emit(at, moderator(at), .commentMoved(CommentMoved(commentID: c.id, state: .resolved, note: "Nachfrage im Thread beantwortet")))
            }
        }
    }

    // MARK: The handling of one comment

    private func plan(_ c: DemoComment, text: String, triage: () -> Triage, rng: inout DemoRandom) -> [Step] {
        var steps: [Step] = []
        let age = now.timeIntervalSince(c.postedAt)
        let cat = c.category
        var t = c.receivedAt
        func add(_ delay: Double, _ actor: String, _ payload: EventPayload) {
            t = t.addingTimeInterval(delay)
            steps.append(Step(time: t, actor: actor, payload: payload))
        }
        // The rule-based triage sees about a third of them at once (the connectors that run it);
        // where it errs, the moderators' classification below corrects it.
        if rng.chance(0.3) {
            let guess = triage()
            add(rng.double(5..<90), DemoProgram.model, .commentClassified(CommentClassified(
                commentID: c.id, category: guess.category, scores: guess.scores.rounded, source: DemoProgram.model)))
        }
        // Recent ones: the team has not got to all of them yet.
        if age < 6 * 3600 {
            let roll = rng.unit()
            if roll < 0.55 { return steps }
            if roll < 0.8 {
                let m = moderator(t)
                add(rng.double(60..<1800), m, .commentClassified(CommentClassified(commentID: c.id, category: cat, source: m)))
                if rng.chance(0.4) {
                    let assignee = rng.pick(DemoProgram.queueModerators)
                    add(60, m, .commentAssigned(CommentAssigned(commentID: c.id, assignee: assignee)))
                    // Some are being worked on right now: a claim whose lease may still run.
                    if rng.chance(0.5) {
                        add(30, assignee, .commentClaimed(CommentClaimed(commentID: c.id, holder: assignee, leaseUntil: t.addingTimeInterval(900))))
                    }
                }
                return steps
            }
        } else if age < 48 * 3600 {
            let roll = rng.unit()
            // Unlawful content is hidden within the day; what waits is criticism, questions, claims to check.
            if roll < 0.18, !cat.mayBeHidden || cat == .spam {
                let m = moderator(t)
                add(responseDelay(after: t, rng: &rng), m, .commentClassified(CommentClassified(commentID: c.id, category: cat, source: m)))
                if roll < 0.07 { add(120, m, .commentAssigned(CommentAssigned(commentID: c.id, assignee: rng.pick(DemoProgram.queueModerators)))) }
                if roll > 0.155 { add(300, m, .commentMoved(CommentMoved(commentID: c.id, state: .waiting, note: "Rückfrage beim Fachbereich"))) }
                return steps
            }
        }
        // Everything older: handled to the end.
        let m = moderator(t.addingTimeInterval(600))
        add(responseDelay(after: t, rng: &rng), m, .commentClassified(CommentClassified(
            commentID: c.id, category: rng.chance(0.03) ? wrongGuess(for: cat) : cat, source: m)))
        if case .commentClassified(let first) = steps.last?.payload, first.category != cat {
            let reviewer = cat.mayBeHidden ? DemoProgram.legal : rng.pick(DemoProgram.queueModerators)
            add(rng.double(1800..<10_800), reviewer, .commentClassified(CommentClassified(commentID: c.id, category: cat, source: reviewer)))
        }
        if rng.chance(0.12) { add(60, m, .commentAssigned(CommentAssigned(commentID: c.id, assignee: rng.pick(DemoProgram.queueModerators)))) }
        let de = !c.english
        switch cat {
        case .criticism, .question, .factClaim:
            var answerer = m
            if cat == .factClaim, rng.chance(0.12) {
                add(240, m, .commentEscalated(CommentEscalated(commentID: c.id, to: .expert, note: "Bitte Fakten prüfen, bevor wir antworten")))
                answerer = DemoProgram.expert
                add(rng.double(3600..<30_000), answerer, reply(c, text: text, templateFor: cat, de: de, rng: &rng))
            } else if cat == .criticism, rng.chance(0.01) {
                add(300, m, .commentEscalated(CommentEscalated(commentID: c.id, to: .hr, note: "Kritik einer Bewerberin am Auswahlprozess, bitte HR")))
                answerer = DemoProgram.hr
                add(rng.double(3600..<20_000), answerer, reply(c, text: text, templateFor: cat, de: de, rng: &rng))
            } else {
                add(rng.double(120..<2400), answerer, reply(c, text: text, templateFor: cat, de: de, rng: &rng))
            }
            if rng.chance(0.8) { add(rng.double(600..<20_000), answerer, .commentMoved(CommentMoved(commentID: c.id, state: .resolved))) }
        case .praise:
            if rng.chance(0.5) {
                add(rng.double(120..<3600), m, reply(c, text: text, templateFor: cat, de: de, rng: &rng))
                add(rng.double(60..<3600), m, .commentMoved(CommentMoved(commentID: c.id, state: .resolved)))
            } else {
                add(rng.double(60..<600), m, .commentMoved(CommentMoved(commentID: c.id, state: .noAction, note: "Lob, keine Antwort nötig")))
            }
        case .offTopic:
            add(rng.double(60..<600), m, .commentMoved(CommentMoved(commentID: c.id, state: .noAction, note: "Off-Topic")))
        case .profanity:
            if rng.chance(0.4) {
                add(rng.double(120..<2400), m, reply(c, text: text, templateFor: cat, de: de, rng: &rng))
                add(rng.double(600..<7200), m, .commentMoved(CommentMoved(commentID: c.id, state: .resolved)))
            } else {
                add(rng.double(60..<600), m, .commentMoved(CommentMoved(commentID: c.id, state: .noAction, note: "Derb, aber nicht rechtswidrig: bleibt stehen")))
            }
        case .insult, .defamation, .threat, .workplacePeace, .tradeSecret, .doxxing, .spam:
            hide(c, cat, m, text: text, add: add, rng: &rng)
        }
        return steps
    }

    private func hide(_ c: DemoComment, _ cat: CommentCategory, _ m: String, text: String, add: (Double, String, EventPayload) -> Void, rng: inout DemoRandom) {
        let hider = cat == .defamation ? DemoProgram.legal : m
        let note = rng.pick(Self.hideNotes[cat] ?? ["Rechtswidriger Inhalt"])
        add(rng.double(60..<900), hider, .commentHidden(CommentHidden(commentID: c.id, reason: cat, ground: cat.legalGround ?? "", note: note)))
        let escalation: (EscalationTarget, Double)? = switch cat {
        case .threat: (.legal, 0.7)
        case .doxxing: (.legal, 0.5)
        case .defamation: (.legal, 0.5)
        case .tradeSecret: (.legal, 0.5)
        case .workplacePeace: (.hr, 0.8)
        default: nil
        }
        if let (to, p) = escalation, rng.chance(p) {
            let reviewer = to == .hr ? DemoProgram.hr : DemoProgram.legal
            add(120, m, .commentEscalated(CommentEscalated(commentID: c.id, to: to, note: to == .hr ? "Bitte HR prüfen" : "Bitte rechtlich prüfen (Anzeige?)")))
            add(rng.double(7200..<100_000), reviewer, .commentMoved(CommentMoved(commentID: c.id, state: .resolved,
                                                                                note: to == .hr ? "HR hat übernommen" : "Geprüft; Beweissicherung erfolgt")))
            return
        }
        if cat == .insult, rng.chance(0.05) {
            // On review the hide went too far: sharp criticism, not an insult. Unhidden and answered.
            add(rng.double(3600..<20_000), DemoProgram.legal, .commentUnhidden(CommentUnhidden(commentID: c.id, note: "Nach Prüfung: zugespitzte Kritik, keine Beleidigung")))
            add(60, DemoProgram.legal, .commentClassified(CommentClassified(commentID: c.id, category: .criticism, source: DemoProgram.legal)))
            add(rng.double(600..<3600), m, reply(c, text: text, templateFor: .criticism, de: !c.english, rng: &rng))
        }
        add(rng.double(60..<1200), m, .commentMoved(CommentMoved(commentID: c.id, state: .resolved)))
    }

    private func wrongGuess(for cat: CommentCategory) -> CommentCategory {
        switch cat {
        case .criticism: return .factClaim
        case .question: return .criticism
        case .insult: return .profanity
        case .profanity: return .insult
        case .factClaim: return .defamation
        default: return .criticism
        }
    }

    // MARK: Answers

    /// A reply from a template, with a fact. The commenter's name is left out of the reply on
    /// purpose: the reply is in the log, and the log carries no personal data.
    private func reply(_ c: DemoComment, text comment: String, templateFor cat: CommentCategory, de: Bool, rng: inout DemoRandom) -> EventPayload {
        let language = de ? "de" : "en"
        let fitting = texts.templates(for: cat, language: language)
        let template = fitting.isEmpty ? DemoTexts.templates[0] : rng.pick(fitting)
        let text = texts.reply(from: template, answering: comment, language: language)
        return .commentReplied(CommentReplied(commentID: c.id, replyID: "r-" + c.id.rawValue.dropFirst(2), text: text,
                                              language: language, templateID: template.id))
    }

    // MARK: Time and people

    /// How long until a moderator looks: minutes in business hours, longer at weekends, next morning at night.
    private func responseDelay(after t: Date, rng: inout DemoRandom) -> Double {
        let local = calendar.localTime(of: t)
        let date = calendar.localDate(of: t)
        let weekend = date.isoWeekday >= 6
        if (7...19).contains(local.hour) {
            return weekend ? rng.double(900..<10_800) : rng.skewed(median: 1200)
        }
        let next = local.hour >= 20 ? date.adding(days: 1) : date
        let morning = calendar.demoInstant(next, 7, 45)
        return max(60, morning.timeIntervalSince(t)) + rng.double(0..<5400)
    }

    /// Who is on shift: two shifts a day, rotating through the queue moderators.
    private func moderator(_ t: Date) -> String {
        let hour = Int(t.timeIntervalSince1970 / 3600)
        let shift = (hour / 24) * 2 + (hour % 24 >= 12 ? 1 : 0)
        return DemoProgram.queueModerators[shift % DemoProgram.queueModerators.count]
    }
}
