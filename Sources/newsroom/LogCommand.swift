import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom log`: the audit trail, one event a line.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show the audit trail: every event with its actor, account and time.",
        discussion: """
            --type takes a type (comment.hidden) or an area (comment.). Where the time an event states \
            and the time the store committed it (by the machine's clock) are a minute or more apart, \
            the line shows both: an import of older comments, or a time set with --now. With --json \
            each line is the event's envelope, as `export --jsonl` writes it (without personal data), \
            plus `committed` where the store recorded it.
            """
    )

    @Option(help: ArgumentHelp("Only events on or after this day (YYYY-MM-DD, newsroom time zone).", valueName: "date")) var since: String?
    @Option(help: ArgumentHelp("Only this type or area.", valueName: "type")) var type: String?
    @Option(help: "Show at most this many (the newest).") var limit: Int?
    @Flag(help: "Print JSON Lines.") var json = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try CommandContext(global)
        let store = try context.openStore()
        let calendar = store.config.calendar
        var sinceInstant: Date?
        if let since {
            guard let day = LocalDate(since) else { throw ValidationError("cannot read the date '\(since)': give it as YYYY-MM-DD") }
            sinceInstant = calendar.startOfDay(day)
        }
        var selected: [StoredEvent] = []
        var after: Int64 = 0
        while true {
            let page = try store.events(after: after, limit: 5000)
            guard let last = page.last else { break }
            after = last.seq
            for stored in page {
                if let sinceInstant, stored.event.time < sinceInstant { continue }
                if let type, !(stored.event.type == type || (type.hasSuffix(".") && stored.event.type.hasPrefix(type))
                                 || stored.event.type.hasPrefix(type + ".")) { continue }
                selected.append(stored)
                if let limit, selected.count > limit { selected.removeFirst(selected.count - limit) }
            }
        }
        if !json, !selected.isEmpty { Terminal.out("Times in \(calendar.zoneName).") }
        for stored in selected {
            if json {
                Terminal.jsonLine(try EventLine.json(stored))
            } else {
                let e = stored.event
                let who = PrintableText.line(e.actor == e.account ? e.actor : "\(e.actor) (account \(e.account))")
                Terminal.out("\(stored.seq)  \(EventLine.when(stored, calendar: calendar))  \(who)  \(PrintableText.line(e.type))  \(terminalLine(EventLine.summary(e.payload, calendar: calendar), width: 100))")
            }
        }
        if !json, selected.isEmpty { Terminal.out("No events match.") }
    }
}

/// One event as a line of text or JSON.
enum EventLine {
    static func json(_ stored: StoredEvent) throws -> String {
        let e = stored.event
        let body = try JSONSerialization.jsonObject(with: e.payload.encodedBody())
        var object: [String: Any] = ["seq": stored.seq, "id": e.id.uuidString.lowercased(), "time": Timestamp.format(e.time), "actor": e.actor,
                                     "account": e.account, "type": e.type, "v": e.schemaVersion, "body": body]
        if let committed = stored.committedAt { object["committed"] = Timestamp.format(committed) }
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }

    /// The event's time in the newsroom's zone, and its commit time beside it where the two are a
    /// minute or more apart (the writer stated another time than the machine's clock had).
    static func when(_ stored: StoredEvent, calendar: NewsroomCalendar) -> String {
        let time = stored.event.time
        let stated = "\(calendar.localDate(of: time)) \(calendar.localTime(of: time))"
        guard let committed = stored.committedAt, abs(committed.timeIntervalSince(time)) >= 60 else { return stated }
        return "\(stated) (committed \(calendar.localDate(of: committed)) \(calendar.localTime(of: committed)))"
    }

    /// What the event says, in a few words, with its times in the newsroom's zone.
    static func summary(_ payload: EventPayload, calendar: NewsroomCalendar) -> String {
        switch payload {
        case .storyAdded(let b): return "\(b.storyID): \(b.content.headline)"
        case .storyEdited(let b): return "\(b.storyID): \(b.content.headline)"
        case .storyRestricted(let b): return "\(b.storyID): " + (b.restriction.isRestricted ? "only \((b.restriction.teams + b.restriction.roles).joined(separator: ", "))" : "everyone")
        case .briefingScheduled(let b): return "\(b.date) \(b.storyID)"
        case .briefingDecided(let b):
            var text = "\(b.date) \(b.storyID) → \(b.decision.kind)"
            switch b.decision {
            case .hold(let reason): text += ": \(reason)"
            case .embargo(let until): text += " until \(calendar.time(of: until, on: b.date))"
            default: break
            }
            return text + (b.undoes != nil ? " (undo)" : "")
        case .briefingReordered(let b): return "\(b.date) " + b.order.map(\.rawValue).joined(separator: ", ")
        case .briefingNoted(let b): return "\(b.date) \(b.note)"
        case .topicHeld(let b): return "\(b.date) \(b.topic): \(b.reason)"
        case .topicReleased(let b): return "\(b.date) \(b.topic)"
        case .ambassadorJoined(let b): return "\(b.ambassadorID) \(b.name) (\(b.team))"
        case .ambassadorMoved(let b): return "\(b.ambassadorID) → \(b.team)"
        case .sharePosted(let b): return "\(b.shareID) by \(b.ambassadorID) on \(b.network)" + (b.storyID.map { " of \($0)" } ?? "")
        case .shareMeasured(let b): return "\(b.shareID): \(b.metrics.impressions) impressions, \(b.metrics.clicks) clicks"
        case .commentReceived(let b): return "\(b.commentID) on \(b.network)" + (b.parentID.map { " in reply to \($0)" } ?? "")
        case .commentClassified(let b): return "\(b.commentID) → \(b.category.label) (\(b.source))"
        case .commentAssigned(let b): return "\(b.commentID) → \(b.assignee ?? "nobody")"
        case .commentReplied(let b): return "\(b.commentID): \(b.text)"
        case .commentEscalated(let b): return "\(b.commentID) → \(b.to.rawValue): \(b.note)"
        case .commentMoved(let b): return "\(b.commentID) → \(b.state.label)" + (b.undoes != nil ? " (undo)" : "")
        case .commentHidden(let b): return "\(b.commentID): \(b.reason.label), \(b.ground): \(b.note)"
        case .commentUnhidden(let b): return "\(b.commentID): \(b.note)"
        case .privacyErased(let b): return "ref \(b.ref), request \(b.requestID ?? "–"), \(b.textsRemoved) texts"
        case .commentClaimed(let b): return "\(b.commentID) held by \(b.holder) until \(calendar.dateTime(of: b.leaseUntil))" + (b.takeOver ? " (taken over)" : "")
        case .privacySwept(let b): return "before \(calendar.dateTime(of: b.cutoff)): \(b.textsRemoved) texts, \(b.profilesRemoved) profiles; kept \(b.keptUnderLegalEscalation) under legal escalation"
        case .crisisDeclared(let b): return "level \(b.level.rawValue) (\(b.level.label)): \(b.note)"
        case .crisisCleared(let b): return "back to the automatic level" + (b.note.map { ": \($0)" } ?? "")
        case .unknown(let type, let version, _): return "(unknown to this program: \(type) v\(version))"
        default:
            return localTimes(in: (try? String(decoding: payload.encodedBody(), as: UTF8.self)) ?? "", calendar: calendar)
        }
    }

    /// A JSON body with each RFC 3339 time in it (`"2026-11-24T20:22:00.000Z"`) shown as the
    /// newsroom's local time (`"2026-11-24 21:22"`).
    static func localTimes(in body: String, calendar: NewsroomCalendar) -> String {
        body.replacing(#/"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d))"/#) { match in
            Timestamp.parse(String(match.output.1)).map { "\"\(calendar.dateTime(of: $0))\"" } ?? String(match.output.0)
        }
    }
}
