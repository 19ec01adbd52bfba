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
    /// Whether the SLA counts working time only (`moderation.slaBusinessHours`).
    public let businessHours: Bool
    /// Minutes of the SLA's own time (working minutes where `businessHours`) since posting.
    public let elapsedMinutes: Double
    public var overdueMinutes: Double { elapsedMinutes - Double(slaMinutes) }

    /// The breaches at a moment, most overdue first. A comment breaches when its state is open,
    /// it is visible (a hide is an answer of its own: someone acted), it has no first response,
    /// and more than `settings.sla(for: category)` minutes have passed since it was posted (the
    /// `default` level when unclassified): it was posted before its category's `SLACutoffs` cutoff.
    ///
    /// Minutes are wall-clock time (nights, weekends and holidays count: a threat on Friday
    /// evening breaches on Friday night) except for the categories of `slaBusinessHours`, where
    /// only working time counts.
    public static func breaches(in comments: some Sequence<Comment>, at moment: Date,
                                settings: ModerationSettings, calendar: NewsroomCalendar) -> [SLABreach] {
        let cutoffs = SLACutoffs(at: moment, settings: settings, calendar: calendar)
        let working = BusinessTime(hours: settings.businessHours, holidays: settings.holidays, calendar: calendar)
        var out: [SLABreach] = []
        for c in comments where cutoffs.isBreached(c) {
            let business = settings.slaCountsBusinessHours(c.category)
            let age = moment.timeIntervalSince(c.postedAt) / 60
            out.append(SLABreach(commentID: c.id, category: c.category, state: c.state, postedAt: c.postedAt,
                                 ageMinutes: age, slaMinutes: settings.sla(for: c.category), businessHours: business,
                                 elapsedMinutes: business ? working.seconds(from: c.postedAt, to: moment) / 60 : age))
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
        try c.encode(businessHours, forKey: "businessHours")
        try c.encode(elapsedMinutes, forKey: "elapsedMinutes")
        try c.encode(overdueMinutes, forKey: "overdueMinutes")
    }
}
