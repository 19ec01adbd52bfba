/// A border with an optional title; a focused box is drawn with double lines in `borderFocused`,
/// so focus stays visible without colour.
public struct Box: Widget {
    public var title: String
    public var focused: Bool

    public init(title: String = "", focused: Bool = false) {
        self.title = title
        self.focused = focused
    }

    /// The area inside the border.
    public static func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        guard area.width >= 2, area.height >= 2 else { return }
        let style = theme[focused ? .borderFocused : .border]
        let lines: (h: Character, v: Character, tl: Character, tr: Character, bl: Character, br: Character) =
            focused ? ("═", "║", "╔", "╗", "╚", "╝") : ("─", "│", "┌", "┐", "└", "┘")
        canvas.fill(Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1), style: style, with: lines.h)
        canvas.fill(Rect(x: area.x + 1, y: area.maxY - 1, width: area.width - 2, height: 1), style: style, with: lines.h)
        canvas.fill(Rect(x: area.x, y: area.y + 1, width: 1, height: area.height - 2), style: style, with: lines.v)
        canvas.fill(Rect(x: area.maxX - 1, y: area.y + 1, width: 1, height: area.height - 2), style: style, with: lines.v)
        canvas.fill(Rect(x: area.x, y: area.y, width: 1, height: 1), style: style, with: lines.tl)
        canvas.fill(Rect(x: area.maxX - 1, y: area.y, width: 1, height: 1), style: style, with: lines.tr)
        canvas.fill(Rect(x: area.x, y: area.maxY - 1, width: 1, height: 1), style: style, with: lines.bl)
        canvas.fill(Rect(x: area.maxX - 1, y: area.maxY - 1, width: 1, height: 1), style: style, with: lines.br)
        if !title.isEmpty && area.width > 4 {
            var titleStyle = theme[.title]
            if focused { titleStyle = titleStyle.adding(.bold) }
            canvas.write(" \(title) ", x: area.x + 1, y: area.y, style: titleStyle, maxWidth: area.width - 2)
        }
    }
}
