import Foundation
import NewsroomCore
import NewsroomStore
import TerminalKit
import Testing
@testable import NewsroomTUI

@Suite struct ConsoleUpdateGlobalTests {
    @Test func focusMovesWithTabShiftTabAndNumbers() throws {
        var s = try ConsoleFixture().state()
        s.press(.tab)
        #expect(s.focus == .moderation)
        s.press(.backTab, .backTab)
        #expect(s.focus == .ambassadors, "Shift-Tab wraps around")
        s.press(.character("3"))
        #expect(s.focus == .kpis)
        s.press(.character("1"))
        #expect(s.focus == .briefing)
    }

    @Test func zoomHelpAndEscBackOutInOrder() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("z"), .enter, .character("?"))
        #expect(s.overlay == .help && s.briefing.detailOpen && s.zoomed)
        s.press(.escape)
        #expect(s.overlay == .none)
        s.press(.escape)
        #expect(!s.briefing.detailOpen && s.zoomed)
        s.press(.escape)
        #expect(!s.zoomed)
    }

    @Test func quitAndRedrawAreEffects() throws {
        var s = try ConsoleFixture().state()
        #expect(s.press(.character("q")) == [.quit])
        #expect(s.press(.ctrl("l")) == [.redrawAll])
    }

    @Test func filterNarrowsTheAgendaAndKeepsASelection() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("/"))
        s.type("azubi")
        #expect(s.briefing.visibleRows(in: s.snapshot).map(\.story.id) == ["s3"], "filters as you type")
        #expect(s.briefing.selection == "s3")
        s.press(.enter)
        #expect(s.overlay == .none && s.briefing.filter == "azubi")
        s.press(.escape)
        #expect(s.briefing.filter.isEmpty && s.briefing.visibleRows(in: s.snapshot).count == 4)
        #expect(s.briefing.selection == "s3", "the selection stays on the story")
    }

    @Test func topicsAreFilteredToo() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("/"))
        s.type("nachhalt")
        #expect(s.briefing.visibleRows(in: s.snapshot).map(\.story.id) == ["s4"])
    }
}

/// The same key means different things in different panes, and a pane key does nothing elsewhere.
@Suite struct ConsoleDispatchTests {
    @Test("[ is the previous day in the briefing and a shorter window in the KPIs")
    func sameKeyTwoPanes() throws {
        var s = try ConsoleFixture().state()
        #expect(s.press(.character("[")) == [.reload(everything: true)])
        #expect(s.briefing.date == LocalDate("2026-11-23"))
        s.press(.character("3"))
        #expect(s.press(.character("[")) == [.loadBoard(.today)])
        #expect(s.kpis.window == .today)
        #expect(s.briefing.date == LocalDate("2026-11-23"), "the KPI key left the briefing alone")
    }

    @Test("briefing keys do nothing in the moderation pane, and say so; the keys both use are the pane's own there")
    func briefingKeysStayInTheBriefing() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("2"))
        for key in ["s", "h", "p"] {
            #expect(s.press(.character(Character(key))).isEmpty, "\(key) must not decide a story from the moderation pane")
            #expect(s.overlay == .none)
            #expect(s.message?.text.contains("does nothing in the moderation pane") == true)
        }
        let briefingUndo = s.briefing.undoStack
        for key in ["e", "u", "n"] {
            for effect in s.press(.character(Character(key))) {
                if case .record(let recording) = effect, case .briefing = recording.purpose { Issue.record("\(key) decided a story from the moderation pane") }
            }
            s.overlay = .none
        }
        #expect(s.briefing.undoStack == briefingUndo)
        s.press(.character("d"))
        #expect(s.message?.text.contains("deleting is no solution") == true, "the moderation pane's own d")
    }

    @Test("no two bindings of one chain share a key, and no pane reuses a global key")
    func noKeyBoundTwice() {
        let problems = ConsoleKeys.standard.collisions(name: \.name)
        #expect(problems.isEmpty, "\(problems.map(\.description))")
        for context in ConsoleKeys.standard.contexts {
            #expect(context.duplicateKeys(name: \.name).isEmpty, "\(context.name)")
        }
    }

    @Test("a remapped key works in its context only; overlays take remapped keys too")
    func remappedKeysPerContext() throws {
        let keys = try ConsoleKeys.standard.remapped(["briefing.share": ["S"], "confirm.yes": ["j"], "help.close": ["x"]], name: \.name)
        var s = try ConsoleFixture().state()
        #expect(ConsoleState.recording(s.press(.character("S"), with: keys)) != nil, "S shares now")
        #expect(s.press(.character("s"), with: keys).isEmpty, "s no longer does")
        s.press(.character("?"), with: keys)
        s.press(.character("x"), with: keys)
        #expect(s.overlay == .none, "the help closes with its remapped key")
        s.overlay = .confirm(.briefing(.holdTopic(topic: "energiewende", reason: "r", story: "s1")))
        let effects = s.press(.character("j"), with: keys)
        #expect(ConsoleState.recording(effects)?.payloads == [.topicHeld(TopicHeld(date: ConsoleFixture.today, topic: "energiewende", reason: "r"))])
    }
}

@Suite struct ConsoleUpdateMovementTests {
    @Test func movementStaysInsideTheAgenda() throws {
        var s = try ConsoleFixture().state()
        #expect(s.briefing.selection == "s1")
        s.press(.character("k"))
        #expect(s.briefing.selection == "s1")
        s.press(.character("j"))
        #expect(s.briefing.selection == "s2")
        s.press(.character("G"))
        #expect(s.briefing.selection == "s4")
        s.press(.pageUp)
        #expect(s.briefing.selection == "s1")
        s.press(.pageDown)
        #expect(s.briefing.selection == "s4")
        s.press(.character("g"))
        #expect(s.briefing.selection == "s1")
    }

    @Test func movementInAnotherPaneLeavesTheAgendaAlone() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("3"), .character("j"))
        #expect(s.briefing.selection == "s1")
    }

    @Test func dateKeysStepDaysAndReload() throws {
        var s = try ConsoleFixture().state()
        #expect(s.press(.character("]")) == [.reload(everything: true)])
        #expect(s.briefing.date == LocalDate("2026-11-25"))
        s.press(.character("["), .character("["))
        #expect(s.briefing.date == LocalDate("2026-11-23"))
    }
}
