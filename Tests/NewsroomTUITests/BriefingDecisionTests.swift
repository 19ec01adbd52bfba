import Foundation
import NewsroomCore
import NewsroomStore
import TerminalKit
import Testing
@testable import NewsroomTUI

@Suite struct BriefingDecisionTests {
    static let today = ConsoleFixture.today

    @Test func shareAndPendingRecordADecisionOnTheVersionSeen() throws {
        var s = try ConsoleFixture().state()
        let recording = try #require(ConsoleState.recording(s.press(.character("j"), .character("s"))))
        #expect(recording.payloads == [.briefingDecided(BriefingDecided(date: Self.today, storyID: "s2", decision: .share))])
        #expect(recording.done.contains("share recorded"))
        #expect(recording.expecting == ExpectedVersion(.briefingEntry(Self.today, "s2"), version: 0))
        let pending = try #require(ConsoleState.recording(s.press(.character("p"))))
        #expect(pending.payloads == [.briefingDecided(BriefingDecided(date: Self.today, storyID: "s2", decision: .pending))])
    }

    @Test("a hold asks for a reason, then asks about the topic, which takes only y or n")
    func holdThenTopicQuestion() throws {
        var s = try ConsoleFixture().state()
        #expect(s.press(.character("h")).isEmpty)
        guard case .prompt(.briefing(.holdReason("s1", version: 0)), _, _) = s.overlay else { Issue.record("expected the reason prompt, got \(s.overlay)"); return }
        let hold = try #require(ConsoleState.recording(s.answer("Legal prüft")))
        #expect(hold.payloads == [.briefingDecided(BriefingDecided(date: Self.today, storyID: "s1", decision: .hold(reason: "Legal prüft")))])
        #expect(s.overlay == .none, "the question comes only once the hold is recorded")
        s.receive(.recorded(hold, lastSeq: 12, firstEventID: UUID()))
        #expect(s.overlay == .confirm(.briefing(.holdTopic(topic: "energiewende", reason: "Legal prüft", story: "s1"))))
        // j and Enter used to answer yes: they are ignored now, and it says so.
        #expect(s.press(.character("j")).isEmpty)
        #expect(s.press(.enter).isEmpty)
        #expect(s.press(.character("s")).isEmpty)
        #expect(s.overlay != .none && s.message?.text.contains("answer y (yes) or n") == true)
        let topic = try #require(ConsoleState.recording(s.press(.character("y"))))
        #expect(topic.payloads == [.topicHeld(TopicHeld(date: Self.today, topic: "energiewende", reason: "Legal prüft"))])
        #expect(topic.done.contains("u undoes it"))
    }

