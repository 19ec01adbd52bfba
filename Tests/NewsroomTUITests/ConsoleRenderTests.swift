import Foundation
import NewsroomCore
import NewsroomStore
import TerminalKit
import Testing
@testable import NewsroomTUI

/// The console drawn into memory, read cell by cell, at the sizes a newsroom uses.
@Suite struct ConsoleRenderTests {
    let theme = ThemeCatalog.builtInDefault

    func frame(_ state: ConsoleState, _ size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        ConsoleView(state: state, theme: theme).render(into: &canvas)
        return canvas
    }

    func column(of text: String, in line: String) -> Int? {
        guard let range = line.range(of: text) else { return nil }
        return line[..<range.lowerBound].count
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)])
    func theOverviewShowsFourPanesWithRealData(size: Size) throws {
        let fixture = try ConsoleFixture()
        var state = try fixture.state()
        state.press(.character("j"))
        let canvas = frame(state, size)
        let lines = canvas.lines
        #expect(lines.count == size.height)
        #expect(lines[0].contains("Testnewsroom") && lines[0].contains("2026-11-24 08:30:00") && lines[0].contains("anna") && lines[0].contains("live"))
        let text = lines.joined(separator: "\n")
        for title in ["1 Briefing", "2 Moderation", "3 KPIs", "4 Ambassadors"] { #expect(text.contains(title), "\(title) at \(size)") }
        #expect(text.contains("Umspannwerk"), "the agenda shows at \(size)")
        #expect(lines[size.height - 1].contains("? help") && lines[size.height - 1].contains("s share"), "the bottom bar lists the keys")
        // The selected row (the second story) is drawn in the selected style, across the pane.
        let row = try #require(lines.firstIndex { $0.contains("Digital twin") })
        let x = try #require(column(of: "Digital", in: lines[row]))
        #expect(canvas[x, row].style.background == theme[.selectedRow].background)
        // Pending stories carry the pending badge in the badge style.
        let badgeX = try #require(column(of: "· pending", in: lines[row + 1]))
        #expect(canvas[badgeX + 2, row + 1].style == theme[.badge])
    }

    @Test func decisionsShowAsBadgesWithTheirStyles() throws {
        let fixture = try ConsoleFixture()
        let until = Timestamp.parse("2026-11-24T09:30:00Z")!
        try fixture.add([
            .briefingDecided(BriefingDecided(date: ConsoleFixture.today, storyID: "s1", decision: .share)),
            .briefingDecided(BriefingDecided(date: ConsoleFixture.today, storyID: "s2", decision: .hold(reason: "Legal"))),
            .briefingDecided(BriefingDecided(date: ConsoleFixture.today, storyID: "s3", decision: .embargo(until: until))),
        ])
        var state = try fixture.state()
        state.briefing.selection = "s4"
        let canvas = frame(state, Size(width: 120, height: 40))
        let lines = canvas.lines
        for (text, role) in [("✓ share", StyleRole.badgeOk), ("■ hold", .badgeAlert), ("◷ 10:30 2h00", .badgeWarn)] {
            let y = try #require(lines.firstIndex { $0.contains(text) }, "\(text)")
            let x = try #require(column(of: text, in: lines[y]))
            #expect(canvas[x, y].style == theme[role], "\(text)")
        }
        #expect(lines[1].contains("1 share · 1 embargo · 1 held · 1 pending"))
    }

    @Test func zoomGivesTheBriefingTheWholeScreenAndEnterOpensTheStory() throws {
        var state = try ConsoleFixture().state()
        state.press(.character("z"), .enter)
        let text = frame(state, Size(width: 120, height: 40)).lines.joined(separator: "\n")
        #expect(!text.contains("2 Moderation"))
        #expect(text.contains("Approved wording: So sagen wir es."))
        #expect(text.contains("x 300/280 – 20 too long"), "the post text's length against the network's limit")
    }

    @Test func aStoryWithoutApprovedWordingSaysSo() throws {
        var state = try ConsoleFixture().state()
        state.press(.character("j"), .enter)
        let text = frame(state, Size(width: 200, height: 60)).lines.joined(separator: "\n")
        #expect(text.contains("No approved wording yet: ambassadors share in their own words."))
    }

    @Test("help shows the focused context first and fits 80x24", arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)])
    func helpShowsTheFocusedContextFirst(size: Size) throws {
        var state = try ConsoleFixture().state()
        state.press(.character("?"))
        let lines = frame(state, size).lines
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Keys · Briefing"))
        for binding in BriefingKeys.context.map.bindings {
            #expect(text.contains(binding.description), "help lists '\(binding.description)' at \(size)")
        }
        for line in lines { #expect(DisplayWidth.of(line) <= size.width) }
        let first = try #require(lines.firstIndex { $0.contains("Briefing") && !$0.contains("1 Briefing") && !$0.contains("Keys") })
        let global = lines.firstIndex { $0.contains("Global") } ?? Int.max
        #expect(first < global, "the pane's keys come before the global ones")
    }

    @Test("help scrolls to the rest, and another pane's help lists that pane's keys, not the briefing's")
    func helpScrollsAndFollowsThePane() throws {
        var state = try ConsoleFixture().state()
        state.press(.character("?"))
        let size = Size(width: 80, height: 24)
        #expect(!frame(state, size).lines.joined().contains("redraw"), "at 80x24 the global keys are further down")
        state.press(.character("G"))
        let end = frame(state, size).lines.joined(separator: "\n")
        #expect(end.contains("redraw") && end.contains("of "), "G scrolls to the end and says where it is")
        state.press(.escape, .character("2"), .character("?"))
        let moderation = frame(state, size).lines.joined(separator: "\n")
        #expect(moderation.contains("Keys · Moderation") && moderation.contains("why there is no delete"))
        #expect(!moderation.contains("embargo") && !moderation.contains("new story"), "no briefing key in the moderation help")
    }

    @Test("a message too long for the bar is cut, points to M, and keeps its path whole; M shows it all")
    func longMessagesKeepThePath() throws {
        var state = try ConsoleFixture().state()
        let path = "/tmp/newsroom-s1-abcdef.txt"
        state.say("story unchanged: line 12: unknown field 'sprache'; the fields are headline, link, source, language, topics, teams, roles; your edit is kept in",
                  isError: true, path: path)
        let size = Size(width: 80, height: 24)
        let bottom = frame(state, size).lines[size.height - 1]
        #expect(bottom.contains(path), "the path is whole: \(bottom)")
        #expect(bottom.contains("M: all"))
        state.press(.character("M"))
        let full = frame(state, size).lines.joined(separator: "\n")
        #expect(full.contains("unknown field 'sprache'") && full.contains("roles; your edit") && full.contains(path))
        state.press(.escape)
        #expect(state.overlay == .none)
    }

    @Test("the topic question sits next to the story it is about")
    func theQuestionSitsNextToItsStory() throws {
        var state = try ConsoleFixture().state()
        state.press(.character("j"), .character("j"))
        state.overlay = .confirm(.briefing(.holdTopic(topic: "ausbildung", reason: "warten", story: "s3")))
        let lines = frame(state, Size(width: 120, height: 40)).lines
        let row = try #require(lines.firstIndex { $0.contains("Azubi-Tagebuch") })
        let question = try #require(lines.firstIndex { $0.contains("Hold every story on 'ausbildung'") })
        #expect(question - row >= 1 && question - row <= 3, "question at line \(question), its story at \(row)")
        #expect(lines[39].contains("y yes") && lines[39].contains("n/Esc no"), "the bottom bar says which keys answer")
        state.press(.enter)
        let refused = frame(state, Size(width: 120, height: 40)).lines[39]
        #expect(refused.contains("Enter does nothing here") && refused.contains("today too?"), "a key that is no answer says so: \(refused)")
    }

    @Test func aHostileStoreDoesNotBreakTheScreen() throws {
        let long = String(repeating: "Sehr lange Überschrift ", count: 22)
        let emoji = String(repeating: "👨‍👩‍👧🇩🇪👍🏽😀", count: 30)
        let escapes = "Harmless\u{1b}]0;pwned\u{07}\u{1b}[2J\u{1b}[31mred"
        let fixture = try ConsoleFixture(headlines: [long, emoji, escapes, "normal"], topics: [])
        let state = try fixture.state()
        let canvas = frame(state, Size(width: 120, height: 40))
        let lines = canvas.lines
        #expect(!lines.joined().contains("\u{1b}"), "no escape character reaches a cell")
        let border = try #require(column(of: "╗", in: lines[1]))
        for y in 2..<10 {
            #expect(canvas[border, y].text == "║", "row \(y) keeps the pane's right border at column \(border): \(lines[y])")
            #expect(DisplayWidth.of(lines[y]) <= 120)
        }
        #expect(lines.contains { $0.contains("Harmless") && $0.contains("␛") })
    }
}
