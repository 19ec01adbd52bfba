/// The `?` overlay: every binding of a key map, under its group heading, in a centred box.
/// Generated from the same table that dispatches keys, so it cannot go out of date.
public struct HelpOverlay<Action: Hashable & Sendable>: Widget {
    public var keyMap: KeyMap<Action>
    public var title: String

    public init(keyMap: KeyMap<Action>, title: String = "Keys") {
        self.keyMap = keyMap
        self.title = title
    }

    /// The overlay's lines: (text, role), headings and bindings.
    func lines() -> [(text: String, role: StyleRole, keys: String?)] {
        var result: [(text: String, role: StyleRole, keys: String?)] = []
        for (index, group) in keyMap.groups.enumerated() {
            if index > 0 { result.append(("", .overlay, nil)) }
            result.append((group.name, .header, nil))
            for binding in group.bindings {
                result.append((binding.description, .overlay, binding.keyText))
            }
        }
        return result
    }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        let content = lines()
        let keyWidth = content.compactMap { $0.keys }.map(DisplayWidth.of).max() ?? 0
        let textWidth = content.map { DisplayWidth.of($0.text) }.max() ?? 0
        let width = Swift.min(area.width, Swift.max(keyWidth + textWidth + 7, DisplayWidth.of(title) + 6))
        let height = Swift.min(area.height, content.count + 2)
        let box = area.centered(Size(width: width, height: height))
        canvas.fill(box, style: theme[.overlay])
        canvas.render(Box(title: title, focused: true), in: box, theme: theme)
        let inner = Box.inner(box)
        for (line, entry) in content.prefix(inner.height).enumerated() {
            let y = inner.y + line
            if let keys = entry.keys {
                canvas.write(keys, x: inner.x + 1, y: y, style: theme[.accent], maxWidth: keyWidth)
                canvas.write(entry.text, x: inner.x + keyWidth + 3, y: y, style: theme[.overlay], maxWidth: inner.maxX - inner.x - keyWidth - 3)
            } else {
                canvas.write(entry.text, x: inner.x + 1, y: y, style: theme[entry.role], maxWidth: inner.width - 1)
            }
        }
    }
}