    @Test func noToTheTopicLeavesItOpen() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("h"))
        let hold = try #require(ConsoleState.recording(s.answer("warten")))
        s.receive(.recorded(hold, lastSeq: 12, firstEventID: UUID()))
        #expect(s.press(.character("n")).isEmpty)
        #expect(s.overlay == .none && s.message?.text.contains("stays open") == true)
    }

    @Test("u takes back a topic hold and a team restriction like any decision")
    func undoTopicHoldAndRestriction() throws {
        var s = try ConsoleFixture().state()
        let topicHold = Recording([.topicHeld(TopicHeld(date: Self.today, topic: "energiewende", reason: "r"))], expecting: nil, done: "held",
                                  purpose: .briefing(.topicHold(topic: "energiewende", date: Self.today)))
        s.receive(.recorded(topicHold, lastSeq: 20, firstEventID: UUID()))
        let release = try #require(ConsoleState.recording(s.press(.character("u"))))
        #expect(release.payloads == [.topicReleased(TopicReleased(date: Self.today, topic: "energiewende"))])
        #expect(release.expecting == ExpectedVersion(.briefing(Self.today), version: 20))
        s.receive(.recorded(release, lastSeq: 21, firstEventID: UUID()))
        #expect(s.briefing.undoStack.isEmpty)

        s.press(.character("t"))
        s.press(.ctrl("u"))
        let restrict = try #require(ConsoleState.recording(s.answer("executives")))
        s.receive(.recorded(restrict, lastSeq: 22, firstEventID: UUID()))
        let back = try #require(ConsoleState.recording(s.press(.character("u"))))
        #expect(back.payloads == [.storyRestricted(StoryRestricted(storyID: "s1", restriction: StoryRestriction()))])
        #expect(back.expecting == ExpectedVersion(.story("s1"), version: 22))
    }

    @Test("undo of a decision compensates with the decision before, on the version after it")
    func undoDecision() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("u"))
        #expect(s.message?.text.contains("nothing to undo") == true)
        let share = try #require(ConsoleState.recording(s.press(.character("s"))))
        let id = UUID()
        s.receive(.recorded(share, lastSeq: 10, firstEventID: id))
        let undo = try #require(ConsoleState.recording(s.press(.character("u"))))
        #expect(undo.payloads == [.briefingDecided(BriefingDecided(date: Self.today, storyID: "s1", decision: .pending, note: "undo", undoes: id))])
        #expect(undo.expecting == ExpectedVersion(.briefingEntry(Self.today, "s1"), version: 10))
    }

    @Test("a decision refused because another console changed the story keeps the reason typed")
    func staleVersionKeepsTheInput() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("h"))
        let hold = try #require(ConsoleState.recording(s.answer("Legal prüft noch")))
        let conflict = VersionConflict(item: .briefingEntry(Self.today, "s1"), expected: 0, actual: 14, change: "briefing.decided by ben at 08:31")
        s.receive(.refused(hold, conflict))
        guard case .prompt(.briefing(.holdReason("s1", let version)), let editor, let problem?) = s.overlay else {
            Issue.record("expected the reason prompt again, got \(s.overlay)")
            return
        }
        #expect(editor.text == "Legal prüft noch", "the reason is kept")
        #expect(version == 14, "Enter now decides on the version there is")
        #expect(problem.contains("changed since you looked") && problem.contains("ben"))
        let again = try #require(ConsoleState.recording(s.press(.enter)))
        #expect(again.expecting == ExpectedVersion(.briefingEntry(Self.today, "s1"), version: 14))
    }

    @Test func aHoldWithoutAReasonStaysOnTheField() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("h"))
        #expect(s.answer("  ").isEmpty)
        guard case .prompt(.briefing(.holdReason), _, let problem?) = s.overlay else { Issue.record("the prompt closed"); return }
        #expect(problem.contains("reason"))
    }

    @Test func embargoTakesALocalTime() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("e"))
        let recording = try #require(ConsoleState.recording(s.answer("10:30")))
        // 10:30 in Berlin in November is 09:30 UTC.
        #expect(recording.payloads == [.briefingDecided(BriefingDecided(date: Self.today, storyID: "s1",
                                                                        decision: .embargo(until: Timestamp.parse("2026-11-24T09:30:00Z")!)))])
        #expect(recording.done == "embargo until 10:30 recorded: Umspannwerk Husum geht ans Netz")
    }

    @Test func aBadOrPastEmbargoTimeSaysWhatToTypeAndKeepsTheText() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("e"))
        #expect(s.answer("halb elf").isEmpty)
        guard case .prompt(.briefing(.embargoTime), let editor, let problem?) = s.overlay else { Issue.record("the prompt closed"); return }
        #expect(problem.contains("HH:MM") && editor.text == "halb elf")
        s.press(.ctrl("u"))
        #expect(s.answer("07:00").isEmpty)
        guard case .prompt(_, _, let past?) = s.overlay else { Issue.record("the prompt closed"); return }
        #expect(past.contains("has passed"))
    }

    @Test("s on a story whose topic is held says that the hold keeps it back")
    func shareOnAHeldTopic() throws {
        let fixture = try ConsoleFixture()
        try fixture.add([.topicHeld(TopicHeld(date: Self.today, topic: "energiewende", reason: "Netzstörung"))])
        var s = try fixture.state()
        let share = try #require(ConsoleState.recording(s.press(.character("s"))))
        #expect(share.done.contains("topic hold 'energiewende' keeps it back"))
        #expect(share.done.contains(":release energiewende"))
    }

    @Test("A tells the ambassadors a hold's reason, or keeps it internal again; u takes it back")
    func reasonForAmbassadors() throws {
        let fixture = try ConsoleFixture()
        var s = try fixture.state()
        s.press(.character("A"))
        #expect(s.message?.text.contains("not on hold") == true)
        try fixture.add([.briefingDecided(BriefingDecided(date: Self.today, storyID: "s1", decision: .hold(reason: "Legal prüft")))])
        s = try fixture.state()
        let mark = try #require(ConsoleState.recording(s.press(.character("A"))))
        #expect(mark.payloads == [.briefingDecided(BriefingDecided(date: Self.today, storyID: "s1", decision: .hold(reason: "Legal prüft"),
                                                                   reasonForAmbassadors: true))])
        #expect(mark.done.contains("goes to the ambassadors"))
        #expect(mark.expecting == ExpectedVersion(.briefingEntry(Self.today, "s1"), version: s.snapshot.briefing.rows[0].entryVersion))
        s.receive(.recorded(mark, lastSeq: 40, firstEventID: UUID()))
        let undo = try #require(ConsoleState.recording(s.press(.character("u"))))
        guard case .briefingDecided(let back)? = undo.payloads.first else { Issue.record("expected a decision"); return }
        #expect(back.decision == .hold(reason: "Legal prüft") && !back.reasonForAmbassadors, "undo restores the internal hold")
    }

    @Test func reorderSwapsWithTheNeighbour() throws {
        var s = try ConsoleFixture().state()
        #expect(s.press(.character("K")).isEmpty, "the first story cannot move up")
        let down = try #require(ConsoleState.recording(s.press(.character("J"))))
        #expect(down.payloads == [.briefingReordered(BriefingReordered(date: Self.today, order: ["s2", "s1", "s3", "s4"]))])
        #expect(down.expecting?.item == .briefing(Self.today))
    }

    @Test func aReadOnlyStoreRecordsNothing() throws {
        var s = try ConsoleFixture().state()
        s.snapshot.readOnly = true
        #expect(s.press(.character("s")).isEmpty)
        #expect(s.message?.text.contains("read-only") == true)
    }
}

