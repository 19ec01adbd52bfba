/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    /// Always `n` columns.
    case fixed(Int)
    /// As wide as the widest visible cell or the title, between `min` and `max`.
    case fit(min: Int, max: Int)
    /// A share of whatever space is left, at least `min`.
    case fill(min: Int)
}

/// One column of a table.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var alignment: Alignment
    public var width: ColumnWidth

    public init(_ title: String, alignment: Alignment = .leading, width: ColumnWidth = .fit(min: 3, max: 40)) {
        self.title = title
        self.alignment = alignment
        self.width = width
    }
}

/// Which column a table is sorted by; shown as `▲`/`▼` after the column title.
public struct TableSort: Hashable, Sendable {
    public var column: Int
    public var ascending: Bool

    public init(column: Int, ascending: Bool) {
        self.column = column
        self.ascending = ascending
    }
}

/// A table with a header, aligned columns whose widths adapt to the visible rows, and a
/// selection; virtualised like `ListView` (only visible rows are asked for).
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var state: ListState
    public var sort: TableSort?
    public var cell: (_ row: Int, _ column: Int) -> String

    public init(columns: [TableColumn], rowCount: Int, state: ListState = ListState(), sort: TableSort? = nil,
                cell: @escaping (_ row: Int, _ column: Int) -> String) {
        self.columns = columns
        self.rowCount = rowCount
        self.state = state
        self.sort = sort
        self.cell = cell
    }

    /// Cells between columns.
    public static let gap = 1

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        canvas.fill(area, style: theme[.text])
        guard area.height > 0, !columns.isEmpty else { return }
        let bodyRows = area.height - 1
        let top = state.visibleOffset(visibleRows: bodyRows, count: rowCount)
        let visible = top..<Swift.min(rowCount, top + Swift.max(0, bodyRows))
        var texts: [[String]] = []
        texts.reserveCapacity(visible.count)
        for row in visible { texts.append(columns.indices.map { cell(row, $0) }) }
        let titles = columns.indices.map(headerTitle)
        let widths = columnWidths(available: area.width, titles: titles, rows: texts)

        canvas.fill(area.row(0), style: theme[.header])
        drawRow(titles, widths: widths, at: area.row(0), style: theme[.header], canvas: &canvas)
        for (line, row) in visible.enumerated() {
            let marked = state.marked.contains(row)
            var style = theme[marked ? .markedRow : .text]
            if row == state.selected { style = theme[.selectedRow].adding(style.attributes) }
            let rect = area.row(line + 1)
            canvas.fill(rect, style: style)
            drawRow(texts[line], widths: widths, at: rect, style: style, canvas: &canvas)
        }
    }

    private func drawRow(_ values: [String], widths: [Int], at rect: Rect, style: Style, canvas: inout Canvas) {
        var x = rect.x
        for (index, width) in widths.enumerated() where width > 0 {
            let cellRect = Rect(x: x, y: rect.y, width: Swift.min(width, rect.maxX - x), height: 1)
            canvas.write(values[index], in: cellRect, style: style, alignment: columns[index].alignment)
            x += width + Table.gap
            if x >= rect.maxX { break }
        }
    }

    private func headerTitle(_ column: Int) -> String {
        guard let sort, sort.column == column else { return columns[column].title }
        return columns[column].title + (sort.ascending ? " ▲" : " ▼")
    }

    /// Column widths for `available` cells: fixed first, then fitted to content, then fill.
    func columnWidths(available: Int, titles: [String], rows: [[String]]) -> [Int] {
        var widths = columns.enumerated().map { index, column -> Int in
            switch column.width {
            case .fixed(let n):
                return n
            case .fit(let low, let high):
                var widest = DisplayWidth.of(titles[index])
                for row in rows { widest = Swift.max(widest, DisplayWidth.of(row[index])) }
                return Swift.min(high, Swift.max(low, widest))
            case .fill(let low):
                return low
            }
        }
        let gaps = Table.gap * (columns.count - 1)
        var spare = available - gaps - widths.reduce(0, +)
        let fills = columns.indices.filter { if case .fill = columns[$0].width { return true } else { return false } }
        if spare > 0 && !fills.isEmpty {
            for (position, index) in fills.enumerated() {
                let share = position == fills.count - 1 ? spare : spare / fills.count
                widths[index] += share
            }
            spare = 0
        }
        var index = widths.count - 1
        while spare < 0 && index >= 0 {
            let cut = Swift.min(-spare, Swift.max(0, widths[index] - 1))
            widths[index] -= cut
            spare += cut
            index -= 1
        }
        return widths
    }
}
