import Foundation

/// The column table of docs/import.md: which header names (German and English; case, spaces,
/// hyphens and umlaut spelling do not matter) mean which field, for each kind of CSV file.
/// The header row decides the kind: the one whose required columns are all there.
enum CSVColumns {
    enum Kind: String, CaseIterable {
        case comments, shareMetrics = "share metrics", mentionCounts = "mention counts"
    }

    enum Field: String, CaseIterable {
        case network, id, author, displayName, profileURL, followers, text, time, clock, post, targetKind, parent, language, origin
        case share, measuredAt
        case impressions, adImpressions, eventVisits, clicks, reactions, comments, reshares, visitsFromSocial, leads, bookedMeetings
        case date, topic, source, mentions, engagement
    }

    static let networkNames = ["Netzwerk", "Network", "Plattform", "Platform", "Kanal", "Channel"]
    static let clockNames = ["Uhrzeit", "Zeit", "Time", "Time of Day"]

    /// Per kind: each field with the header names that mean it, in the order of docs/import.md.
    static func table(_ kind: Kind) -> [(Field, [String])] {
        switch kind {
        case .comments:
            return [
                (.network, networkNames),
                (.id, ["Kommentar-ID", "ID", "Kommentar Nr", "Comment ID", "Comment No"]),
                (.author, ["Autor", "Author", "Handle", "Benutzer", "Benutzername", "Verfasser", "User", "Username"]),
                (.displayName, ["Name", "Anzeigename", "Autorenname", "Display Name", "Author Name"]),
                (.profileURL, ["Profil", "Profil-URL", "Profil-Link", "Profile", "Profile URL", "Profile Link"]),
                (.followers, ["Follower", "Followers", "Abonnenten", "Fans"]),
                (.text, ["Kommentar", "Text", "Kommentartext", "Inhalt", "Nachricht", "Comment", "Comment Text", "Content", "Message"]),
                (.time, ["Datum", "Zeitpunkt", "Erstellt", "Erstellt am", "Veröffentlicht", "Gepostet", "Zeitstempel",
                         "Date", "Created", "Created At", "Published", "Posted", "Timestamp"]),
                (.clock, clockNames),
                (.post, ["Beitrag", "Beitrags-ID", "Post", "Post ID"]),
                (.targetKind, ["Beitragsart", "Beitragstyp", "Post Type", "Target Kind"]),
                (.parent, ["Antwort auf", "Übergeordnet", "Parent", "Parent ID", "Reply To", "In Reply To"]),
                (.language, ["Sprache", "Language", "Lang"]),
                (.origin, ["Quelle", "Tool", "Source", "Origin"]),
            ]
        case .shareMetrics:
            return [
                (.share, ["Share-ID", "Share", "Teilung", "Teilungs-ID", "Geteilter Beitrag", "Share ID", "Shared Post"]),
                (.measuredAt, ["Gemessen am", "Messzeitpunkt", "Stand", "Datum", "Zeitpunkt", "Measured At", "Measured", "Date", "Timestamp"]),
                (.clock, clockNames),
                (.network, networkNames),
                (.impressions, ["Impressionen", "Aufrufe", "Impressions", "Views"]),
                (.adImpressions, ["Werbe-Impressionen", "Anzeigen-Impressionen", "Bezahlte Impressionen", "Ad Impressions", "Paid Impressions"]),
                (.eventVisits, ["Eventbesuche", "Veranstaltungsbesuche", "Event Visits"]),
                (.clicks, ["Klicks", "Link-Klicks", "Clicks", "Link Clicks"]),
                (.reactions, ["Reaktionen", "Gefällt mir", "Reactions", "Likes"]),
                (.comments, ["Kommentare", "Comments"]),
                (.reshares, ["Geteilt", "Teilungen", "Weitergeleitet", "Reshares", "Reposts", "Shares"]),
                (.visitsFromSocial, ["Besuche aus Social", "Website-Besuche", "Webseitenbesuche", "Visits from Social", "Website Visits"]),
                (.leads, ["Leads"]),
                (.bookedMeetings, ["Gebuchte Termine", "Termine", "Booked Meetings", "Meetings"]),
                (.origin, ["Quelle", "Tool", "Source", "Origin"]),
            ]
        case .mentionCounts:
            return [
                (.date, ["Datum", "Tag", "Date", "Day"]),
                (.topic, ["Thema", "Schlagwort", "Topic", "Keyword", "Hashtag"]),
                (.source, ["Quelle", "Absender", "Marke", "Unternehmen", "Source", "Brand", "Company"]),
                (.mentions, ["Erwähnungen", "Nennungen", "Anzahl", "Mentions", "Count"]),
                (.engagement, ["Engagement", "Interaktionen", "Interactions"]),
                (.origin, ["Tool", "Origin"]),
            ]
        }
    }

