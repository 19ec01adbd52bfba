/// The `?` overlay: key bindings under their headings in a centred box, scrolled from `scroll`.
/// Generated from the same tables that dispatch keys, so it cannot go out of date; the caller
/// puts the context that matters most (the focused pane's) first.
public struct HelpOverlay<Action: Hashable & Sendable>: Widget {
    public var sections: [(title: String, bindings: [KeyBinding<Action>])]
    public var title: String
    /// The first line shown; clamped so the last page stays full.
    public var scroll: Int
    /// A line under the box's content saying how to scroll and close.
    public var footer: String?

    public init(keyMap: KeyMap<Action>, title: String = "Keys", scroll: Int = 0, footer: String? = nil) {
        self.init(sections: keyMap.groups.map { ($0.name, $0.bindings) }, title: title, scroll: scroll, footer: footer)
    }

    public init(sections: [(title: String, bindings: [KeyBinding<Action>])], title: String, scroll: Int = 0, footer: String? = nil) {
        self.sections = sections.filter { !$0.bindings.isEmpty }
        self.title = title
        self.scroll = scroll
        self.footer = footer
    }

    /// The overlay's lines: (text, role, keys), headings and bindings.
    func lines() -> [(text: String, role: StyleRole, keys: String?)] {
        var result: [(text: String, role: StyleRole, keys: String?)] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { result.append(("", .overlay, nil)) }
            result.append((section.title, .header, nil))
            for binding in section.bindings {
                result.append((binding.description, .overlay, binding.keyText))
            }
        }
        return result
    }

    /// The first line actually shown for a box of `rows` content lines.
    public func clampedScroll(rows: Int) -> Int {
        Swift.max(0, Swift.min(scroll, lines().count - rows))
    }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        let content = lines()
        let keyWidth = content.compactMap { $0.keys }.map(DisplayWidth.of).max() ?? 0
        let textWidth = content.map { DisplayWidth.of($0.text) }.max() ?? 0
        // Room for "21–39 of 39 · " before the footer.
        let footerWidth = footer.map { DisplayWidth.of($0) + 2 * String(content.count).count * 2 + 8 } ?? 0
        let width = Swift.min(area.width, Swift.max(keyWidth + textWidth + 7, DisplayWidth.of(title) + 6, footerWidth + 4))
        let footerRows = footer == nil ? 0 : 1
        let height = Swift.min(area.height, content.count + 2 + footerRows)
        let box = area.centered(Size(width: width, height: height))
        canvas.fill(box, style: theme[.overlay])
        canvas.render(Box(title: title, focused: true), in: box, theme: theme)
        let inner = Box.inner(box)
        let rows = Swift.max(0, inner.height - footerRows)
        let first = clampedScroll(rows: rows)
        for (line, entry) in content.dropFirst(first).prefix(rows).enumerated() {
            let y = inner.y + line
            if let keys = entry.keys {
                canvas.write(keys, x: inner.x + 1, y: y, style: theme[.accent], maxWidth: keyWidth)
                canvas.write(entry.text, x: inner.x + keyWidth + 3, y: y, style: theme[.overlay], maxWidth: inner.maxX - inner.x - keyWidth - 3)
            } else {
                canvas.write(entry.text, x: inner.x + 1, y: y, style: theme[entry.role], maxWidth: inner.width - 1)
            }
        }
        if let footer, footerRows > 0, inner.height > 0 {
            let position = content.count > rows ? "\(first + 1)–\(first + rows) of \(content.count) · " : ""
            canvas.write(position + footer, x: inner.x + 1, y: inner.maxY - 1, style: theme[.muted], maxWidth: inner.width - 1)
        }
    }
}
