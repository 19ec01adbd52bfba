/// A row of tab titles with the selected one highlighted, separated by `│`.
public struct Tabs: Widget {
    public var titles: [String]
    public var selected: Int

    public init(titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        let row = area.row(0)
        canvas.fill(row, style: theme[.text])
        var x = row.x
        for (index, title) in titles.enumerated() {
            guard x < row.maxX else { break }
            if index > 0 {
                x += canvas.write("│", x: x, y: row.y, style: theme[.border], maxWidth: row.maxX - x)
            }
            let role: StyleRole = index == selected ? .tabActive : .tabInactive
            x += canvas.write(" \(title) ", x: x, y: row.y, style: theme[role], maxWidth: row.maxX - x)
        }
    }
}
