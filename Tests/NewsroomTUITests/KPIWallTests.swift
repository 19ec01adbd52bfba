import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit
import Testing
@testable import NewsroomTUI

/// The zoomed KPI pane and wall mode drawn into memory at the sizes a newsroom uses (a projector's
/// 80×24, 120×40, 200×60) in every shipped theme, with gauges at 0, partial, full and over target
/// and a hostile campaign name.
@Suite struct KPIWallTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]
    static let hostile = "Messe\u{1B}[31m\u{202E}\u{7}"

    /// A campaign (visits from social, target 2,000, running on 2026-11-24) whose hashtag the
    /// share carries, so its goal leads; a measured share gives the engagement figures.
    func state(wall: Bool) throws -> ConsoleState {
        let config = NewsroomConfig(name: "Wall \u{1B}]0;x\u{7}room", campaigns: [
            Campaign(name: Self.hostile, start: LocalDate("2026-11-20")!, end: LocalDate("2026-11-29")!, goalMetric: "visitsFromSocial",
                     target: 2_000, hashtags: ["messe"]),
        ])
        let f = try ConsoleFixture(config: config)
        // Reach over target (capped at 100), interaction 40 (partial), business impact 0 (empty).
        f.addMeasuredShare(text: "Wir sehen uns #messe", metrics: ShareMetrics(
            impressions: 2_000_000, clicks: 5_000, reactions: 8_000, comments: 1_000, reshares: 800, visitsFromSocial: 0))
        var state = try f.state()
        state.focus = .kpis
        state.zoomed = !wall
        state.wall = wall
        return state
    }

    static func themes() throws -> [Theme] {
        let catalog = ThemeCatalog(userDirectory: nil)
        return catalog.entries().map { catalog.load($0.name).theme }
    }

    func frame(_ state: ConsoleState, _ size: Size, _ theme: Theme) -> Canvas {
        var canvas = Canvas(size: size)
        ConsoleView(state: state, theme: theme).render(into: &canvas)
        return canvas
    }

    @Test("wall mode at every size and theme: header with the clock, the lead figure large, no escape reaching the screen")
    func wall() throws {
        let state = try state(wall: true)
        for theme in try Self.themes() {
            for size in Self.sizes {
                let canvas = frame(state, size, theme)
                let lines = canvas.lines
                #expect(lines[0].contains("KPIs last 7 days"), "\(theme.name) \(size)")
                #expect(lines[0].hasSuffix("08:30 "), "the newsroom's local time: \(lines[0])")
                // The campaign leads, its value 0 in big figures with its target beside it.
                #expect(lines[2].contains("Messe"), "\(lines[2])")
                #expect(lines[3...7].joined().contains("███"))
                #expect(lines.contains { $0.contains("of 2,000") })
                #expect(lines.contains { $0.contains("Engagement score") })
                #expect(lines[lines.count - 2].contains("W leaves the wall"))
                for line in lines {
                    #expect(DisplayWidth.of(line) <= size.width)
                    #expect(!line.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x07 }, "\(line)")
                }
                // Engagement 0.3 × 100 + 0.4 × 40 + 0.3 × 0 = 46 of 100: short of half, the theme's warning colour.
                #expect(lines.contains { $0.contains("▲ +46.0") })
                let bar = try #require(lines.lastIndex { $0.hasPrefix(" █") && $0.contains("░") })
                #expect(canvas[1, bar].style == theme[.warn], "\(theme.name) \(size)")
                // The campaign's bar is empty (no visits yet): nothing but the empty style.
                let goal = try #require(lines.firstIndex { $0.hasPrefix(" ░░░░") })
                #expect(canvas[1, goal].style == theme[.gaugeEmpty])
            }
        }
    }

    @Test("the zoomed pane at every size and theme: gauges empty, partial, full and over target in the theme's colours")
    func pane() throws {
        let state = try state(wall: false)
        for theme in try Self.themes() {
            for size in Self.sizes {
                let canvas = frame(state, size, theme)
                let lines = canvas.lines
                func row(_ label: String) throws -> Int { try #require(lines.firstIndex { $0.contains(" \(label) ") }, "\(label) at \(size)") }
                // Reach is over its reference (capped: full bar, ok), interaction partial, business impact empty.
                let reach = try row("Reach"), interaction = try row("Interaction"), business = try row("Business impact")
                #expect(lines[reach].contains("100.0"))
                #expect(!lines[reach].contains("░"), "full: \(lines[reach])")
                #expect(lines[interaction].contains("░") && lines[interaction].contains("█"))
                #expect(lines[business].contains("○ Business impact") && lines[business].contains("0.0"), "no leads, meetings or visits were ever counted: missing")
                let barX = try #require(lines[reach].firstIndex(of: "█")).utf16Offset(in: lines[reach])
                #expect(canvas[barX, reach].style == theme[.ok], "at or over target: ok, \(theme.name)")
                let emptyX = try #require(lines[business].firstIndex(of: "░")).utf16Offset(in: lines[business])
                #expect(canvas[emptyX, business].style == theme[.gaugeEmpty])
                #expect(lines.contains { $0.contains("○ measured") || $0.contains("● measured") } || size.height < 30)
                for line in lines { #expect(DisplayWidth.of(line) <= size.width) }
            }
        }
    }

    @Test("on the wall the bottom bar says what a command did, e.g. a refused :crisis")
    func messagesOnTheWall() throws {
        var state = try state(wall: true)
        state.press(.character(":"))
        _ = state.answer("crisis 9")
        var canvas = Canvas(size: Size(width: 80, height: 24))
        ConsoleView(state: state, theme: ThemeCatalog.builtInDefault).render(into: &canvas)
        #expect(canvas.lines.last!.contains(":crisis sets 5"), "\(canvas.lines.last!)")
        #expect(state.wall)
    }

    @Test("W opens the wall from any pane on the KPIs, W or Esc leaves it")
    func keys() throws {
        var s = try state(wall: false)
        s.focus = .briefing
        #expect(s.press(.character("W")) == [.redrawAll])
        #expect(s.wall && s.focus == .kpis)
        s.press(.character("W"))
        #expect(!s.wall)
        s.press(.character("W"))
        s.press(.escape)
        #expect(!s.wall)
    }
}
