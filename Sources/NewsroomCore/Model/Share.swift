import Foundation

/// The figures of a share, as totals at the time they were measured. They only grow.
public struct ShareMetrics: Hashable, Sendable, Codable {
    public var impressions: Int
    public var adImpressions: Int
    public var eventVisits: Int
    public var clicks: Int
    public var reactions: Int
    public var comments: Int
    public var reshares: Int
    public var visitsFromSocial: Int
    public var leads: Int
    public var bookedMeetings: Int

    public init(impressions: Int = 0, adImpressions: Int = 0, eventVisits: Int = 0, clicks: Int = 0, reactions: Int = 0,
                comments: Int = 0, reshares: Int = 0, visitsFromSocial: Int = 0, leads: Int = 0, bookedMeetings: Int = 0) {
        self.impressions = impressions
        self.adImpressions = adImpressions
        self.eventVisits = eventVisits
        self.clicks = clicks
        self.reactions = reactions
        self.comments = comments
        self.reshares = reshares
        self.visitsFromSocial = visitsFromSocial
        self.leads = leads
        self.bookedMeetings = bookedMeetings
    }

    public static let zero = ShareMetrics()

    /// Each figure with its counter name, in one place, so aggregates and exports agree.
    public var figures: [(Metric, Int)] {
        [(.impressions, impressions), (.adImpressions, adImpressions), (.eventVisits, eventVisits), (.clicks, clicks),
         (.reactions, reactions), (.comments, comments), (.reshares, reshares), (.visitsFromSocial, visitsFromSocial),
         (.leads, leads), (.bookedMeetings, bookedMeetings)]
    }

    /// The growth from an earlier measurement (never negative: a platform that revises a count
    /// downwards does not take back what was already counted).
    public func growth(since earlier: ShareMetrics) -> [(Metric, Int)] {
        zip(figures, earlier.figures).compactMap { now, before in
            let delta = now.1 - before.1
            return delta > 0 ? (now.0, delta) : nil
        }
    }

    /// The larger of each figure, so a late, lower measurement does not shrink a share.
    public func merged(with other: ShareMetrics) -> ShareMetrics {
        ShareMetrics(impressions: max(impressions, other.impressions), adImpressions: max(adImpressions, other.adImpressions),
                     eventVisits: max(eventVisits, other.eventVisits), clicks: max(clicks, other.clicks),
                     reactions: max(reactions, other.reactions), comments: max(comments, other.comments),
                     reshares: max(reshares, other.reshares), visitsFromSocial: max(visitsFromSocial, other.visitsFromSocial),
                     leads: max(leads, other.leads), bookedMeetings: max(bookedMeetings, other.bookedMeetings))
    }
}

/// An ambassador posted a story (or something of their own) on a network.
public struct Share: Hashable, Sendable, Codable {
    public let id: ShareID
    public var ambassadorID: AmbassadorID
    public var storyID: StoryID?
    public var network: Network
    public var postedAt: Date
    /// The words the ambassador actually posted (work data of an employee).
    public var text: String
    public var metrics: ShareMetrics
    public var measuredAt: Date?
    public var version: Int64

    public init(id: ShareID, ambassadorID: AmbassadorID, storyID: StoryID?, network: Network, postedAt: Date, text: String,
                metrics: ShareMetrics = .zero, measuredAt: Date? = nil, version: Int64) {
        self.id = id
        self.ambassadorID = ambassadorID
        self.storyID = storyID
        self.network = network
        self.postedAt = postedAt
        self.text = text
        self.metrics = metrics
        self.measuredAt = measuredAt
        self.version = version
    }

    /// The hashtags in the posted text, lower-cased, in order of appearance.
    public var hashtags: [String] { Hashtags.extract(from: text) }
}

/// Finds `#tags` in posted text (letters, digits, umlauts, underscores, and the marks that
/// combine with them). It walks the text's scalars, not its characters, and gives up at once on a
/// text without `#`: the fold runs it for every measurement of a share.
public enum Hashtags {
    public static func extract(from text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "#")) else { return [] }
        var tags: [String] = []
        var current: String.UnicodeScalarView?
        func finish() {
            if let tag = current, !tag.isEmpty { tags.append(String(tag).lowercased()) }
            current = nil
        }
        for scalar in text.unicodeScalars {
            if scalar == "#" {
                finish()
                current = String.UnicodeScalarView()
            } else if current != nil, continuesTag(scalar, after: current!) {
                current!.append(scalar)
            } else {
                finish()
            }
        }
        finish()
        return tags
    }

    /// A letter, a digit or `_`; a combining mark only after something it can combine with.
    private static func continuesTag(_ scalar: Unicode.Scalar, after tag: String.UnicodeScalarView) -> Bool {
        // ASCII without asking for the scalar's properties (a table lookup that showed in the replay's profile).
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x5F
        }
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return !tag.isEmpty
        default: return false
        }
    }
}
