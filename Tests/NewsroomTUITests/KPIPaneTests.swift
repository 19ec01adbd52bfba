import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit
import Testing
@testable import NewsroomTUI

/// The KPI pane's moderation block, drawn into memory and read cell by cell at the sizes a
/// newsroom uses, and its figures following the window chosen with `[` / `]`.
@Suite struct KPIPaneTests {
    let theme = ThemeCatalog.builtInDefault

    /// Now is 2026-11-24 07:30 UTC. c1: replied by mia after 10 min, resolved after 40 min;
    /// c2: classified and replied by ben after 30 min, closed without action after 120 min;
    /// c3: new, hidden as spam by mia, posted 3 h ago.
    /// First reply bins [10,15): 1 and [30,60): 1 → median 15 min, p90 30 + 0.8 × 30 = 54 min.
    /// Resolution bins [30,60): 1 and [120,240): 1 → median 60 min, p90 120 + 0.8 × 120 = 216 min (3.6 h).
    func fixture() throws -> ConsoleFixture {
        let f = try ConsoleFixture()
        func at(_ text: String) -> Date { Timestamp.parse(text)! }
        func e(_ time: String, _ actor: String, _ payload: EventPayload) -> NewEvent {
            NewEvent(Event(time: at(time), actor: actor, account: "root", payload: payload))
        }
        func received(_ id: CommentID, _ time: String) -> NewEvent {
            e(time, "import:linkedin", .commentReceived(CommentReceived(commentID: id, network: .linkedIn, authorRef: PersonRef("p-\(id)"),
                                                                      authorFollowers: 10, target: CommentTarget(kind: .companyPost, id: "post-1"),
                                                                      postedAt: at(time))))
        }
        f.add(events: [
            received("c1", "2026-11-24T06:00:00Z"),
            e("2026-11-24T06:10:00Z", "mia", .commentReplied(CommentReplied(commentID: "c1", replyID: "r1", text: "Danke", language: "de"))),
            e("2026-11-24T06:40:00Z", "mia", .commentMoved(CommentMoved(commentID: "c1", state: .resolved))),
            received("c2", "2026-11-24T05:00:00Z"),
            e("2026-11-24T05:05:00Z", "ben", .commentClassified(CommentClassified(commentID: "c2", category: .criticism, source: "ben"))),
            e("2026-11-24T05:30:00Z", "ben", .commentReplied(CommentReplied(commentID: "c2", replyID: "r2", text: "Danke", language: "de"))),
            e("2026-11-24T07:00:00Z", "ben", .commentMoved(CommentMoved(commentID: "c2", state: .noAction))),
            received("c3", "2026-11-24T04:30:00Z"),
            e("2026-11-24T07:00:00Z", "mia", .commentHidden(CommentHidden(commentID: "c3", reason: .spam, ground: "platform rules", note: "Werbung"))),
        ])
        return f
    }

    func frame(_ state: ConsoleState, _ size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        ConsoleView(state: state, theme: theme).render(into: &canvas)
        return canvas
    }

    /// The KPI pane's rows, as drawn: the text between its borders.
    func paneRows(_ canvas: Canvas) throws -> (rows: [String], x: Int, y: Int) {
        let lines = canvas.lines
        let top = try #require(lines.firstIndex { $0.contains("3 KPIs") })
        let title = try #require(lines[top].range(of: "3 KPIs"))
        let titleX = lines[top][..<title.lowerBound].count
        // The box's left corner is the last corner before the title.
        let left = try #require((0..<titleX).last { ["╔", "┌", "╭"].contains(canvas[$0, top].text) })
        let right = try #require((titleX..<canvas.size.width).first { ["╗", "┐", "╮"].contains(canvas[$0, top].text) })
        var rows: [String] = []
        var y = top + 1
        while y < canvas.size.height, !["╚", "└", "╰"].contains(canvas[left, y].text) {
            rows.append((left + 1..<right).map { canvas[$0, y].text }.joined())
            y += 1
        }
        return (rows, left + 1, top + 1)
    }

