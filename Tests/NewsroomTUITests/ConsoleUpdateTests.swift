import Foundation
import NewsroomCore
import NewsroomStore
import TerminalKit
import Testing
@testable import NewsroomTUI

@Suite struct ConsoleUpdateGlobalTests {
    @Test func focusMovesWithTabShiftTabAndNumbers() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.focusNext, to: &s)
        #expect(s.focus == .moderation)
        _ = ConsoleUpdate.apply(.focusPrevious, to: &s)
        _ = ConsoleUpdate.apply(.focusPrevious, to: &s)
        #expect(s.focus == .ambassadors, "Shift-Tab wraps around")
        _ = ConsoleUpdate.apply(.focusKPIs, to: &s)
        #expect(s.focus == .kpis)
        _ = ConsoleUpdate.apply(.focusBriefing, to: &s)
        #expect(s.focus == .briefing)
    }

    @Test func zoomHelpAndEscBackOutInOrder() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.toggleZoom, to: &s)
        _ = ConsoleUpdate.apply(.open, to: &s)
        _ = ConsoleUpdate.apply(.help, to: &s)
        #expect(s.overlay == .help && s.detailOpen && s.zoomed)
        _ = ConsoleUpdate.overlayKey(.escape, to: &s)
        #expect(s.overlay == .none)
        _ = ConsoleUpdate.apply(.back, to: &s)
        #expect(!s.detailOpen && s.zoomed)
        _ = ConsoleUpdate.apply(.back, to: &s)
        #expect(!s.zoomed)
    }

    @Test func quitAndRedrawAreEffects() throws {
        var s = try ConsoleFixture().state()
        #expect(ConsoleUpdate.apply(.quit, to: &s) == [.quit])
        #expect(ConsoleUpdate.apply(.redraw, to: &s) == [.redrawAll])
    }

    @Test func filterNarrowsTheAgendaAndKeepsASelection() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.filter, to: &s)
        for ch in "azubi" { _ = ConsoleUpdate.overlayKey(.character(ch), to: &s) }
        #expect(s.visibleRows.map(\.story.id) == ["s3"], "filters as you type")
        #expect(s.selection == "s3")
        _ = ConsoleUpdate.overlayKey(.enter, to: &s)
        #expect(s.overlay == .none && s.filter == "azubi")
        _ = ConsoleUpdate.apply(.back, to: &s)
        #expect(s.filter.isEmpty && s.visibleRows.count == 4)
        #expect(s.selection == "s3", "the selection stays on the story")
    }

    @Test func topicsAreFilteredToo() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.filter, to: &s)
        for ch in "nachhalt" { _ = ConsoleUpdate.overlayKey(.character(ch), to: &s) }
        #expect(s.visibleRows.map(\.story.id) == ["s4"])
    }
}

@Suite struct ConsoleUpdateMovementTests {
    @Test func movementStaysInsideTheAgenda() throws {
        var s = try ConsoleFixture().state()
        #expect(s.selection == "s1")
        _ = ConsoleUpdate.apply(.moveUp, to: &s)
        #expect(s.selection == "s1")
        _ = ConsoleUpdate.apply(.moveDown, to: &s)
        #expect(s.selection == "s2")
        _ = ConsoleUpdate.apply(.moveBottom, to: &s)
        #expect(s.selection == "s4")
        _ = ConsoleUpdate.apply(.pageUp, to: &s)
        #expect(s.selection == "s1")
        _ = ConsoleUpdate.apply(.pageDown, to: &s)
        #expect(s.selection == "s4")
        _ = ConsoleUpdate.apply(.moveTop, to: &s)
        #expect(s.selection == "s1")
    }

    @Test func movementInAnotherPaneLeavesTheAgendaAlone() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.focusKPIs, to: &s)
        _ = ConsoleUpdate.apply(.moveDown, to: &s)
        #expect(s.selection == "s1")
    }

    @Test func dateKeysStepDaysAndReload() throws {
        var s = try ConsoleFixture().state()
        #expect(ConsoleUpdate.apply(.nextDate, to: &s) == [.reload])
        #expect(s.date == LocalDate("2026-11-25"))
        _ = ConsoleUpdate.apply(.previousDate, to: &s)
        _ = ConsoleUpdate.apply(.previousDate, to: &s)
        #expect(s.date == LocalDate("2026-11-23"))
    }
}

