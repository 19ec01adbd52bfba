import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit
import Testing
@testable import NewsroomTUI

/// The storm warning in the console: the level in the top bar and on the wall, the alert naming
/// the post from level 2 on, `C` to that post's comments in the queue, `:crisis` by hand.
@Suite struct CrisisConsoleTests {
    let theme = ThemeCatalog.builtInDefault

    /// 6, 10 and 12 critical comments in the three quarter hours before now, on one share, with
    /// no such comments in the weeks before: a storm on that post.
    func stormMorning() throws -> ConsoleFixture {
        let f = try ConsoleFixture()
        var events: [NewEvent] = []
        let t0 = Bucket(containing: ConsoleFixture.now).index
        let share = CommentTarget(kind: .share, id: "sh1")
        var serial = 0
        for (b, n) in [(t0 - 3, 6), (t0 - 2, 10), (t0 - 1, 12)] {
            for i in 0..<n {
                serial += 1
                let time = Bucket(index: b).start.addingTimeInterval(Double(30 + i * 60))
                events.append(NewEvent(Event(time: time, actor: "import:linkedin", account: "root", payload: .commentReceived(CommentReceived(
                    commentID: CommentID("c\(serial)"), network: .linkedIn, authorRef: PersonRef("p\(serial)"), authorFollowers: 10,
                    target: share, postedAt: time)))))
                events.append(NewEvent(Event(time: time, actor: "model:rules-v1", account: "root", payload: .commentClassified(CommentClassified(
                    commentID: CommentID("c\(serial)"), category: .criticism, source: "model:rules-v1")))))
            }
        }
        f.add(events: events)
        return f
    }

    func frame(_ state: ConsoleState, _ size: Size = Size(width: 160, height: 40)) -> [String] {
        var canvas = Canvas(size: size)
        ConsoleView(state: state, theme: theme).render(into: &canvas)
        return canvas.lines
    }

    @Test("calm: the top bar says crisis 0 and C says there is no storm")
    func calm() throws {
        var state = try ConsoleFixture().state()
        #expect(frame(state)[0].contains("crisis 0"))
        #expect(state.press(.character("C")).isEmpty)
        #expect(state.messageLog.last?.text.hasPrefix("no storm") == true)
    }

    @Test("a storm on a post: the top bar names it in every pane, the wall shows the level, C opens its comments")
    func storm() throws {
        var state = try stormMorning().state()
        let crisis = try #require(state.snapshot.crisis)
        #expect(crisis.isAlert && crisis.post?.post == CommentTarget(kind: .share, id: "sh1"), "\(crisis.reason)")
        let bar = frame(state)[0]
        #expect(bar.contains("🔥 crisis \(crisis.level)") && bar.contains("post share:sh1") && bar.contains("(C jumps)"), "\(bar)")
        state.press(.character("W"))
        let wall = frame(state, Size(width: 80, height: 24))
        #expect(wall[0].contains("crisis \(crisis.level)"), "\(wall[0])")
        #expect(wall[1].contains("post share:sh1") && wall[1].contains("C: its comments"), "\(wall[1])")
        let effects = state.press(.character("C"))
        #expect(!state.wall && state.focus == .moderation && state.moderation.view == .open)
        #expect(state.moderation.facets.targets == [CommentTarget(kind: .share, id: "sh1")])
        #expect(!effects.isEmpty, "the queue is asked again for the post's comments")
        #expect(ModerationFilters.describe(state.moderation) == "view open · on share sh1")
    }

    @Test(":crisis sets 5 or 6 with a note, refuses the rest and says why, and clear needs a level set by hand")
    func byHand() throws {
        var state = try ConsoleFixture().state()
        func command(_ text: String) -> [ConsoleEffect] {
            state.press(.character(":"))
            return state.answer(text)
        }
        let set = try #require(ConsoleState.recording(command("crisis 5 Presse berichtet seit 9 Uhr")))
        #expect(set.payloads == [.crisisDeclared(CrisisDeclared(level: CrisisLevel(5), note: "Presse berichtet seit 9 Uhr"))])
        #expect(set.purpose == .crisis && set.done == "crisis level 5 (campaign) set")
        #expect(command("crisis 3 zu hoch").isEmpty)
        #expect(state.messageLog.last?.text.contains("0–4 come from the counts") == true)
        #expect(command("crisis 6").isEmpty)
        #expect(state.messageLog.last?.text.contains("needs a note") == true)
        #expect(command("crisis clear").isEmpty)
        #expect(state.messageLog.last?.text.contains("no crisis level is set by hand") == true)
    }

    @Test("the edge records a level set by hand, and the top bar shows it with who set it")
    func recorded() throws {
        let f = try ConsoleFixture()
        var program = try f.program()
        _ = program.handle(.character(":"))
        for ch in "crisis 6 Tagesschau berichtet" { _ = program.handle(.character(ch)) }
        _ = program.handle(.enter)
        #expect(program.state.snapshot.crisis?.level == CrisisLevel(6))
        var canvas = Canvas(size: Size(width: 160, height: 40))
        program.render(into: &canvas)
        #expect(canvas.lines[0].contains("crisis 6 (storm in all media), set by anna"), "\(canvas.lines[0])")
    }
}
