import Foundation
import NewsroomCore

/// The simpler shapes other tools deliver (a JSON record without the envelope, or a CSV row),
/// read into one form before they are wrapped into events. See docs/import.md.
enum ImportRecord {
    case comment(CommentRecord)
    case shareMetrics(ShareMetricsRecord)
    case mentionCount(MentionCountRecord)
}

/// A comment from a network or a social-listening tool. Handle, name, profile link and text are
/// personal data: they travel beside the event, never in its body.
struct CommentRecord {
    var network: Network
    /// The network's own id of the comment (nil: the id comes from the file's content and line).
    var id: String?
    var author: String
    var displayName: String?
    var profileURL: String?
    var followers: Int
    var text: String
    var time: Date
    var target: CommentTarget
    /// The network's id of the comment this one answers.
    var parent: String?
    var language: String?
    var origin: String?
}

/// A share's figures at a moment (totals so far); absent figures count as 0, which never shrinks a share.
struct ShareMetricsRecord {
    var shareID: ShareID
    var measuredAt: Date
    var metrics: ShareMetrics
    var network: Network?
    var origin: String?
}

/// How often a topic was mentioned on a day, by us (`ours`) or a peer.
struct MentionCountRecord {
    var count: MentionCount
    var origin: String?
}

/// The metric fields of a share-metrics record, by their JSON names.
enum ShareMetricFields {
    static var names: [(String, WritableKeyPath<ShareMetrics, Int>)] { [
        ("impressions", \.impressions), ("adImpressions", \.adImpressions), ("eventVisits", \.eventVisits),
        ("clicks", \.clicks), ("reactions", \.reactions), ("comments", \.comments), ("reshares", \.reshares),
        ("visitsFromSocial", \.visitsFromSocial), ("leads", \.leads), ("bookedMeetings", \.bookedMeetings),
    ] }
}

extension CommentTarget.Kind {
    /// `share`, `story`, `companyPost` (also `company_post`, `company-post`, `post`), any case.
    init?(loosely text: String) {
        switch text.lowercased().filter({ $0 != "_" && $0 != "-" && $0 != " " }) {
        case "share": self = .share
        case "story": self = .story
        case "companypost", "post", "beitrag": self = .companyPost
        default: return nil
        }
    }
}