@Suite struct ConsoleCommandLineTests {
    func command(_ text: String, _ s: inout ConsoleState) -> [ConsoleEffect] {
        s.press(.character(":"))
        return s.answer(text)
    }

    @Test func commandsDoWhatTheySay() throws {
        var s = try ConsoleFixture().state()
        #expect(command("theme light --save", &s) == [.setTheme("light", save: true)])
        #expect(command("export", &s) == [.exportBriefing(ConsoleFixture.today)])
        #expect(command("date 2026-12-01", &s) == [.reload(everything: true)])
        #expect(s.briefing.date == LocalDate("2026-12-01"))
        #expect(command("q", &s) == [.quit])
        #expect(command("date tomorrow", &s).isEmpty)
        #expect(s.message?.text.contains("YYYY-MM-DD") == true)
        #expect(command("delete", &s).isEmpty)
        #expect(s.message?.text.contains("deleting is no solution") == true, "there is no delete; it says what to do instead")
        #expect(command("frobnicate", &s).isEmpty)
        #expect(s.message?.text.contains("unknown command") == true)
        #expect(s.commandHistory.last == "frobnicate")
    }

    @Test(":release lists today's holds and lifts one")
    func releaseATopic() throws {
        let fixture = try ConsoleFixture()
        try fixture.add([.topicHeld(TopicHeld(date: ConsoleFixture.today, topic: "energiewende", reason: "Netzstörung"))])
        var s = try fixture.state()
        #expect(command("release", &s).isEmpty)
        #expect(s.message?.text.contains("energiewende (Netzstörung, by anna)") == true)
        s.press(.character(":"))
        s.type("release en")
        s.press(.tab)
        guard case .prompt(.command, let editor, _) = s.overlay else { Issue.record("prompt closed"); return }
        #expect(editor.text == "release energiewende", "Tab completes the held topic")
        let release = try #require(ConsoleState.recording(s.press(.enter)))
        #expect(release.payloads == [.topicReleased(TopicReleased(date: ConsoleFixture.today, topic: "energiewende"))])
        #expect(command("release ausbildung", &s).isEmpty)
        #expect(s.message?.isError == true && s.message?.text.contains("not held") == true)
    }

    @Test func tabCompletesACommandName() throws {
        var s = try ConsoleFixture().state()
        s.press(.character(":"))
        s.type("exp")
        s.press(.tab)
        guard case .prompt(.command, let editor, _) = s.overlay else { Issue.record("prompt closed"); return }
        #expect(editor.text == "export ")
        s.themeNames = ["default", "light", "high-contrast", "monochrome"]
        s.press(.escape, .character(":"))
        s.type("theme hi")
        s.press(.tab)
        guard case .prompt(.command, let themed, _) = s.overlay else { Issue.record("prompt closed"); return }
        #expect(themed.text == "theme high-contrast")
    }

    @Test func escClosesThePromptWithoutEffect() throws {
        var s = try ConsoleFixture().state()
        s.press(.character(":"), .character("q"))
        #expect(s.press(.escape).isEmpty)
        #expect(s.overlay == .none)
    }
}
