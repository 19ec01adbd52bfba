/// What is drawn instead of the app when the terminal is smaller than it needs:
/// "terminal too small: need W×H", wrapped to fit even a tiny terminal.
public struct TooSmallNotice: Widget {
    public var needed: Size
    public var actual: Size

    public init(needed: Size, actual: Size) {
        self.needed = needed
        self.actual = actual
    }

    public var message: String { "terminal too small: need \(needed.width)×\(needed.height) (have \(actual.width)×\(actual.height))" }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        canvas.fill(area, style: theme[.text])
        let lines = TextBlock.wrap(message, width: area.width)
        let top = area.y + Swift.max(0, (area.height - lines.count) / 2)
        for (offset, line) in lines.prefix(area.height).enumerated() {
            canvas.write(line, in: Rect(x: area.x, y: top + offset, width: area.width, height: 1), style: theme[.alert], alignment: .center)
        }
    }
}
