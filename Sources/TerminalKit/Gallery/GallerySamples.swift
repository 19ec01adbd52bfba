/// Sample content for the gallery: mixed scripts, emoji and hostile text, so a theme is judged
/// on what real data looks like.
enum GallerySamples {
    static let listCount = 1_000_000

    static let names = ["Müller, Jürgen", "Öztürk, Ayşe", "東京 Büro", "Zoë 👍🏽", "Łukasz Żółć", "Nguyễn Thị", "Café ☕ team", "👨‍👩‍👧 Familie"]

    static func listItem(_ index: Int) -> ListItem {
        let name = names[index % names.count]
        switch index % 5 {
        case 0: return ListItem("#\(index + 1) \(name): Frage zur Aktion", badge: "new", badgeRole: .badgeOk)
        case 1: return ListItem("#\(index + 1) \(name): Kritik am Zeitplan", badge: "waiting", badgeRole: .badgeWarn)
        case 2: return ListItem("#\(index + 1) \(name): ⊘ hidden: insult", role: .muted, badge: "hidden", badgeRole: .badge)
        case 3: return ListItem("#\(index + 1) \(name): escalated to legal", role: .alert, badge: "SLA", badgeRole: .badgeAlert)
        default: return ListItem("#\(index + 1) \(name): Lob für das Team")
        }
    }

    static let tableColumns = [
        TableColumn("Ambassador", width: .fit(min: 8, max: 22)),
        TableColumn("Team", width: .fit(min: 4, max: 12)),
        TableColumn("Shares", alignment: .trailing, width: .fit(min: 6, max: 8)),
        TableColumn("Reach", alignment: .trailing, width: .fit(min: 5, max: 9)),
        TableColumn("Note", width: .fill(min: 4)),
    ]

    static let tableRows: [[String]] = [
        ["Müller, Jürgen", "Vertrieb", "42", "12 400", "steady"],
        ["東京 Büro", "Asia", "7", "98 000", "new market"],
        ["Zoë 👍🏽", "HR", "19", "3 150", "training due"],
        ["Öztürk, Ayşe", "Technik", "31", "8 720", "top voice"],
        ["👨‍👩‍👧 Familie", "Social", "3", "410", "went quiet"],
        ["Łukasz Żółć", "Einkauf", "12", "1 920", "—"],
    ]

    static let sparkline: [Double] = [3, 4, 2, 6, 9, 12, 8, 5, 7, 11, 15, 14, 9, 6, 4, 5, 8, 13, 18, 22, 17, 12, 9, 7, 6, 8, 10, 9, 12, 16, 21, 25, 19, 14, 11, 9, 8, 10, 13, 15]

    static let text = """
        Themes map semantic names (title, border, selected row, ok, warn, alert …) to colours. \
        Umlauts äöüß, CJK 漢字, emoji 😀 and combined emoji 👍🏽 line up with the terminal.
        Text from the internet is made harmless: a comment with \u{1b}]0;pwned\u{07} or \u{1b}[2J \
        shows placeholders instead of retitling the window or clearing the screen.
        """

    static let menuItems = ["default", "light", "high-contrast", "monochrome", "Briefing", "Moderation", "KPIs", "Ambassadors", "Zürich", "Köln"]
}
