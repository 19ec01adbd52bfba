import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import TerminalKit
import Testing
@testable import NewsroomTUI

/// The KPI board against numbers worked out by hand (docs/kpi.md's worked example), read from
/// memory and from a real store, and its gauges drawn cell by cell at 0, partial, full and over target.
@Suite struct KPIBoardTests {
    let theme = ThemeCatalog.builtInDefault

    /// One ambassador with 1,000 followers; one share on 2026-11-23 09:00 UTC with #werkstolz,
    /// measured at 12:00 with the worked example's totals.
    func fixture() throws -> ConsoleFixture {
        let f = try ConsoleFixture()
        f.addMeasuredShare(text: "Stolz auf das Team #werkstolz", metrics: ShareMetrics(
            impressions: 200_000, adImpressions: 50_000, eventVisits: 1_000, clicks: 5_000, reactions: 8_000, comments: 1_000,
            reshares: 800, visitsFromSocial: 1_000, leads: 100, bookedMeetings: 20))
        return f
    }

    @Test("the gauges of the last 7 days, worked out by hand, with provenance, the period before and sparklines")
    func byHand() throws {
        let f = try fixture()
        let board = try f.board(.last7Days(now: ConsoleFixture.now, calendar: f.config.calendar))
        let g = { (kind: KPIGauge.Kind) in try #require(board.gauge(kind)) }
        // Reach 300,000 / 1,000,000 → 30; interaction 20,000 / 50,000 → 40; business 2,500 / 5,000 → 50.
        #expect(abs(try g(.engagement).value! - 40) < 1e-9)
        #expect(abs(try g(.reach).value! - 30) < 1e-9)
        #expect(abs(try g(.interaction).value! - 40) < 1e-9)
        #expect(abs(try g(.businessImpact).value! - 50) < 1e-9)
        #expect(try g(.engagement).previous == 0, "nothing in the 7 days before")
        #expect(try g(.engagement).provenance == .measured)
        let formula = try g(.engagement).formula
        #expect(formula.hasSuffix("= 0.30 × 30.0 + 0.40 × 40.0 + 0.30 × 50.0 = 40.0"), "\(formula)")
        // LinkedIn: 200,000 / 1000 × 30 + 5,000 × 5 + 8,000 × 5 × 0.2 = 6,000 + 25,000 + 8,000.
        #expect(abs(try g(.earnedMedia).value! - 39_000) < 1e-6)
        #expect(try g(.earnedMedia).provenance == .estimated)
        #expect(try g(.potentialReach).value == 1_000)
        #expect(try g(.potentialReach).provenance == .estimated)
        #expect(try g(.shareOfBuzz).value == nil)
        #expect(try g(.shareOfBuzz).provenance == .missing, "no mention was counted: missing, not 0 %")
        #expect(try g(.activeAmbassadors).value == 1)
        #expect(try g(.activeAmbassadors).target == 1)
        // The measurement at 11-23 12:00 UTC: day 28 of the 30 (today, the 24th, is 29), and
        // quarter hour 95 − (07:30 − 12:00 the day before = 78 buckets) = 17 of the last 96.
        let impressions = try g(.impressions)
        #expect(impressions.value == 200_000)
        #expect(impressions.lastMonth.count == 30 && impressions.lastMonth[28] == 200_000 && impressions.lastMonth.reduce(0, +) == 200_000)
        #expect(impressions.lastDay.count == 96 && impressions.lastDay[17] == 200_000 && impressions.lastDay.reduce(0, +) == 200_000)
        let tag = try #require(board.hashtags.first)
        #expect(tag.tag == "werkstolz" && tag.shares == 1 && tag.adopters == 1 && !tag.isNew)
    }

    @Test("each window by hand: today against yesterday up to the same time, 7 and 30 days")
    func windows() throws {
        let f = try fixture()
        // Today 06:00 UTC the share reached 260,000 impressions: 60,000 more than yesterday's 200,000 at 12:00.
        f.add(events: [NewEvent(Event(time: Timestamp.parse("2026-11-24T06:00:00Z")!, actor: "import:linkedin", account: "root",
                                      payload: .shareMeasured(ShareMeasured(shareID: "sh1", metrics: ShareMetrics(impressions: 260_000)))))])
        let calendar = f.config.calendar
        func impressions(_ w: KPIWindow) throws -> KPIGauge? { try f.board(w).gauge(.impressions) }
        let today = try #require(try impressions(.today(now: ConsoleFixture.now, calendar: calendar)))
        // Yesterday up to 07:30 UTC had none (the first measurement came at 12:00).
        #expect(today.value == 60_000 && today.previous == 0, "\(today.value ?? -1) \(today.previous ?? -1)")
        #expect(today.deltaText == "▲ +60.0k")
        let week = try #require(try impressions(.last7Days(now: ConsoleFixture.now, calendar: calendar)))
        #expect(week.value == 260_000 && week.previous == 0)
        let month = try #require(try impressions(.last30Days(now: ConsoleFixture.now, calendar: calendar)))
        #expect(month.value == 260_000 && month.lastMonth[29] == 60_000 && month.lastMonth[28] == 200_000)
        // Reach today: 60,000 / (1,000,000 / 7) = 42.0.
        let todayBoard = try f.board(.today(now: ConsoleFixture.now, calendar: calendar))
        let reach = try #require(todayBoard.gauge(.reach))
        #expect(abs(reach.value! - 42) < 1e-9)
    }

    @Test("a hashtag three ambassadors took up this week is new; one posted 40 days ago, or a campaign's, is not")
    func newHashtags() throws {
        let f = try ConsoleFixture(config: NewsroomConfig(name: "Tags", campaigns: [
            Campaign(name: "Fair", start: LocalDate("2026-11-01")!, end: LocalDate("2026-11-30")!, goalMetric: "leads", target: 10, hashtags: ["fair"]),
        ]))
        let now = ConsoleFixture.now
        func e(_ time: Date, _ payload: EventPayload) -> NewEvent { NewEvent(Event(time: time, actor: "import:linkedin", account: "root", payload: payload)) }
        var events: [NewEvent] = []
        for id in ["a2", "a3", "a4", "a5"] {
            events.append(e(now.addingTimeInterval(-86_400 * 59), .ambassadorJoined(AmbassadorJoined(
                ambassadorID: AmbassadorID(id), name: id, team: "multipliers", role: "employee", timeZone: "Europe/Berlin", topics: [], accounts: []))))
        }
        var serial = 0
        func post(_ by: String, _ text: String, daysAgo: Double) {
            serial += 1
            let at = now.addingTimeInterval(-86_400 * daysAgo)
            events.append(e(at, .sharePosted(SharePosted(shareID: ShareID("t\(serial)"), ambassadorID: AmbassadorID(by), storyID: nil,
                                                         network: .linkedIn, postedAt: at, text: text))))
        }
        post("a5", "#alt", daysAgo: 40)
        for (i, who) in ["a2", "a3", "a4"].enumerated() { post(who, "#neu #alt #fair", daysAgo: 1 + Double(i)) }
        f.add(events: events)
        let board = try f.board(.last7Days(now: now, calendar: f.config.calendar))
        let tags = Dictionary(uniqueKeysWithValues: board.hashtags.map { ($0.tag, $0) })
        #expect(tags["neu"]?.isNew == true && tags["neu"]?.adopters == 3 && tags["neu"]?.shares == 3)
        #expect(tags["alt"]?.isNew == false, "in use for 40 days")
        #expect(tags["fair"]?.isNew == false && tags["fair"]?.campaign == "Fair", "a campaign's own")
    }

    @Test("the store's board equals the one folded in memory")
    func storeEqualsFold() throws {
        let f = try fixture()
        let window = KPIWindow.last7Days(now: ConsoleFixture.now, calendar: f.config.calendar)
        let stored = try KPIBoard.load(from: f.store, window: window, at: ConsoleFixture.now,
                                       excerpt: KPIBoard.readExcerpt(from: f.store, at: ConsoleFixture.now, calendar: f.config.calendar))
        #expect(stored == (try f.board(window)))
    }

    @Test("an excerpt refreshed at its newest end equals one read anew")
    func excerptRefresh() throws {
        let f = try fixture()
        let calendar = f.config.calendar
        let before = try KPIBoard.readExcerpt(from: f.store, at: ConsoleFixture.now, calendar: calendar)
        try f.add([.shareMeasured(ShareMeasured(shareID: "sh1", metrics: ShareMetrics(impressions: 250_000, clicks: 6_000)))], actor: "import:linkedin")
        let later = ConsoleFixture.now.addingTimeInterval(600)
        let refreshed = try KPIBoard.refreshed(before, from: f.store, at: later, calendar: calendar)
        #expect(refreshed == (try KPIBoard.readExcerpt(from: f.store, at: later, calendar: calendar)))
        #expect(refreshed.sum(CounterKey(.impressions), over: refreshed.buckets) == 250_000)
    }

    @Test("Enter on a gauge asks for its top stories, ambassadors and topics, and the drill-down shows them with the formula")
    func drillDown() throws {
        let f = try fixture()
        var state = try f.state()
        state.press(.character("3"))
        state.press(.character("z"))
        let impressions = try #require(state.kpis.board?.gauges.firstIndex { $0.kind == .impressions })
        for _ in 0..<impressions { state.press(.character("j")) }
        #expect(state.press(.enter) == [.loadDrillDown(.impressions, .week)])
        let window = KPIWindow.last7Days(now: ConsoleFixture.now, calendar: f.config.calendar)
        let breakdown = try #require(try KPIDrillDown.load(.impressions, window: window, from: FoldedNewsroom(config: f.config, events: f.events)))
        // The one share: an own post by Ada with 200,000 impressions, all of them.
        #expect(breakdown.parts.map(\.text) == ["200.0k (100.0%)", "200.0k (100.0%)"])
        #expect(breakdown.parts.map(\.label) == ["own posts (no story)", "Ada"])
        state.receive(.drillDownLoaded(breakdown))
        var canvas = Canvas(size: Size(width: 120, height: 40))
        ConsoleView(state: state, theme: theme).render(into: &canvas)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("Impressions: 200.0k"))
        #expect(text.contains("impressions = Σ over the window's buckets = 200,000"))
        #expect(text.contains("top ambassadors") && text.contains("  Ada: 200.0k (100.0%)"))
        #expect(text.contains("last 30 d"))
        state.press(.escape)
        #expect(!state.kpis.drillDown)
        #expect(KPIDrillDown.weights(of: .backlog, settings: f.config.engagement) == nil, "no share figures under the backlog")
    }

