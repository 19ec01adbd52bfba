/// Something that draws itself into a rectangle of a Canvas, and nowhere else.
///
/// Widgets are values built fresh for every frame from the app's state (immediate mode): they
/// hold no terminal, do no I/O, and are tested by rendering into a Canvas in memory.
public protocol Widget {
    func render(in area: Rect, on canvas: inout Canvas, theme: Theme)
}

extension Canvas {
    /// Draws `widget` into `area`.
    public mutating func render(_ widget: some Widget, in area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        widget.render(in: area.intersection(bounds), on: &self, theme: theme)
    }
}
