import Foundation

/// The JSON of the projections written most (comments and shares), by hand and byte-compatible
/// with Codable, so a store's projection rows read the same whichever path wrote them. Each
/// function falls back to the Codable coder it is given for anything outside the fast path.
public enum ProjectionJSON {
    // MARK: Comments

    public static func text(_ c: Comment, fallback encoder: JSONEncoder) throws -> String {
        if let bytes = encode(c) { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: try encoder.encode(c), as: UTF8.self)
    }

    public static func comment(_ text: String, fallback decoder: JSONDecoder) throws -> Comment {
        var r = JSONTextReader(text)
        if let c = try? readComment(&r), (try? r.end()) != nil { return c }
        return try decoder.decode(Comment.self, from: Data(text.utf8))
    }

    static func encode(_ c: Comment) -> [UInt8]? {
        var w = JSONTextWriter(capacity: 512)
        w.beginObject()
        w.field("assignee", c.assignee)
        w.field("authorFollowers", c.authorFollowers)
        w.field("authorRef", c.authorRef.rawValue)
        w.field("category", c.category?.rawValue)
        w.key("categoryScores")
        guard BodyJSON.write(c.categoryScores, &w) else { return nil }
        if let claim = c.claim {
            w.key("claim")
            w.beginObject()
            w.field("holder", claim.holder)
            w.field("leaseUntil", claim.leaseUntil)
            w.endObject()
        }
        w.field("classifiedBy", c.classifiedBy)
        if let topics = c.criticalTopics {
            w.key("criticalTopics")
            w.beginArray()
            for topic in topics { w.string(topic) }
            w.endArray()
        }
        w.key("escalations")
        w.beginArray()
        for e in c.escalations {
            w.beginObject()
            w.field("at", e.at)
            w.field("by", e.by)
            w.field("note", e.note)
            w.field("to", e.to.rawValue)
            w.endObject()
        }
        w.endArray()
        w.field("firstResolvedAt", c.firstResolvedAt)
        w.field("firstResponseAt", c.firstResponseAt)
        w.field("id", c.id.rawValue)
        w.field("language", c.language)
        w.field("network", c.network.name)
        w.field("parentID", c.parentID?.rawValue)
        w.field("postedAt", c.postedAt)
        w.field("reopenCount", c.reopenCount)
        w.key("replies")
        w.beginArray()
        for reply in c.replies {
            w.beginObject()
            w.field("at", reply.at)
            w.field("by", reply.by)
            w.field("id", reply.id)
            w.field("language", reply.language)
            w.field("templateID", reply.templateID?.rawValue)
            w.field("text", reply.text)
            w.endObject()
        }
        w.endArray()
        if let resolution = c.resolution {
            w.key("resolution")
            w.beginObject()
            w.field("at", resolution.at)
            w.field("by", resolution.by)
            w.field("note", resolution.note)
            w.field("state", resolution.state.rawValue)
            w.endObject()
        }
        w.field("state", c.state.rawValue)
        w.key("target")
        BodyJSON.write(c.target, &w)
        w.field("threadRootID", c.threadRootID.rawValue)
        w.field("version", c.version)
        w.key("visibility")
        w.beginObject()
        switch c.visibility {
        case .visible:
            w.key("visible")
            w.beginObject()
            w.endObject()
        case .hidden(let hide):
            w.key("hidden")
            w.beginObject()
            w.key("_0")
            w.beginObject()
            w.field("at", hide.at)
            w.field("by", hide.by)
            w.field("ground", hide.ground)
            w.field("note", hide.note)
            w.field("reason", hide.reason.rawValue)
            w.endObject()
            w.endObject()
        }
        w.endObject()
        w.endObject()
        return w.bytes
    }