@Suite struct ConsoleUpdateDecisionTests {
    @Test func shareAndPendingRecordADecision() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.moveDown, to: &s)
        let effects = ConsoleUpdate.apply(.share, to: &s)
        guard case .record(let payloads, let done, let undoable)? = effects.first else { Issue.record("expected a record effect"); return }
        #expect(payloads == [.briefingDecided(BriefingDecided(date: ConsoleFixture.today, storyID: "s2", decision: .share))])
        #expect(done.contains("share recorded"))
        #expect(undoable == "s2")
        guard case .record(let pending, _, _)? = ConsoleUpdate.apply(.pending, to: &s).first else { Issue.record("expected a record"); return }
        #expect(pending == [.briefingDecided(BriefingDecided(date: ConsoleFixture.today, storyID: "s2", decision: .pending))])
    }

    @Test func holdAsksForAReasonThenOffersTheTopic() throws {
        var s = try ConsoleFixture().state()
        #expect(ConsoleUpdate.apply(.hold, to: &s).isEmpty)
        guard case .prompt(.holdReason("s1"), _) = s.overlay else { Issue.record("expected the reason prompt, got \(s.overlay)"); return }
        for ch in "Legal prüft" { _ = ConsoleUpdate.overlayKey(.character(ch), to: &s) }
        let effects = ConsoleUpdate.overlayKey(.enter, to: &s)
        #expect(effects.first == .record([.briefingDecided(BriefingDecided(date: ConsoleFixture.today, storyID: "s1", decision: .hold(reason: "Legal prüft")))],
                                         done: "hold recorded: Umspannwerk Husum geht ans Netz", undoable: "s1"))
        #expect(s.overlay == .confirmTopicHold(topic: "energiewende", reason: "Legal prüft"))
        let topic = ConsoleUpdate.overlayKey(.character("y"), to: &s)
        #expect(topic == [.record([.topicHeld(TopicHeld(date: ConsoleFixture.today, topic: "energiewende", reason: "Legal prüft"))],
                                  done: "topic 'energiewende' held for 2026-11-24", undoable: nil)])
    }

    @Test func holdWithoutAReasonIsRefused() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.hold, to: &s)
        #expect(ConsoleUpdate.overlayKey(.enter, to: &s).isEmpty)
        #expect(s.message?.isError == true && s.message?.text.contains("reason") == true)
    }

    @Test func embargoTakesALocalTime() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.embargo, to: &s)
        for ch in "10:30" { _ = ConsoleUpdate.overlayKey(.character(ch), to: &s) }
        let effects = ConsoleUpdate.overlayKey(.enter, to: &s)
        // 10:30 in Berlin in November is 09:30 UTC.
        #expect(effects.first == .record([.briefingDecided(BriefingDecided(date: ConsoleFixture.today, storyID: "s1",
                                                                           decision: .embargo(until: Timestamp.parse("2026-11-24T09:30:00Z")!)))],
                                         done: "embargo until 10:30 recorded: Umspannwerk Husum geht ans Netz", undoable: "s1"))
    }

    @Test func aBadOrPastEmbargoTimeSaysWhatToType() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.embargo, to: &s)
        for ch in "halb elf" { _ = ConsoleUpdate.overlayKey(.character(ch), to: &s) }
        #expect(ConsoleUpdate.overlayKey(.enter, to: &s).isEmpty)
        #expect(s.message?.text.contains("HH:MM") == true)
        _ = ConsoleUpdate.apply(.embargo, to: &s)
        for ch in "07:00" { _ = ConsoleUpdate.overlayKey(.character(ch), to: &s) }
        #expect(ConsoleUpdate.overlayKey(.enter, to: &s).isEmpty)
        #expect(s.message?.text.contains("has passed") == true)
    }

    @Test func undoTakesBackTheLastDecisionOfThisConsole() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.undo, to: &s)
        #expect(s.message?.text.contains("nothing to undo") == true)
        let entry = UndoEntry(date: ConsoleFixture.today, story: "s3", eventID: UUID())
        s.undoStack = [entry]
        #expect(ConsoleUpdate.apply(.undo, to: &s) == [.undo(entry)])
        #expect(s.selection == "s3" && s.undoStack.isEmpty)
    }

    @Test func reorderSwapsWithTheNeighbour() throws {
        var s = try ConsoleFixture().state()
        #expect(ConsoleUpdate.apply(.moveStoryUp, to: &s).isEmpty, "the first story cannot move up")
        let down = ConsoleUpdate.apply(.moveStoryDown, to: &s)
        #expect(down == [.record([.briefingReordered(BriefingReordered(date: ConsoleFixture.today, order: ["s2", "s1", "s3", "s4"]))],
                                 done: "agenda reordered", undoable: nil)])
    }

    @Test func decisionsOutsideTheBriefingPaneSayWhereToGo() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.focusModeration, to: &s)
        #expect(ConsoleUpdate.apply(.share, to: &s).isEmpty)
        #expect(s.message?.text.contains("briefing pane") == true)
    }

    @Test func aReadOnlyStoreRecordsNothing() throws {
        var s = try ConsoleFixture().state()
        s.snapshot.readOnly = true
        #expect(ConsoleUpdate.apply(.share, to: &s).isEmpty)
        #expect(s.message?.text.contains("read-only") == true)
    }
}

