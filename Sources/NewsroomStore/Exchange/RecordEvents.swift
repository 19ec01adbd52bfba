import Foundation
import NewsroomCore

/// Wraps records into events: actor `import:<source>`, a name-based id (source, network, the
/// record's own id; without one, the file's content hash and line), personal data beside the event.
/// A record the store already holds under another id (the same comment id, a day's mention count
/// already taken) counts as a duplicate; a measurement of a share the newsroom does not know is refused.
extension ImportSession {
    func submit(_ record: ImportRecord, line: Int) throws {
        switch record {
        case .comment(let r): try submit(r, line: line)
        case .shareMetrics(let r): try submit(r, line: line)
        case .mentionCount(let r): try submit(r, line: line)
        }
    }

    private func source(_ origin: String?) -> String {
        let s = origin?.trimmingCharacters(in: .whitespaces) ?? ""
        return s.isEmpty ? defaultSource : s
    }

    private func submit(_ r: CommentRecord, line: Int) throws {
        let source = source(r.origin)
        let eventID: UUID
        let commentID: CommentID
        if let own = r.id {
            eventID = ImportedEventID.make(source: source, network: r.network.name, recordID: own)
            commentID = CommentID("\(r.network.name):\(own)")
        } else {
            eventID = ImportedEventID.make(contentHash: try fileHash(), line: line)
            commentID = CommentID("\(r.network.name):\(eventID.uuidString.lowercased())")
        }
        guard try !isKnown(comment: commentID) else { return countDuplicate() }
        let ref = try ref(network: r.network, handle: r.author)
        let body = CommentReceived(commentID: commentID, network: r.network, authorRef: ref, authorFollowers: r.followers,
                                   target: r.target, parentID: r.parent.map { CommentID("\(r.network.name):\($0)") },
                                   postedAt: r.time, language: r.language)
        let personal = PersonalData(
            profiles: [PersonProfile(ref: ref, network: r.network, handle: r.author, displayName: r.displayName, profileURL: r.profileURL)],
            texts: [AuthoredText(ref: ref, subject: commentID.rawValue, text: r.text, writtenAt: r.time)])
        try submit(NewEvent(Event(id: eventID, time: r.time, actor: "import:\(source)", account: account, payload: .commentReceived(body)),
                            personal: personal))
        try submit(triage(of: r.text, language: r.language, comment: commentID, receivedAs: eventID))
    }

    /// The rule-based triage's first call on an imported comment, as a model's classification (a
    /// moderator's overrides it): category, scores, and an id of its own derived from the comment's,
    /// so importing the file again adds nothing. Identical texts in one file count as a spam signal.
    private func triage(of text: String, language: String?, comment: CommentID, receivedAs eventID: UUID) -> NewEvent {
        let normalised = TriageText(text)
        let identical = textsSeen[normalised.fingerprint, default: 0]
        textsSeen[normalised.fingerprint] = identical + 1
        let triage = RuleClassifier.standard.classify(normalised, language: language, identicalSeen: identical)
        let id = ImportedEventID.make(source: RuleClassifier.source, network: "triage", recordID: eventID.uuidString.lowercased())
        let body = CommentClassified(commentID: comment, category: triage.category, scores: triage.scores.rounded, source: RuleClassifier.source)
        return NewEvent(Event(id: id, time: now, actor: RuleClassifier.source, account: account, payload: .commentClassified(body)))
    }

    private func submit(_ r: ShareMetricsRecord, line: Int) throws {
        guard try isKnown(share: r.shareID) else {
            throw LineProblem("share '\(r.shareID)' is not in this newsroom: import its share.posted event first")
        }
        let source = source(r.origin)
        let eventID = ImportedEventID.make(source: source, network: r.network?.name ?? "",
                                           recordID: "share.metrics|\(r.shareID)|\(Timestamp.format(r.measuredAt))")
        try submit(NewEvent(Event(id: eventID, time: r.measuredAt, actor: "import:\(source)", account: account,
                                  payload: .shareMeasured(ShareMeasured(shareID: r.shareID, metrics: r.metrics)))))
    }

    private func submit(_ r: MentionCountRecord, line: Int) throws {
        guard try !isKnown(mention: r.count) else { return countDuplicate() }
        let source = source(r.origin)
        let eventID = ImportedEventID.make(source: source, network: "",
                                           recordID: "mention.count|\(r.count.date)|\(r.count.topic)|\(r.count.source)")
        try submit(NewEvent(Event(id: eventID, time: now, actor: "import:\(source)", account: account,
                                  payload: .mentionCounted(MentionCounted(count: r.count)))))
    }
}
