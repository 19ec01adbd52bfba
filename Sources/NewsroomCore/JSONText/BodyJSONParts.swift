import Foundation

/// The parts several hot bodies and projections share (a comment's target, a share's figures, a
/// decision, category scores), written and read as Codable does.
extension BodyJSON {
    static func write(_ target: CommentTarget, _ w: inout JSONTextWriter) {
        w.beginObject()
        w.field("id", target.id)
        w.field("kind", target.kind.rawValue)
        w.endObject()
    }

    static func read(_: CommentTarget.Type, _ r: inout JSONTextReader) throws -> CommentTarget {
        var id: String?, kind: CommentTarget.Kind?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "id": id = try r.string()
            case "kind": kind = try r.rawValue(CommentTarget.Kind.self)
            default: try r.skipValue()
            }
        }
        guard let id, let kind else { throw JSONTextReader.missingField }
        return CommentTarget(kind: kind, id: id)
    }

    static func write(_ m: ShareMetrics, _ w: inout JSONTextWriter) {
        w.beginObject()
        w.field("adImpressions", m.adImpressions)
        w.field("bookedMeetings", m.bookedMeetings)
        w.field("clicks", m.clicks)
        w.field("comments", m.comments)
        w.field("eventVisits", m.eventVisits)
        w.field("impressions", m.impressions)
        w.field("leads", m.leads)
        w.field("reactions", m.reactions)
        w.field("reshares", m.reshares)
        w.field("visitsFromSocial", m.visitsFromSocial)
        w.endObject()
    }

    static func read(_: ShareMetrics.Type, _ r: inout JSONTextReader) throws -> ShareMetrics {
        var m = ShareMetrics()
        var seen = 0
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "adImpressions": m.adImpressions = try r.int(); seen |= 1
            case "bookedMeetings": m.bookedMeetings = try r.int(); seen |= 2
            case "clicks": m.clicks = try r.int(); seen |= 4
            case "comments": m.comments = try r.int(); seen |= 8
            case "eventVisits": m.eventVisits = try r.int(); seen |= 16
            case "impressions": m.impressions = try r.int(); seen |= 32
            case "leads": m.leads = try r.int(); seen |= 64
            case "reactions": m.reactions = try r.int(); seen |= 128
            case "reshares": m.reshares = try r.int(); seen |= 256
            case "visitsFromSocial": m.visitsFromSocial = try r.int(); seen |= 512
            default: try r.skipValue()
            }
        }
        guard seen == 1023 else { throw JSONTextReader.missingField }
        return m
    }

    static func write(_ d: BriefingDecision, _ w: inout JSONTextWriter) {
        w.beginObject()
        w.field("kind", d.kind)
        switch d {
        case .pending, .share: break
        case .hold(let reason): w.field("reason", reason)
        case .embargo(let until): w.field("until", until)
        }
        w.endObject()
    }

    static func read(_: BriefingDecision.Type, _ r: inout JSONTextReader) throws -> BriefingDecision {
        var kind: String?, reason: String?, until: Date?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "kind": kind = try r.string()
            case "reason": reason = try r.string()
            case "until": until = try r.date()
            default: try r.skipValue()
            }
        }
        switch kind {
        case "pending": return .pending
        case "share": return .share
        case "hold": if let reason { return .hold(reason: reason) }
        case "embargo": if let until { return .embargo(until: until) }
        default: break
        }
        throw JSONTextReader.missingField
    }

    /// Category scores: keys in Codable's sorted order (ASCII names only; others go to Codable).
    static func write(_ scores: [String: Double], _ w: inout JSONTextWriter) -> Bool {
        guard scores.keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return false }
        w.beginObject()
        for key in scores.keys.sorted() {
            w.key(text: key)
            guard w.double(scores[key]!) else { return false }
        }
        w.endObject()
        return true
    }

    static func readScores(_ r: inout JSONTextReader) throws -> [String: Double] {
        var scores: [String: Double] = [:]
        try r.beginObject()
        while let key = try r.nextKey() { scores[key] = try r.double() }
        return scores
    }
}
