/// One screen cell: the text drawn there (one glyph) and its style.
///
/// A wide glyph occupies two cells: the left one holds it (`width == 2`), the right one is a
/// continuation (`width == 0`, empty text) that backends never draw themselves.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    /// 1 for a normal cell, 2 for the left half of a wide glyph, 0 for its right half.
    public var width: UInt8

    public init(text: String = " ", style: Style = .plain, width: UInt8 = 1) {
        self.text = text
        self.style = style
        self.width = width
    }

    public static let blank = Cell()

    /// Whether this cell is the right half of a wide glyph.
    public var isContinuation: Bool { width == 0 }
}
