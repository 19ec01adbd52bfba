import Foundation
import NewsroomCore

/// Reads the record shapes of JSON Lines (no envelope): a comment, a share's metrics, a mention
/// count. The shape comes from `kind`, or, without it, from the fields present.
enum JSONRecordShapes {
    static func record(_ f: JSONFields, calendar: NewsroomCalendar) throws -> ImportRecord {
        switch try kind(f) {
        case .comment: return .comment(try comment(f, calendar: calendar))
        case .shareMetrics: return .shareMetrics(try shareMetrics(f, calendar: calendar))
        case .mentionCount: return .mentionCount(try mentionCount(f, calendar: calendar))
        }
    }

    enum Kind { case comment, shareMetrics, mentionCount }

    static func kind(_ f: JSONFields) throws -> Kind {
        if let kind = try f.string("kind") {
            switch kind.lowercased() {
            case "comment": return .comment
            case "share.metrics", "sharemetrics", "share-metrics", "metrics": return .shareMetrics
            case "mention.count", "mentioncount", "mention", "mentions": return .mentionCount
            default:
                throw LineProblem("field 'kind' is '\(kind)'; known kinds are 'comment', 'share.metrics' and 'mention.count'")
            }
        }
        if f.has("text") && (f.has("author") || f.has("handle")) { return .comment }
        if (f.has("share") || f.has("shareID")) && ShareMetricFields.names.contains(where: { f.has($0.0) }) { return .shareMetrics }
        if f.has("mentions") && f.has("topic") { return .mentionCount }
        throw LineProblem("cannot tell what this line is: an event needs 'type' and 'body'; a record needs 'kind' "
                          + "(comment, share.metrics, mention.count) or their fields (see docs/import.md)")
    }

    static func comment(_ f: JSONFields, calendar: NewsroomCalendar) throws -> CommentRecord {
        let network = Network(try f.requiredString("network"))
        var handle = try f.requiredString("author", "handle").trimmingCharacters(in: .whitespaces)
        if handle.hasPrefix("@") { handle.removeFirst() }
        let text = try f.requiredString("text")
        let time = try f.requiredTime("time", "postedAt", calendar: calendar)
        var target = CommentTarget(kind: .companyPost, id: "unknown")
        if let on = try f.object("on") {
            let of = JSONFields(object: on)
            let kindText = try of.requiredString("kind")
            guard let kind = CommentTarget.Kind(loosely: kindText) else {
                throw LineProblem("field 'on.kind' must be 'share', 'story' or 'companyPost', found '\(kindText)'")
            }
            target = CommentTarget(kind: kind, id: try of.requiredString("id"))
        } else if let post = try f.string("post", "postID") {
            target = CommentTarget(kind: .companyPost, id: post)
        }
        let followers = try f.integer("followers", "authorFollowers") ?? 0
        guard followers >= 0 else { throw LineProblem("field 'followers' must not be negative, found \(followers)") }
        return CommentRecord(network: network, id: try f.string("id", "commentID"), author: handle,
                             displayName: try f.string("name", "displayName", "authorName"),
                             profileURL: try f.string("profileURL", "profile"), followers: followers, text: text, time: time,
                             target: target, parent: try f.string("parent", "parentID"), language: try f.string("language", "lang"),
                             origin: try f.string("origin", "source"))
    }

    static func shareMetrics(_ f: JSONFields, calendar: NewsroomCalendar) throws -> ShareMetricsRecord {
        let share = ShareID(try f.requiredString("share", "shareID"))
        let measuredAt = try f.requiredTime("measuredAt", "time", calendar: calendar)
        var metrics = ShareMetrics.zero
        var found = false
        for (name, path) in ShareMetricFields.names {
            guard let value = try f.integer(name) else { continue }
            guard value >= 0 else { throw LineProblem("field '\(name)' must not be negative, found \(value)") }
            metrics[keyPath: path] = value
            found = true
        }
        guard found else {
            throw LineProblem("a share-metrics record needs at least one of " + ShareMetricFields.names.map { "'\($0.0)'" }.joined(separator: ", "))
        }
        return ShareMetricsRecord(shareID: share, measuredAt: measuredAt, metrics: metrics,
                                  network: try f.string("network").map { Network($0) }, origin: try f.string("origin", "source"))
    }

    static func mentionCount(_ f: JSONFields, calendar: NewsroomCalendar) throws -> MentionCountRecord {
        let dateText = try f.requiredString("date")
        guard let date = LocalTimeText.day(dateText, calendar: calendar) else {
            throw LineProblem("field 'date' must be a date like '2026-11-24', found '\(dateText)'")
        }
        let mentions = try f.requiredInteger("mentions")
        let engagement = try f.integer("engagement") ?? 0
        guard mentions >= 0, engagement >= 0 else { throw LineProblem("fields 'mentions' and 'engagement' must not be negative") }
        let count = MentionCount(source: try f.string("source") ?? MentionCount.ours, topic: try f.requiredString("topic"),
                                 date: date, mentions: mentions, engagement: engagement)
        return MentionCountRecord(count: count, origin: try f.string("origin"))
    }
}
