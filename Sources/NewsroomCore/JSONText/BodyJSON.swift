import Foundation

/// The fast path for the bodies that come by the hundred thousand (comments and their moderation,
/// shares, measurements, mention counts, decisions): written and read by hand, byte-compatible with Codable.
/// Other types, and anything outside the reader's subset, go through Codable as before.
enum BodyJSON {
    /// The body version whose shapes this file writes and reads. A type whose current version is
    /// another one goes through Codable until its shape here is brought up to date.
    static let shapesVersion = 1

    /// The body as Codable would write it; nil for a type (or a value) the fast path leaves to Codable.
    static func encode(_ payload: EventPayload) -> [UInt8]? {
        var w = JSONTextWriter()
        switch payload {
        case .commentReceived(let b):
            w.beginObject()
            w.field("authorFollowers", b.authorFollowers)
            w.field("authorRef", b.authorRef.rawValue)
            w.field("commentID", b.commentID.rawValue)
            w.field("language", b.language)
            w.field("network", b.network.name)
            w.field("parentID", b.parentID?.rawValue)
            w.field("postedAt", b.postedAt)
            w.key("target")
            write(b.target, &w)
            w.endObject()
        case .commentClassified(let b):
            w.beginObject()
            w.field("category", b.category.rawValue)
            w.field("commentID", b.commentID.rawValue)
            if let scores = b.scores {
                w.key("scores")
                guard write(scores, &w) else { return nil }
            }
            w.field("source", b.source)
            w.endObject()
        case .commentAssigned(let b):
            w.beginObject()
            w.field("assignee", b.assignee)
            w.field("commentID", b.commentID.rawValue)
            w.endObject()
        case .commentReplied(let b):
            w.beginObject()
            w.field("commentID", b.commentID.rawValue)
            w.field("language", b.language)
            w.field("replyID", b.replyID)
            w.field("templateID", b.templateID?.rawValue)
            w.field("text", b.text)
            w.endObject()
        case .commentMoved(let b):
            w.beginObject()
            w.field("commentID", b.commentID.rawValue)
            w.field("note", b.note)
            w.field("state", b.state.rawValue)
            w.field("undoes", b.undoes)
            w.endObject()
        case .commentHidden(let b):
            w.beginObject()
            w.field("commentID", b.commentID.rawValue)
            w.field("ground", b.ground)
            w.field("note", b.note)
            w.field("reason", b.reason.rawValue)
            w.endObject()
        case .commentEscalated(let b):
            w.beginObject()
            w.field("commentID", b.commentID.rawValue)
            w.field("note", b.note)
            w.field("to", b.to.rawValue)
            w.endObject()
        case .mentionCounted(let b):
            w.beginObject()
            w.key("count")
            w.beginObject()
            w.field("date", b.count.date.description)
            w.field("engagement", b.count.engagement)
            w.field("mentions", b.count.mentions)
            w.field("source", b.count.source)
            w.field("topic", b.count.topic)
            w.endObject()
            w.endObject()
        case .sharePosted(let b):
            w.beginObject()
            w.field("ambassadorID", b.ambassadorID.rawValue)
            w.field("network", b.network.name)
            w.field("postedAt", b.postedAt)
            w.field("shareID", b.shareID.rawValue)
            w.field("storyID", b.storyID?.rawValue)
            w.field("text", b.text)
            w.endObject()
        case .shareMeasured(let b):
            w.beginObject()
            w.key("metrics")
            write(b.metrics, &w)
            w.field("shareID", b.shareID.rawValue)
            w.endObject()
        case .briefingDecided(let b):
            w.beginObject()
            w.field("date", b.date.description)
            w.key("decision")
            write(b.decision, &w)
            w.field("note", b.note)
            // Written only when true, as the Codable body does (an older reader keeps the reason internal).
            if b.reasonForAmbassadors { w.field("reasonForAmbassadors", true) }
            w.field("storyID", b.storyID.rawValue)
            w.field("undoes", b.undoes)
            w.endObject()
        default:
            return nil
        }
        return w.bytes
    }

