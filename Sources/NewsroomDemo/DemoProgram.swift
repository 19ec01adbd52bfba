import Foundation
import NewsroomCore

/// The fictional company behind the demo and the fixed facts of its program: topics, peers,
/// campaigns, hashtags and the people in the newsroom. Inspired by the programs in the seed
/// articles (a daily morning call, employee hashtags that grew by themselves, job ambassadors in
/// teams, executives with large followings); every company and person here is invented.
enum DemoProgram {
    static let name = "Demo-Newsroom Nordlicht AG"
    static let company = "Nordlicht AG"
    static let timeZone = "Europe/Berlin"
    static let linkBase = "https://nordlicht-ag.example/"

    /// Topics the newsroom plans with.
    static let topics = ["energiewende", "wasserstoff", "ausbildung", "karriere", "innovation", "nachhaltigkeit",
                         "digitalisierung", "messe", "quartalszahlen", "standorte", "kundenservice", "diversity"]
    /// Topics some ambassadors keep out of.
    static let sensitiveTopics = ["politik", "religion"]
    /// The topic held back for everyone today (and on a few past days).
    static let heldTopicToday = "standorte"

    /// Two peers named for share of buzz (fictional).
    static let peers = ["Südwind Energie", "Hansa Netze"]

    /// The program's campaigns, placed around `today`.
    static func campaigns(today: LocalDate) -> [Campaign] {
        [
            Campaign(name: "Windforum Nord 2026", start: today.adding(days: -35), end: today.adding(days: 9),
                     goalMetric: "visitsFromSocial", target: 40_000, hashtags: ["windforumnord"]),
            Campaign(name: "Ausbildung 2027", start: today.adding(days: -60), end: today.adding(days: 30),
                     goalMetric: "leads", target: 500, hashtags: ["zukunftmitenergie"]),
            Campaign(name: "Wasserstoff-Dialog", start: today.adding(days: -80), end: today.adding(days: 40),
                     goalMetric: "impressions", target: 9_000_000, hashtags: ["wasserstoffdialog"]),
            Campaign(name: "Netzwerkstatt Kundenservice", start: today.adding(days: -88), end: today.adding(days: -40),
                     goalMetric: "bookedMeetings", target: 100, hashtags: ["netzwerkstatt"]),
        ]
    }

    /// The campaign hashtag a story on these topics carries, if any.
    static func campaignHashtag(for topics: [String]) -> String? {
        if topics.contains("messe") { return "#WindforumNord" }
        if topics.contains("ausbildung") { return "#ZukunftMitEnergie" }
        if topics.contains("wasserstoff") { return "#WasserstoffDialog" }
        if topics.contains("kundenservice") { return "#Netzwerkstatt" }
        return nil
    }

    /// Hashtags employees started by themselves, with the day (0 = 90 days ago) each appeared and
    /// how fast it spread: the `#werkstolz` / `#lovemagenta` pattern of the seed articles.
    static let employeeHashtags: [(tag: String, firstDay: Int, growth: Double)] = [
        ("#werkstolz", 0, 0.22),
        ("#nordlichtblau", 10, 0.18),
        ("#weiljedekilowattstundezählt", 35, 0.14),
        ("#learnfromit", 55, 0.08),
    ]

    /// Newsroom editors (fictional): they add stories, run the morning call, look after ambassadors.
    static let editors = ["Miriam Kolbe", "Tobias Rehm", "Nele Hansen"]
    /// The program lead who records trainings, team changes and notes.
    static let programLead = "Frauke Ohlsen"

    /// The moderation team with its roles (fictional).
    static let moderators: [Moderator] = [
        Moderator(name: "Jana Petersen", roles: [.moderator]),
        Moderator(name: "Malte Jürgensen", roles: [.moderator]),
        Moderator(name: "Aylin Demir", roles: [.moderator]),
        Moderator(name: "Lea Sommerfeld", roles: [.moderator, .expert]),
        Moderator(name: "Dr. Katrin Vogt", roles: [.legal]),
        Moderator(name: "Henrik Brandt", roles: [.hr]),
        Moderator(name: "Dr. Farid Haddad", roles: [.expert]),
        Moderator(name: "Sören Albers", roles: [.moderator], active: false),
    ]
    /// The moderators who work the queue day to day.
    static let queueModerators = ["Jana Petersen", "Malte Jürgensen", "Aylin Demir", "Lea Sommerfeld"]
    static let legal = "Dr. Katrin Vogt"
    static let hr = "Henrik Brandt"
    static let expert = "Dr. Farid Haddad"
    /// The triage model's name in `comment.classified`: the core's rule-based classifier.
    static let model = RuleClassifier.source

    /// Networks the ambassadors post on, with a weight for how common an account there is.
    static let networks: [(network: Network, weight: Double)] = [
        (.linkedIn, 1.0), (.x, 0.35), (.xing, 0.3), (.instagram, 0.25), (.facebook, 0.15),
    ]
}