    static func readComment(_ r: inout JSONTextReader) throws -> Comment {
        var assignee: String?, followers: Int?, ref: String?, category: CommentCategory?, scores: [String: Double]?
        var claim: Claim?, classifiedBy: String?, escalations: [Escalation]?, firstResponse: Date?, firstResolved: Date?, id: String?
        var language: String?, network: String?, parent: String?, posted: Date?, reopen: Int?, replies: [Reply]?
        var resolution: Resolution?, state: ModerationState?, target: CommentTarget?, root: String?, version: Int64?
        var visibility: Visibility?, criticalTopics: [String]?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "assignee": assignee = try r.optionalString()
            case "authorFollowers": followers = try r.int()
            case "authorRef": ref = try r.string()
            case "category": category = r.null() ? nil : try r.rawValue(CommentCategory.self)
            case "categoryScores": scores = try BodyJSON.readScores(&r)
            case "claim": claim = r.null() ? nil : try readClaim(&r)
            case "classifiedBy": classifiedBy = try r.optionalString()
            case "criticalTopics": criticalTopics = r.null() ? nil : try readArray(&r) { try $0.string() }
            case "escalations": escalations = try readArray(&r, readEscalation)
            case "firstResolvedAt": firstResolved = r.null() ? nil : try r.date()
            case "firstResponseAt": firstResponse = r.null() ? nil : try r.date()
            case "id": id = try r.string()
            case "language": language = try r.optionalString()
            case "network": network = try r.string()
            case "parentID": parent = try r.optionalString()
            case "postedAt": posted = try r.date()
            case "reopenCount": reopen = try r.int()
            case "replies": replies = try readArray(&r, readReply)
            case "resolution": resolution = r.null() ? nil : try readResolution(&r)
            case "state": state = try r.rawValue(ModerationState.self)
            case "target": target = try BodyJSON.read(CommentTarget.self, &r)
            case "threadRootID": root = try r.string()
            case "version": version = try r.int64()
            case "visibility": visibility = try readVisibility(&r)
            default: try r.skipValue()
            }
        }
        guard let followers, let ref, let scores, let escalations, let id, let network, let posted, let reopen, let replies,
              let state, let target, let root, let version, let visibility else { throw JSONTextReader.missingField }
        var c = Comment(id: CommentID(id), network: Network(network), authorRef: PersonRef(ref), authorFollowers: followers,
                        target: target, parentID: parent.map { CommentID($0) }, threadRootID: CommentID(root), postedAt: posted,
                        language: language, version: version)
        c.category = category
        c.categoryScores = scores
        c.classifiedBy = classifiedBy
        c.state = state
        c.visibility = visibility
        c.assignee = assignee
        c.claim = claim
        c.replies = replies
        c.escalations = escalations
        c.resolution = resolution
        c.firstResponseAt = firstResponse
        c.firstResolvedAt = firstResolved
        c.reopenCount = reopen
        c.criticalTopics = criticalTopics
        return c
    }

    private static func readArray<T>(_ r: inout JSONTextReader, _ element: (inout JSONTextReader) throws -> T) throws -> [T] {
        var out: [T] = []
        try r.beginArray()
        while try r.nextElement() { out.append(try element(&r)) }
        return out
    }

    private static func readClaim(_ r: inout JSONTextReader) throws -> Claim {
        var holder: String?, lease: Date?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "holder": holder = try r.string()
            case "leaseUntil": lease = try r.date()
            default: try r.skipValue()
            }
        }
        guard let holder, let lease else { throw JSONTextReader.missingField }
        return Claim(holder: holder, leaseUntil: lease)
    }

    private static func readEscalation(_ r: inout JSONTextReader) throws -> Escalation {
        var at: Date?, by: String?, note: String?, to: EscalationTarget?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "at": at = try r.date()
            case "by": by = try r.string()
            case "note": note = try r.string()
            case "to": to = try r.rawValue(EscalationTarget.self)
            default: try r.skipValue()
            }
        }
        guard let at, let by, let note, let to else { throw JSONTextReader.missingField }
        return Escalation(to: to, note: note, by: by, at: at)
    }

    private static func readReply(_ r: inout JSONTextReader) throws -> Reply {
        var at: Date?, by: String?, id: String?, language: String?, template: String?, text: String?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "at": at = try r.date()
            case "by": by = try r.string()
            case "id": id = try r.string()
            case "language": language = try r.string()
            case "templateID": template = try r.optionalString()
            case "text": text = try r.string()
            default: try r.skipValue()
            }
        }
        guard let at, let by, let id, let language, let text else { throw JSONTextReader.missingField }
        return Reply(id: id, text: text, language: language, by: by, at: at, templateID: template.map { TemplateID($0) })
    }

    private static func readResolution(_ r: inout JSONTextReader) throws -> Resolution {
        var at: Date?, by: String?, note: String?, state: ModerationState?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "at": at = try r.date()
            case "by": by = try r.string()
            case "note": note = try r.optionalString()
            case "state": state = try r.rawValue(ModerationState.self)
            default: try r.skipValue()
            }
        }
        guard let at, let by, let state else { throw JSONTextReader.missingField }
        return Resolution(state: state, note: note, by: by, at: at)
    }

    /// `{"visible":{}}` or `{"hidden":{"_0":{...}}}`, Codable's shape for the enum; anything else goes to Codable.
    private static func readVisibility(_ r: inout JSONTextReader) throws -> Visibility {
        try r.beginObject()
        guard let key = try r.nextKey() else { throw JSONTextReader.missingField }
        let visibility: Visibility
        switch key {
        case "visible":
            try r.beginObject()
            guard try r.nextKey() == nil else { throw JSONTextReader.missingField }
            visibility = .visible
        case "hidden":
            try r.beginObject()
            guard try r.nextKey() == "_0" else { throw JSONTextReader.missingField }
            visibility = .hidden(try readHide(&r))
            guard try r.nextKey() == nil else { throw JSONTextReader.missingField }
        default:
            throw JSONTextReader.missingField
        }
        guard try r.nextKey() == nil else { throw JSONTextReader.missingField }
        return visibility
    }

    private static func readHide(_ r: inout JSONTextReader) throws -> HideRecord {
        var at: Date?, by: String?, ground: String?, note: String?, reason: CommentCategory?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "at": at = try r.date()
            case "by": by = try r.string()
            case "ground": ground = try r.string()
            case "note": note = try r.string()
            case "reason": reason = try r.rawValue(CommentCategory.self)
            default: try r.skipValue()
            }
        }
        guard let at, let by, let ground, let note, let reason else { throw JSONTextReader.missingField }
        return HideRecord(reason: reason, ground: ground, note: note, by: by, at: at)
    }

    // MARK: Shares

    public static func text(_ s: Share, fallback encoder: JSONEncoder) throws -> String {
        String(decoding: encode(s), as: UTF8.self)
    }

    public static func share(_ text: String, fallback decoder: JSONDecoder) throws -> Share {
        var r = JSONTextReader(text)
        if let s = try? readShare(&r), (try? r.end()) != nil { return s }
        return try decoder.decode(Share.self, from: Data(text.utf8))
    }

    static func encode(_ s: Share) -> [UInt8] {
        var w = JSONTextWriter()
        w.beginObject()
        w.field("ambassadorID", s.ambassadorID.rawValue)
        w.field("id", s.id.rawValue)
        w.field("measuredAt", s.measuredAt)
        w.key("metrics")
        BodyJSON.write(s.metrics, &w)
        w.field("network", s.network.name)
        w.field("postedAt", s.postedAt)
        w.field("storyID", s.storyID?.rawValue)
        w.field("text", s.text)
        w.field("version", s.version)
        w.endObject()
        return w.bytes
    }

    static func readShare(_ r: inout JSONTextReader) throws -> Share {
        var ambassador: String?, id: String?, measured: Date?, metrics: ShareMetrics?, network: String?, posted: Date?
        var story: String?, text: String?, version: Int64?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "ambassadorID": ambassador = try r.string()
            case "id": id = try r.string()
            case "measuredAt": measured = r.null() ? nil : try r.date()
            case "metrics": metrics = try BodyJSON.read(ShareMetrics.self, &r)
            case "network": network = try r.string()
            case "postedAt": posted = try r.date()
            case "storyID": story = try r.optionalString()
            case "text": text = try r.string()
            case "version": version = try r.int64()
            default: try r.skipValue()
            }
        }
        guard let ambassador, let id, let metrics, let network, let posted, let text, let version else { throw JSONTextReader.missingField }
        return Share(id: ShareID(id), ambassadorID: AmbassadorID(ambassador), storyID: story.map { StoryID($0) }, network: Network(network),
                     postedAt: posted, text: text, metrics: metrics, measuredAt: measured, version: version)
    }
}