    /// One gauge row drawn into 60 columns: what the cells say and how they are styled.
    func row(value: Double?, target: Double = 100) -> Canvas {
        var canvas = Canvas(size: Size(width: 60, height: 1))
        let gauge = KPIGauge(kind: .engagement, label: "Score", value: value, target: target, unit: .count, provenance: .measured,
                             previous: 50, formula: "")
        KPIGaugeRow(gauge: gauge, selected: false, theme: theme).render(in: Rect(x: 0, y: 0, width: 60, height: 1), labelWidth: 10, &canvas)
        return canvas
    }

    @Test("a gauge at 0, partial, full and over target: bar, value, arrow and the theme's colours")
    func gaugeStates() {
        let empty = row(value: 0)
        #expect(empty.lines[0].hasPrefix("● Score      ░░░░"))
        #expect(empty.lines[0].contains("0 / 100 ▼ -100%"))
        #expect(empty[13, 0].style == theme[.gaugeEmpty])
        let half = row(value: 50)
        let bar = half.lines[0].dropFirst(13).prefix { $0 == "█" }
        #expect(bar.count > 10 && half.lines[0].contains("50 / 100 = +0%"))
        #expect(half[13, 0].style == theme[.gaugeFill], "half way: the plain fill")
        let full = row(value: 100)
        #expect(!full.lines[0].contains("░"), "a full bar")
        #expect(full[13, 0].style == theme[.ok], "at target: ok")
        let over = row(value: 150)
        #expect(!over.lines[0].contains("░") && over.lines[0].contains("150 / 100 ▲ +200%"), "\(over.lines[0])")
        let far = row(value: 10)
        #expect(far[13, 0].style == theme[.alert], "far below target: alert")
        let none = row(value: nil)
        #expect(none.lines[0].hasSuffix("–"), "no value: a dash")
    }
}
