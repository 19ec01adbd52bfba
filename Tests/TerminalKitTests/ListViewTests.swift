import Testing
@testable import TerminalKit

@Suite("List view")
struct ListViewTests {
    /// Counts which rows a list asked for (class so the escaping closure can record).
    final class Requests {
        var rows: [Int] = []
    }

    @Test("a list of 1,000,000 items asks only for the visible rows")
    func millionItemsRenderVisibleRowsOnly() {
        let requests = Requests()
        var state = ListState()
        state.move(by: 999_990, count: 1_000_000, visibleRows: 5)
        let list = ListView(count: 1_000_000, state: state) { index in
            requests.rows.append(index)
            return ListItem("Item \(index)")
        }
        let canvas = draw(list, width: 20, height: 5)
        #expect(requests.rows == Array(999_986...999_990))
        #expect(canvas.trimmed(4) == " Item 999990")
        #expect(canvas[3, 4].style == testTheme[.selectedRow])
    }

    @Test("selection, marks and badges are drawn cell by cell")
    func selectionMarksBadges() {
        let state = ListState(selected: 1, offset: 0, marked: [2])
        let list = ListView(count: 3, state: state) { index in
            ListItem("Zeile \(index)", badge: index == 0 ? "neu" : nil, badgeRole: .badgeOk)
        }
        let canvas = draw(list, width: 16, height: 4)
        #expect(canvas.text(row: 0) == " Zeile 0    neu ")
        #expect(canvas.text(row: 1) == " Zeile 1        ")
        #expect(canvas.text(row: 2) == "●Zeile 2        ")
        #expect(canvas.text(row: 3) == "                ")
        #expect(canvas[1, 0].style == testTheme[.text])
        #expect(canvas[12, 0].style == testTheme[.badgeOk])
        #expect((0..<16).allSatisfy { canvas[$0, 1].style == testTheme[.selectedRow] })
        #expect(canvas[0, 2].style == testTheme[.markedRow])
    }

    @Test("moving keeps the selection visible and clamps at both ends")
    func movementScrolls() {
        var state = ListState()
        state.move(by: 7, count: 10, visibleRows: 3)
        #expect(state.selected == 7)
        #expect(state.offset == 5)
        state.move(by: -100, count: 10, visibleRows: 3)
        #expect(state.selected == 0)
        #expect(state.offset == 0)
        state.jump(toEnd: true, count: 10, visibleRows: 3)
        #expect(state.selected == 9)
        #expect(state.offset == 7)
        state.toggleMark()
        state.toggleMark()
        #expect(state.marked.isEmpty)
    }

    @Test("an empty list says so")
    func emptyList() {
        let canvas = draw(ListView(count: 0, state: ListState()) { _ in ListItem("") }, width: 10, height: 2)
        #expect(canvas.trimmed(0) == "(empty)")
        #expect(canvas[0, 0].style == testTheme[.muted])
    }
}
