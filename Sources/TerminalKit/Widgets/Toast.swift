/// A short message or a yes/no question shown over the screen, near the bottom.
public struct Toast: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case message
        case confirm
    }

    public var kind: Kind
    public var text: String
    public var role: StyleRole

    public init(_ text: String, kind: Kind = .message, role: StyleRole = .overlay) {
        self.text = text
        self.kind = kind
        self.role = role
    }

    /// For a confirmation: `true` for y/Enter, `false` for n/Esc, nil for other keys.
    public func answer(to key: Key) -> Bool? {
        guard kind == .confirm else { return nil }
        switch key {
        case .character("y"), .character("Y"), .enter: return true
        case .character("n"), .character("N"), .escape: return false
        default: return nil
        }
    }
}

/// Draws a `Toast` as a small box above the bottom row; a confirmation shows `[y] yes  [n] no`.
public struct ToastView: Widget {
    public var toast: Toast

    public init(toast: Toast) {
        self.toast = toast
    }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        let footer = toast.kind == .confirm ? "[y] yes  [n] no" : ""
        let maxWidth = Swift.max(10, Swift.min(area.width - 4, 60))
        let lines = TextBlock.wrap(toast.text, width: maxWidth - 4)
        let contentWidth = Swift.max(lines.map(DisplayWidth.of).max() ?? 0, DisplayWidth.of(footer))
        let width = Swift.min(area.width, contentWidth + 4)
        let height = Swift.min(area.height, lines.count + (footer.isEmpty ? 2 : 3))
        let box = Rect(x: area.x + (area.width - width) / 2, y: Swift.max(area.y, area.maxY - height - 1), width: width, height: height)
        let style = theme[toast.role]
        canvas.fill(box, style: style)
        canvas.render(Box(focused: toast.kind == .confirm), in: box, theme: theme)
        let inner = Box.inner(box)
        for (line, text) in lines.prefix(inner.height).enumerated() {
            canvas.write(text, x: inner.x + 1, y: inner.y + line, style: style, maxWidth: inner.width - 1)
        }
        if !footer.isEmpty && inner.height > lines.count {
            canvas.write(footer, x: inner.x + 1, y: inner.maxY - 1, style: theme[.accent], maxWidth: inner.width - 1)
        }
    }
}
