import Foundation

/// An open comment that has waited longer for a first response than its category's service level
/// (`moderation.slaMinutes` in `newsroom.yaml`): what the top bar's alert and the queue flag show.
public struct SLABreach: Hashable, Sendable, Encodable {
    public let commentID: CommentID
    public let category: CommentCategory?
    public let state: ModerationState
    public let postedAt: Date
    /// Wall-clock minutes since the comment was posted.
    public let ageMinutes: Double
    public let slaMinutes: Int
    public var overdueMinutes: Double { ageMinutes - Double(slaMinutes) }

    /// The breaches at a moment, most overdue first. A comment breaches when its state is open,
    /// it is visible (a hide is an answer of its own: someone acted), it has no first response,
    /// and `moment − postedAt` is more than `settings.sla(for: category)` minutes (the `default`
    /// level when unclassified): it was posted before its category's `SLACutoffs` cutoff.
    ///
    /// The age is plain wall-clock time: nights, weekends and holidays count. Business hours
    /// (`moderation.businessHours`) are not applied here; a comment on Friday evening breaches
    /// on Friday night, which is what a newsroom on call wants to see.
    public static func breaches(in comments: some Sequence<Comment>, at moment: Date,
                                settings: ModerationSettings) -> [SLABreach] {
        let cutoffs = SLACutoffs(at: moment, settings: settings)
        var out: [SLABreach] = []
        for c in comments where cutoffs.isBreached(c) {
            out.append(SLABreach(commentID: c.id, category: c.category, state: c.state, postedAt: c.postedAt,
                                 ageMinutes: moment.timeIntervalSince(c.postedAt) / 60, slaMinutes: settings.sla(for: c.category)))
        }
        return out.sorted { $0.overdueMinutes != $1.overdueMinutes ? $0.overdueMinutes > $1.overdueMinutes : $0.commentID < $1.commentID }
    }
}

extension SLABreach {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KPIKey.self)
        try c.encode(commentID, forKey: "commentID")
        try c.encode(category, forKey: "category")
        try c.encode(state, forKey: "state")
        try c.encodeTime(postedAt, forKey: "postedAt")
        try c.encode(ageMinutes, forKey: "ageMinutes")
        try c.encode(slaMinutes, forKey: "slaMinutes")
        try c.encode(overdueMinutes, forKey: "overdueMinutes")
    }
}