@Suite struct ConsoleCommandLineTests {
    func command(_ text: String, _ s: inout ConsoleState) -> [ConsoleEffect] {
        _ = ConsoleUpdate.apply(.commandLine, to: &s)
        for ch in text { _ = ConsoleUpdate.overlayKey(.character(ch), to: &s) }
        return ConsoleUpdate.overlayKey(.enter, to: &s)
    }

    @Test func commandsDoWhatTheySay() throws {
        var s = try ConsoleFixture().state()
        #expect(command("theme light --save", &s) == [.setTheme("light", save: true)])
        #expect(command("export", &s) == [.exportBriefing])
        #expect(command("date 2026-12-01", &s) == [.reload])
        #expect(s.date == LocalDate("2026-12-01"))
        #expect(command("q", &s) == [.quit])
        #expect(command("date tomorrow", &s).isEmpty)
        #expect(s.message?.text.contains("YYYY-MM-DD") == true)
        #expect(command("delete", &s).isEmpty)
        #expect(s.message?.text.contains("deleting is no solution") == true, "there is no delete; it says what to do instead")
        #expect(command("frobnicate", &s).isEmpty)
        #expect(s.message?.text.contains("unknown command") == true)
        #expect(s.commandHistory.last == "frobnicate")
    }

    @Test func tabCompletesACommandName() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.commandLine, to: &s)
        for ch in "exp" { _ = ConsoleUpdate.overlayKey(.character(ch), to: &s) }
        _ = ConsoleUpdate.overlayKey(.tab, to: &s)
        guard case .prompt(.command, let editor) = s.overlay else { Issue.record("prompt closed"); return }
        #expect(editor.text == "export ")
        s.themeNames = ["default", "light", "high-contrast", "monochrome"]
        _ = ConsoleUpdate.apply(.commandLine, to: &s)
        for ch in "theme hi" { _ = ConsoleUpdate.overlayKey(.character(ch), to: &s) }
        _ = ConsoleUpdate.overlayKey(.tab, to: &s)
        guard case .prompt(.command, let themed) = s.overlay else { Issue.record("prompt closed"); return }
        #expect(themed.text == "theme high-contrast")
    }

    @Test func escClosesThePromptWithoutEffect() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.commandLine, to: &s)
        _ = ConsoleUpdate.overlayKey(.character("q"), to: &s)
        #expect(ConsoleUpdate.overlayKey(.escape, to: &s).isEmpty)
        #expect(s.overlay == .none)
    }
}