    /// The body read by hand; nil for a type the fast path leaves to Codable. Throws
    /// `JSONTextReader.Unsupported` when the text is outside its subset (then Codable reads it).
    static func decode(type: String, body: [UInt8]) throws -> EventPayload? {
        var r = JSONTextReader(body)
        let payload: EventPayload
        switch type {
        case "comment.received": payload = .commentReceived(try commentReceived(&r))
        case "comment.classified": payload = .commentClassified(try commentClassified(&r))
        case "comment.assigned": payload = .commentAssigned(try commentAssigned(&r))
        case "comment.replied": payload = .commentReplied(try commentReplied(&r))
        case "comment.moved": payload = .commentMoved(try commentMoved(&r))
        case "comment.hidden": payload = .commentHidden(try commentHidden(&r))
        case "comment.escalated": payload = .commentEscalated(try commentEscalated(&r))
        case "mention.counted": payload = .mentionCounted(try mentionCounted(&r))
        case "share.posted": payload = .sharePosted(try sharePosted(&r))
        case "share.measured": payload = .shareMeasured(try shareMeasured(&r))
        case "briefing.decided": payload = .briefingDecided(try briefingDecided(&r))
        default: return nil
        }
        try r.end()
        return payload
    }

    // MARK: Bodies

    private static func commentReceived(_ r: inout JSONTextReader) throws -> CommentReceived {
        var followers: Int?, ref: String?, id: String?, language: String?, network: String?, parent: String?
        var posted: Date?, target: CommentTarget?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "authorFollowers": followers = try r.int()
            case "authorRef": ref = try r.string()
            case "commentID": id = try r.string()
            case "language": language = try r.optionalString()
            case "network": network = try r.string()
            case "parentID": parent = try r.optionalString()
            case "postedAt": posted = try r.date()
            case "target": target = try read(CommentTarget.self, &r)
            default: try r.skipValue()
            }
        }
        guard let followers, let ref, let id, let network, let posted, let target else { throw JSONTextReader.missingField }
        return CommentReceived(commentID: CommentID(id), network: Network(network), authorRef: PersonRef(ref), authorFollowers: followers,
                               target: target, parentID: parent.map { CommentID($0) }, postedAt: posted, language: language)
    }

    private static func commentClassified(_ r: inout JSONTextReader) throws -> CommentClassified {
        var category: CommentCategory?, id: String?, scores: [String: Double]?, source: String?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "category": category = try r.rawValue(CommentCategory.self)
            case "commentID": id = try r.string()
            case "scores": scores = r.null() ? nil : try readScores(&r)
            case "source": source = try r.string()
            default: try r.skipValue()
            }
        }
        guard let category, let id, let source else { throw JSONTextReader.missingField }
        return CommentClassified(commentID: CommentID(id), category: category, scores: scores, source: source)
    }

    private static func commentAssigned(_ r: inout JSONTextReader) throws -> CommentAssigned {
        var assignee: String?, id: String?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "assignee": assignee = try r.optionalString()
            case "commentID": id = try r.string()
            default: try r.skipValue()
            }
        }
        guard let id else { throw JSONTextReader.missingField }
        return CommentAssigned(commentID: CommentID(id), assignee: assignee)
    }

    private static func commentReplied(_ r: inout JSONTextReader) throws -> CommentReplied {
        var id: String?, language: String?, replyID: String?, template: String?, text: String?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "commentID": id = try r.string()
            case "language": language = try r.string()
            case "replyID": replyID = try r.string()
            case "templateID": template = try r.optionalString()
            case "text": text = try r.string()
            default: try r.skipValue()
            }
        }
        guard let id, let language, let replyID, let text else { throw JSONTextReader.missingField }
        return CommentReplied(commentID: CommentID(id), replyID: replyID, text: text, language: language, templateID: template.map { TemplateID($0) })
    }

    private static func commentMoved(_ r: inout JSONTextReader) throws -> CommentMoved {
        var id: String?, note: String?, state: ModerationState?, undoes: UUID?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "commentID": id = try r.string()
            case "note": note = try r.optionalString()
            case "state": state = try r.rawValue(ModerationState.self)
            case "undoes": undoes = r.null() ? nil : try r.uuid()
            default: try r.skipValue()
            }
        }
        guard let id, let state else { throw JSONTextReader.missingField }
        return CommentMoved(commentID: CommentID(id), state: state, note: note, undoes: undoes)
    }

    private static func commentHidden(_ r: inout JSONTextReader) throws -> CommentHidden {
        var id: String?, ground: String?, note: String?, reason: CommentCategory?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "commentID": id = try r.string()
            case "ground": ground = try r.string()
            case "note": note = try r.string()
            case "reason": reason = try r.rawValue(CommentCategory.self)
            default: try r.skipValue()
            }
        }
        guard let id, let ground, let note, let reason else { throw JSONTextReader.missingField }
        return CommentHidden(commentID: CommentID(id), reason: reason, ground: ground, note: note)
    }

    private static func commentEscalated(_ r: inout JSONTextReader) throws -> CommentEscalated {
        var id: String?, note: String?, to: EscalationTarget?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "commentID": id = try r.string()
            case "note": note = try r.string()
            case "to": to = try r.rawValue(EscalationTarget.self)
            default: try r.skipValue()
            }
        }
        guard let id, let note, let to else { throw JSONTextReader.missingField }
        return CommentEscalated(commentID: CommentID(id), to: to, note: note)
    }

    private static func mentionCounted(_ r: inout JSONTextReader) throws -> MentionCounted {
        var count: MentionCount?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "count":
                var date: LocalDate?, engagement: Int?, mentions: Int?, source: String?, topic: String?
                try r.beginObject()
                while let inner = try r.nextKey() {
                    switch inner {
                    case "date":
                        guard let d = LocalDate(try r.string()) else { throw JSONTextReader.missingField }
                        date = d
                    case "engagement": engagement = try r.int()
                    case "mentions": mentions = try r.int()
                    case "source": source = try r.string()
                    case "topic": topic = try r.string()
                    default: try r.skipValue()
                    }
                }
                guard let date, let engagement, let mentions, let source, let topic else { throw JSONTextReader.missingField }
                count = MentionCount(source: source, topic: topic, date: date, mentions: mentions, engagement: engagement)
            default: try r.skipValue()
            }
        }
        guard let count else { throw JSONTextReader.missingField }
        return MentionCounted(count: count)
    }

    private static func sharePosted(_ r: inout JSONTextReader) throws -> SharePosted {
        var ambassador: String?, network: String?, posted: Date?, id: String?, story: String?, text: String?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "ambassadorID": ambassador = try r.string()
            case "network": network = try r.string()
            case "postedAt": posted = try r.date()
            case "shareID": id = try r.string()
            case "storyID": story = try r.optionalString()
            case "text": text = try r.string()
            default: try r.skipValue()
            }
        }
        guard let ambassador, let network, let posted, let id, let text else { throw JSONTextReader.missingField }
        return SharePosted(shareID: ShareID(id), ambassadorID: AmbassadorID(ambassador), storyID: story.map { StoryID($0) },
                           network: Network(network), postedAt: posted, text: text)
    }

    private static func shareMeasured(_ r: inout JSONTextReader) throws -> ShareMeasured {
        var metrics: ShareMetrics?, id: String?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "metrics": metrics = try read(ShareMetrics.self, &r)
            case "shareID": id = try r.string()
            default: try r.skipValue()
            }
        }
        guard let metrics, let id else { throw JSONTextReader.missingField }
        return ShareMeasured(shareID: ShareID(id), metrics: metrics)
    }

    private static func briefingDecided(_ r: inout JSONTextReader) throws -> BriefingDecided {
        var date: LocalDate?, decision: BriefingDecision?, note: String?, story: String?, undoes: UUID?, forAmbassadors = false
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "date":
                guard let d = LocalDate(try r.string()) else { throw JSONTextReader.missingField }
                date = d
            case "decision": decision = try read(BriefingDecision.self, &r)
            case "note": note = try r.optionalString()
            case "storyID": story = try r.string()
            case "undoes": undoes = r.null() ? nil : try r.uuid()
            case "reasonForAmbassadors": forAmbassadors = try r.bool()
            default: try r.skipValue()
            }
        }
        guard let date, let decision, let story else { throw JSONTextReader.missingField }
        return BriefingDecided(date: date, storyID: StoryID(story), decision: decision, note: note, undoes: undoes,
                               reasonForAmbassadors: forAmbassadors)
    }
}

extension EventPayload {
    /// A current-version body of a hot type, read by hand; nil when the fast path leaves it to
    /// Codable (another type, or text outside the reader's subset). For importers that read an
    /// envelope themselves and want no second pass.
    public static func decodeFast(type: String, version: Int, body: [UInt8]) -> EventPayload? {
        guard version == BodyJSON.shapesVersion, knownTypes[type] == BodyJSON.shapesVersion else { return nil }
        return (try? BodyJSON.decode(type: type, body: body)) ?? nil
    }
}