    @Test("at 80x24 the overview's pane keeps the first gauges, each with its provenance mark, whole")
    func smallPane() throws {
        let state = try fixture().state()
        let canvas = frame(state, Size(width: 80, height: 24))
        let (rows, _, _) = try paneRows(canvas)
        #expect(rows.count == 7)
        // No share was measured: the engagement figures are missing, not zero.
        #expect(rows[0].hasPrefix("○ Engagement score"), "\(rows[0])")
        #expect(rows[1].hasPrefix("○ Reach"))
        for line in canvas.lines { #expect(DisplayWidth.of(line) <= 80) }
    }

    @Test("zoomed at 200x60 the pane shows every moderation metric with a heading below the gauges, and the moderators")
    func largePane() throws {
        var state = try fixture().state()
        state.press(.character("3"))
        state.press(.character("z"))
        let (rows, _, _) = try paneRows(frame(state, Size(width: 200, height: 60)))
        let text = rows.map { $0.trimmingCharacters(in: .whitespaces) }
        let heading = try #require(text.firstIndex(of: "Moderation"))
        #expect(heading > 15, "below the gauges")
        func row(_ label: String) -> String? { text.first { $0.hasPrefix(label + " ") } }
        #expect(row("open") == "open          1: new 1 · triaged 0 · assigned 0 · waiting 0 · escalated 0")
        #expect(row("first reply") == "first reply   median 15m · p90 54m · 2 replies")
        #expect(row("resolution") == "resolution    median 60m · p90 3.6h · 2 resolved")
        #expect(row("oldest new") == "oldest new    3.0h waiting")
        #expect(row("hidden") == "hidden        1: spam 1")
        // 7 days from 2026-11-17 23:00 UTC to 07:30 on the 24th: 152.5 h; 6 actions, 3 each.
        #expect(row("actions") == "actions       0.04/h · 6 in 153 h")
        #expect(text.contains("ben         0.02/h (3)") && text.contains("mia         0.02/h (3)"), "\(text)")
        #expect(row("SLA breaches")?.hasPrefix("SLA breaches  \(state.snapshot.moderation.slaBreaches) now") == true)
        // The moderation gauges: a median first reply of 15 min against the criticism SLA of 4 h.
        #expect(text.contains { $0.hasPrefix("● Median first reply") && $0.contains("15 min / 4.0 h") }, "\(text)")
    }

    @Test("a shorter window asks for its board, and the pane shows it once read")
    func windowFigures() throws {
        let f = try fixture()
        var state = try f.state()
        state.press(.character("3"))
        state.press(.character("z"))
        #expect(state.press(.character("[")) == [.loadBoard(.today)])
        #expect(try paneRows(frame(state, Size(width: 200, height: 60))).rows.joined().contains("Reading the figures…"))
        state.receive(.boardLoaded(.today, try f.board(.today(now: ConsoleFixture.now, calendar: f.config.calendar))))
        let text = try paneRows(frame(state, Size(width: 200, height: 60))).rows.map { $0.trimmingCharacters(in: .whitespaces) }
        // Today (from 23:00 UTC): 8.5 h, the same six actions.
        #expect(text.contains("actions       0.71/h · 6 in 9 h"), "\(text)")
        #expect(text[0].contains("Engagement score"))
    }

    @Test("the console's edge reads a window's board from the store, as the fold has it")
    func programReadsTheStore() throws {
        let f = try fixture()
        var program = try f.program()
        _ = program.handle(.character("3"))
        _ = program.handle(.character("["))
        let read = try #require(program.state.kpis.board)
        let today = KPIWindow.today(now: ConsoleFixture.now, calendar: f.config.calendar)
        #expect(read == (try f.board(today)))
        #expect(read.moderation.moderators.total == 6)
    }
}