    static func required(_ kind: Kind) -> [Field] {
        switch kind {
        case .comments: return [.network, .author, .text, .time]
        case .shareMetrics: return [.share, .measuredAt]
        case .mentionCounts: return [.date, .topic, .mentions]
        }
    }

    static let metricFields: [Field] = [.impressions, .adImpressions, .eventVisits, .clicks, .reactions, .comments, .reshares,
                                        .visitsFromSocial, .leads, .bookedMeetings]

    /// A header name reduced to what matters: lower case, umlauts spelled out, letters and digits only.
    static func normalised(_ name: String) -> String {
        var out = ""
        for ch in name.lowercased() {
            switch ch {
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            case "ß": out += "ss"
            default: if ch.isLetter || ch.isNumber { out.append(ch) }
            }
        }
        return out
    }
}

/// What a CSV header row says: the kind of file and which cell holds which field.
struct CSVLayout {
    let kind: CSVColumns.Kind
    let separator: UInt8
    /// The header names as written, for reasons ("column 'Follower' ...").
    let names: [String]
    let columns: [CSVColumns.Field: Int]

    /// Per kind, every alias normalised to its field (made once, not for every file).
    private static let lookups: [CSVColumns.Kind: [String: CSVColumns.Field]] = Dictionary(uniqueKeysWithValues: CSVColumns.Kind.allCases.map { kind in
        var lookup: [String: CSVColumns.Field] = [:]
        for (field, aliases) in CSVColumns.table(kind) {
            for alias in aliases { lookup[CSVColumns.normalised(alias)] = field }
        }
        return (kind, lookup)
    })

    static func read(header names: [String], separator: UInt8, file: String) throws -> CSVLayout {
        var candidates: [(CSVLayout, missing: [CSVColumns.Field])] = []
        let normalisedNames = names.map(CSVColumns.normalised)
        for kind in CSVColumns.Kind.allCases {
            let lookup = lookups[kind] ?? [:]
            var columns: [CSVColumns.Field: Int] = [:]
            for (index, name) in normalisedNames.enumerated() {
                if let field = lookup[name], columns[field] == nil { columns[field] = index }
            }
            // A lone time-of-day column is the time.
            if kind == .comments, columns[.time] == nil, let clock = columns[.clock] {
                columns[.time] = clock
                columns[.clock] = nil
            }
            var missing = CSVColumns.required(kind).filter { columns[$0] == nil }
            if kind == .shareMetrics, !CSVColumns.metricFields.contains(where: { columns[$0] != nil }) { missing.append(.impressions) }
            candidates.append((CSVLayout(kind: kind, separator: separator, names: names, columns: columns), missing))
        }
        let complete = candidates.filter { $0.missing.isEmpty }.map(\.0)
        if let best = complete.max(by: { $0.columns.count < $1.columns.count }) { return best }

        let closest = candidates.min { a, b in
            a.missing.count != b.missing.count ? a.missing.count < b.missing.count : a.0.columns.count > b.0.columns.count
        }!
        let table = Dictionary(CSVColumns.table(closest.0.kind), uniquingKeysWith: { a, _ in a })
        let needs = closest.missing.map { field -> String in
            // Share metrics need some metric column, whichever: `missing` names impressions for it.
            if closest.0.kind == .shareMetrics && field == .impressions { return "a metric column (e.g. 'Impressionen', 'Klicks', 'Clicks')" }
            return (table[field] ?? []).prefix(3).map { "'\($0)'" }.joined(separator: " or ")
        }
        let found = names.map { "'\($0)'" }.joined(separator: ", ")
        throw ImportError.unrecognisedHeader(file: file, detail: "as \(closest.0.kind.rawValue) it lacks \(needs.joined(separator: "; ")) (columns found: \(found))")
    }
}
