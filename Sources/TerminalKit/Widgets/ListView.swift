/// Selection, scroll position and marks of a list or table; the app keeps it in its state.
public struct ListState: Hashable, Sendable {
    public var selected: Int
    /// The first row shown.
    public var offset: Int
    /// Rows marked for a bulk action.
    public var marked: Set<Int>

    public init(selected: Int = 0, offset: Int = 0, marked: Set<Int> = []) {
        self.selected = selected
        self.offset = offset
        self.marked = marked
    }

    /// Moves the selection by `delta` rows, clamped to `count`, and scrolls it into view.
    public mutating func move(by delta: Int, count: Int, visibleRows: Int) {
        guard count > 0 else { selected = 0; offset = 0; return }
        selected = Swift.min(count - 1, Swift.max(0, selected + delta))
        offset = visibleOffset(visibleRows: visibleRows, count: count)
    }

    /// Selects the first or last row.
    public mutating func jump(toEnd: Bool, count: Int, visibleRows: Int) {
        move(by: toEnd ? count : -count - selected, count: count, visibleRows: visibleRows)
    }

    /// Marks or unmarks the selected row.
    public mutating func toggleMark() {
        if marked.contains(selected) { marked.remove(selected) } else { marked.insert(selected) }
    }

    /// The offset that keeps the selection visible with as little scrolling as possible.
    public func visibleOffset(visibleRows: Int, count: Int) -> Int {
        guard visibleRows > 0, count > 0 else { return 0 }
        var top = Swift.min(offset, Swift.max(0, count - visibleRows))
        if selected < top { top = selected }
        if selected >= top + visibleRows { top = selected - visibleRows + 1 }
        return Swift.max(0, top)
    }
}

/// One row of a list: its text and, optionally, a style role and a badge at the right.
public struct ListItem: Sendable {
    public var text: String
    public var role: StyleRole
    public var badge: String?
    public var badgeRole: StyleRole

    public init(_ text: String, role: StyleRole = .text, badge: String? = nil, badgeRole: StyleRole = .badge) {
        self.text = text
        self.role = role
        self.badge = badge
        self.badgeRole = badgeRole
    }
}

/// A virtualised list: it asks for the visible rows only, so a frame costs the same for ten
/// rows as for a million. Marked rows show `●`, the selected row is highlighted.
public struct ListView: Widget {
    public var count: Int
    public var state: ListState
    public var item: (Int) -> ListItem

    public init(count: Int, state: ListState, item: @escaping (Int) -> ListItem) {
        self.count = count
        self.state = state
        self.item = item
    }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        canvas.fill(area, style: theme[.text])
        guard count > 0 else {
            canvas.write("(empty)", in: area.row(0), style: theme[.muted])
            return
        }
        let top = state.visibleOffset(visibleRows: area.height, count: count)
        let last = Swift.min(count, top + area.height)
        for (line, index) in (top..<last).enumerated() {
            let row = area.row(line)
            let entry = item(index)
            let marked = state.marked.contains(index)
            var style = theme[marked ? .markedRow : entry.role]
            if index == state.selected { style = theme[.selectedRow].adding(style.attributes) }
            canvas.fill(row, style: style)
            canvas.write(marked ? "●" : " ", x: row.x, y: row.y, style: style, maxWidth: 1)
            var textWidth = row.width - 1
            if let badge = entry.badge {
                let badgeText = " \(badge) "
                let badgeWidth = Swift.min(DisplayWidth.of(badgeText), Swift.max(0, row.width - 4))
                textWidth -= badgeWidth + 1
                canvas.write(badgeText, x: row.maxX - badgeWidth, y: row.y, style: theme[entry.badgeRole], maxWidth: badgeWidth)
            }
            canvas.write(entry.text, x: row.x + 1, y: row.y, style: style, maxWidth: textWidth)
        }
    }
}
