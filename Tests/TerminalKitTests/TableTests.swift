import Testing
@testable import TerminalKit

@Suite("Table")
struct TableTests {
    static let rows = [
        ["Müller", "Köln", "12"],
        ["東京", "Tōkyō", "7"],
        ["Zoë 👍🏽", "Zürich", "1234"],
        ["👨‍👩‍👧 Fam", "Graz", "3"],
        ["e\u{301}clair", "Paris", "45"],
    ]

    static func table(sort: TableSort? = nil, selected: Int = 0) -> Table {
        Table(
            columns: [TableColumn("Name", width: .fit(min: 4, max: 12)), TableColumn("Ort"), TableColumn("Anz", alignment: .trailing)],
            rowCount: rows.count, state: ListState(selected: selected), sort: sort
        ) { rows[$0][$1] }
    }

    @Test("umlauts, CJK and emoji in a column keep the next columns aligned")
    func columnsStayAligned() {
        let canvas = draw(Self.table(), width: 30, height: 6)
        let cityColumns = (0..<Self.rows.count).map { canvas.column(of: Self.rows[$0][1], row: $0 + 1) }
        #expect(Set(cityColumns).count == 1, "\(cityColumns)\n\(canvas.dump)")
        #expect(cityColumns.first == 7)
        #expect(canvas.trimmed(1) == "Müller Köln     12")
        #expect(canvas.trimmed(2) == "東京   Tōkyō     7")
        #expect(canvas.trimmed(3) == "Zoë 👍 Zürich 1234")
        #expect(canvas.trimmed(4) == "👨 Fam Graz      3")
        #expect(canvas.trimmed(5) == "éclair Paris    45")
    }

    @Test("numbers are right-aligned and the header shows the sort direction")
    func alignmentAndSortIndicator() {
        let canvas = draw(Self.table(sort: TableSort(column: 2, ascending: false)), width: 30, height: 6)
        #expect(canvas.trimmed(0) == "Name   Ort    Anz ▼")
        #expect(canvas.trimmed(1).hasSuffix("    12"))
        #expect(canvas[0, 0].style == testTheme[.header])
        let ascending = draw(Self.table(sort: TableSort(column: 0, ascending: true)), width: 30, height: 2)
        #expect(ascending.trimmed(0).hasPrefix("Name ▲"))
    }

    @Test("the selected row is highlighted across the table width")
    func selectedRow() {
        let canvas = draw(Self.table(selected: 2), width: 30, height: 6)
        #expect((0..<30).allSatisfy { canvas[$0, 3].style == testTheme[.selectedRow] })
        #expect(canvas[0, 2].style == testTheme[.text])
    }

    @Test("column widths adapt: fill columns take what is left, narrow tables shrink the last columns")
    func adaptiveWidths() {
        let table = Table(columns: [TableColumn("A", width: .fixed(4)), TableColumn("B", width: .fill(min: 2)), TableColumn("C", width: .fit(min: 1, max: 9))],
                          rowCount: 1) { _, column in ["x", "y", "zzz"][column] }
        #expect(table.columnWidths(available: 20, titles: ["A", "B", "C"], rows: [["x", "y", "zzz"]]) == [4, 11, 3])
        #expect(table.columnWidths(available: 8, titles: ["A", "B", "C"], rows: [["x", "y", "zzz"]]) == [4, 1, 1])
    }

    @Test("a table asks only for the visible rows")
    func tableIsVirtualised() {
        final class Seen { var rows = Set<Int>() }
        let seen = Seen()
        let table = Table(columns: [TableColumn("N")], rowCount: 1_000_000, state: ListState(selected: 500_000)) { row, _ in
            seen.rows.insert(row)
            return "\(row)"
        }
        _ = draw(table, width: 10, height: 4)
        #expect(seen.rows == [499_998, 499_999, 500_000])
    }
}
