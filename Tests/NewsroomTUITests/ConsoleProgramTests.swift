import Foundation
import Synchronization
import NewsroomCore
import NewsroomStore
import TerminalKit
import Testing
@testable import NewsroomTUI

/// The console's edge against a real store: keys in, events out, and live updates from others.
@Suite struct ConsoleProgramTests {
    @Test func aKeyPressRecordsTheDecisionWithActorAndTime() throws {
        let fixture = try ConsoleFixture()
        var program = try fixture.program()
        _ = program.handle(.character("j"))
        _ = program.handle(.character("s"))
        let last = try #require(try fixture.store.events(after: 0, limit: 100).last)
        #expect(last.event.payload == .briefingDecided(BriefingDecided(date: ConsoleFixture.today, storyID: "s2", decision: .share)))
        #expect(last.event.actor == "anna" && last.event.account == "root" && last.event.time == ConsoleFixture.now)
        #expect(program.state.snapshot.briefing.rows[1].status == .share, "own writes show at once")
        #expect(program.state.briefing.selection == "s2", "the selection stays on the decided story")
        #expect(program.state.message?.text.contains("share recorded") == true)
    }

    @Test func undoRestoresTheDecisionBefore() throws {
        let fixture = try ConsoleFixture()
        var program = try fixture.program()
        _ = program.handle(.character("s"))
        _ = program.handle(.character("h"))
        for ch in "warten" { _ = program.handle(.character(ch)) }
        _ = program.handle(.enter)
        _ = program.handle(.character("n"))
        #expect(program.state.snapshot.briefing.rows[0].status == .hold(reason: "warten"))
        _ = program.handle(.character("u"))
        #expect(program.state.snapshot.briefing.rows[0].status == .share, "undo goes back to share, by a compensating event")
        let types = try fixture.store.events(after: 0, limit: 100).map(\.event.type)
        #expect(types.suffix(3) == ["briefing.decided", "briefing.decided", "briefing.decided"])
    }

    @Test func exportWritesTheMarkdownBriefing() throws {
        let fixture = try ConsoleFixture()
        var program = try fixture.program()
        _ = program.handle(.character("s"))
        _ = program.handle(.character(":"))
        for ch in "export" { _ = program.handle(.character(ch)) }
        _ = program.handle(.enter)
        let url = fixture.store.folder.exports.appendingPathComponent("briefing-2026-11-24.md")
        let markdown = try String(contentsOf: url, encoding: .utf8)
        #expect(markdown.contains("# Briefing 2026-11-24"))
        #expect(markdown.contains("Umspannwerk Husum geht ans Netz"))
        #expect(program.state.message?.path == url.path)
    }

    @Test func anotherWritersChangeShowsOnTheNextTickWithoutMovingTheSelection() throws {
        let fixture = try ConsoleFixture()
        var program = try fixture.program()
        _ = program.handle(.character("j"))
        _ = program.handle(.character("j"))
        _ = program.tick()
        let other = try FolderStore.open(fixture.store.folder)
        try other.append([NewEvent(Event(time: ConsoleFixture.now, actor: "ben", account: "ben",
                                         payload: .briefingDecided(BriefingDecided(date: ConsoleFixture.today, storyID: "s1", decision: .hold(reason: "Ben hält")))))])
        let redraw = program.tick()
        #expect(redraw, "a change by another process triggers a redraw")
        #expect(program.state.snapshot.briefing.rows[0].status == .hold(reason: "Ben hält"))
        #expect(program.state.briefing.selection == "s3")
    }

    @Test func anEmbargoFlipsToShareByItselfWhenItsTimeComes() throws {
        let fixture = try ConsoleFixture()
        let until = Timestamp.parse("2026-11-24T07:30:30Z")!
        try fixture.store.append([NewEvent(Event(time: ConsoleFixture.now, by: fixture.identity,
                                                 payload: .briefingDecided(BriefingDecided(date: ConsoleFixture.today, storyID: "s1", decision: .embargo(until: until)))))])
        let wall = WallClock(ConsoleFixture.now)
        var program = try fixture.program(clock: wall)
        #expect(program.state.snapshot.briefing.rows[0].status == .embargoed(until: until))
        _ = program.tick()
        wall.set(until.addingTimeInterval(1))
        let redraw = program.tick()
        #expect(redraw)
        #expect(program.state.snapshot.briefing.rows[0].status == .released(embargoEnded: until))
        let events = try fixture.store.lastSeq()
        #expect(events == 9, "the flip is computed; nothing is written")
    }

    @Test("a decision on a story another console decided meanwhile is refused, and the reason typed is kept")
    func staleDecisionAgainstTheStore() throws {
        let fixture = try ConsoleFixture()
        var program = try fixture.program()
        _ = program.handle(.character("h"))
        for ch in "Legal prüft" { _ = program.handle(.character(ch)) }
        // Meanwhile, in another console, before this one saw it:
        let other = try FolderStore.open(fixture.store.folder)
        try other.append([NewEvent(Event(time: ConsoleFixture.now, actor: "ben", account: "ben",
                                         payload: .briefingDecided(BriefingDecided(date: ConsoleFixture.today, storyID: "s1", decision: .share))))])
        let before = try fixture.store.lastSeq()
        _ = program.handle(.enter)
        #expect(try fixture.store.lastSeq() == before, "nothing was written")
        guard case .prompt(.briefing(.holdReason("s1", _)), let editor, let problem?) = program.state.overlay else {
            Issue.record("expected the reason prompt again, got \(program.state.overlay)")
            return
        }
        #expect(editor.text == "Legal prüft")
        #expect(problem.contains("briefing.decided by ben"))
        #expect(program.state.snapshot.briefing.rows[0].status == .share, "the screen shows what changed")
        _ = program.handle(.enter)
        #expect(program.state.snapshot.briefing.rows[0].status == .hold(reason: "Legal prüft"), "Enter holds it on the version seen now")
    }

    @Test func themeCanBeChangedAndSaved() throws {
        let fixture = try ConsoleFixture()
        var program = try fixture.program()
        _ = program.handle(.character(":"))
        for ch in "theme light --save" { _ = program.handle(.character(ch)) }
        _ = program.handle(.enter)
        #expect(program.theme.name == "light")
        #expect(ConsoleSettings.read(from: fixture.root.appendingPathComponent("settings.yaml")).theme == "light")
        _ = program.handle(.character(":"))
        for ch in "theme nosuch" { _ = program.handle(.character(ch)) }
        _ = program.handle(.enter)
        #expect(program.theme.name == "light", "an unknown theme changes nothing")
        #expect(program.state.message?.isError == true)
    }

    @Test func anUnboundKeySaysWhereHelpIs() throws {
        var program = try ConsoleFixture().program()
        _ = program.handle(.character("ß"))
        #expect(program.state.message?.text.contains("? shows its keys") == true)
        let step = program.handle(.character("q"))
        #expect(step == .quit)
    }
}

/// A clock the test sets by hand.
final class WallClock: NewsroomClock, Sendable {
    private let value: Mutex<Date>
    init(_ start: Date) { value = Mutex(start) }
    func set(_ date: Date) { value.withLock { $0 = date } }
    func now() -> Date { value.withLock { $0 } }
}
