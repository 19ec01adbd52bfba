/// What a key did to a selection menu.
public enum MenuOutcome: Hashable, Sendable {
    case none
    /// The index, in the menu's full item list, of the chosen item.
    case picked(Int)
    case cancelled
}

/// Pick one of N with type-to-filter: typing narrows the items (case-insensitive substring),
/// arrows move, Enter picks, Esc cancels.
public struct SelectionMenu: Hashable, Sendable {
    public var title: String
    public var items: [String]
    public private(set) var filter: String
    public private(set) var state: ListState

    public init(title: String, items: [String], selected: Int = 0) {
        self.title = title
        self.items = items
        self.filter = ""
        self.state = ListState(selected: selected)
    }

    /// Indices (into `items`) of the items that match the filter.
    public var matches: [Int] {
        guard !filter.isEmpty else { return Array(items.indices) }
        let needle = filter.lowercased()
        return items.indices.filter { items[$0].lowercased().contains(needle) }
    }

    public mutating func handle(_ key: Key, visibleRows: Int = 10) -> MenuOutcome {
        switch key {
        case .up, .ctrl("p"):
            state.move(by: -1, count: matches.count, visibleRows: visibleRows)
        case .down, .ctrl("n"):
            state.move(by: 1, count: matches.count, visibleRows: visibleRows)
        case .pageUp:
            state.move(by: -visibleRows, count: matches.count, visibleRows: visibleRows)
        case .pageDown:
            state.move(by: visibleRows, count: matches.count, visibleRows: visibleRows)
        case .enter:
            let current = matches
            return current.indices.contains(state.selected) ? .picked(current[state.selected]) : .none
        case .escape:
            return .cancelled
        case .backspace:
            guard !filter.isEmpty else { return .none }
            filter.removeLast()
            state = ListState()
        case .character(let character):
            filter.append(character)
            state = ListState()
        case .paste(let text):
            filter += text.filter { !$0.isNewline }
            state = ListState()
        default:
            break
        }
        return .none
    }
}

/// Draws a `SelectionMenu` as a centred box: the filter line, then the matching items.
public struct SelectionMenuView: Widget {
    public var menu: SelectionMenu

    public init(menu: SelectionMenu) {
        self.menu = menu
    }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        let matches = menu.matches
        let widest = menu.items.map(DisplayWidth.of).max() ?? 0
        let width = Swift.min(area.width, Swift.max(widest + 6, DisplayWidth.of(menu.title) + 6, 24))
        let height = Swift.min(area.height, Swift.max(5, Swift.min(matches.count, 12) + 4))
        let box = area.centered(Size(width: width, height: height))
        canvas.fill(box, style: theme[.overlay])
        canvas.render(Box(title: menu.title, focused: true), in: box, theme: theme)
        let inner = Box.inner(box)
        guard inner.height > 0 else { return }
        let filterText = menu.filter.isEmpty ? "type to filter" : menu.filter
        canvas.write("/ ", x: inner.x, y: inner.y, style: theme[.accent], maxWidth: 2)
        canvas.write(filterText, x: inner.x + 2, y: inner.y, style: theme[menu.filter.isEmpty ? .muted : .prompt], maxWidth: inner.width - 2)
        let listArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        let list = ListView(count: matches.count, state: menu.state) { ListItem(menu.items[matches[$0]], role: .overlay) }
        canvas.render(list, in: listArea, theme: theme)
        if matches.isEmpty {
            canvas.write("no match", in: listArea.row(0), style: theme[.muted])
        }
    }
}
