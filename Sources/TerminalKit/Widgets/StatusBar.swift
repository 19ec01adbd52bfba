/// The bottom bar: a message at the left, key hints (`q Quit  ? Help`) at the right.
/// Hints that do not fit are left out from the end; the message is cut with `…`.
public struct StatusBar: Widget {
    public var message: String
    public var messageRole: StyleRole
    public var hints: [(keys: String, description: String)]

    public init(message: String = "", messageRole: StyleRole = .statusBar, hints: [(keys: String, description: String)] = []) {
        self.message = message
        self.messageRole = messageRole
        self.hints = hints
    }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        let row = area.row(0)
        let barStyle = theme[.statusBar]
        canvas.fill(row, style: barStyle)
        var shown: [(keys: String, description: String)] = []
        var hintsWidth = 0
        let budget = row.width * 2 / 3
        for hint in hints {
            let width = DisplayWidth.of(hint.keys) + DisplayWidth.of(hint.description) + 3
            if hintsWidth + width > budget { break }
            shown.append(hint)
            hintsWidth += width
        }
        var x = row.maxX - hintsWidth
        for hint in shown {
            x += canvas.write(" \(hint.keys)", x: x, y: row.y, style: theme[.keyHint], maxWidth: row.maxX - x)
            x += canvas.write(" \(hint.description) ", x: x, y: row.y, style: barStyle, maxWidth: row.maxX - x)
        }
        let messageStyle = messageRole == .statusBar ? barStyle : theme[messageRole]
        canvas.write(message, x: row.x + 1, y: row.y, style: messageStyle, maxWidth: row.width - hintsWidth - 2)
    }
}
