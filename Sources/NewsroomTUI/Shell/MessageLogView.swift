import TerminalKit

/// `M`: recent messages in full, newest first, wrapped, paths whole, so nothing said is lost
/// to a narrow bottom bar.
struct MessageLogView {
    let messages: [ConsoleMessage]
    let scroll: Int
    let theme: Theme

    func render(in area: Rect, _ canvas: inout Canvas) {
        let width = min(area.width, max(40, area.width * 4 / 5))
        let inner = width - 4
        var lines: [(String, StyleRole)] = []
        for (index, message) in messages.reversed().enumerated() {
            if index > 0 { lines.append(("", .overlay)) }
            let role: StyleRole = message.isError ? .alert : .overlay
            for line in Wrap.lines(message.text, width: inner) { lines.append((line, role)) }
            if let path = message.path {
                // A path is never wrapped at a space: it goes on lines of its own, cut by width.
                var rest = Substring(path)
                while !rest.isEmpty {
                    let piece = rest.prefix(inner)
                    lines.append((String(piece), .accent))
                    rest = rest.dropFirst(piece.count)
                }
            }
        }
        let height = min(area.height, lines.count + 3)
        let box = area.centered(Size(width: width, height: height))
        canvas.fill(box, style: theme[.overlay])
        canvas.render(Box(title: "Messages, newest first", focused: true), in: box, theme: theme)
        let content = Box.inner(box)
        let rows = max(0, content.height - 1)
        let first = max(0, min(scroll, lines.count - rows))
        for (i, (text, role)) in lines.dropFirst(first).prefix(rows).enumerated() {
            canvas.write(text, x: content.x + 1, y: content.y + i, style: theme[role], maxWidth: content.width - 1)
        }
        canvas.write("j/k scroll · Esc closes", x: content.x + 1, y: content.maxY - 1, style: theme[.muted], maxWidth: content.width - 1)
    }
}
