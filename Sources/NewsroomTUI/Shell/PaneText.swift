import Foundation
import TerminalKit

/// Small text forms the panes share: ages and padded columns.
enum PaneText {
    static func age(_ seconds: TimeInterval) -> String {
        let m = Int(seconds / 60)
        if m < 60 { return "\(m)m" }
        if m < 48 * 60 { return "\(m / 60)h" }
        return "\(m / 1440)d"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let w = DisplayWidth.of(text)
        return w >= width ? text : text + String(repeating: " ", count: width - w)
    }

    /// Lines of (text, role) from the top of a rectangle, cut at its bottom.
    static func draw(_ lines: [(String, StyleRole)], in rect: Rect, theme: Theme, _ canvas: inout Canvas) {
        for (i, (text, role)) in lines.enumerated() where i < rect.height {
            canvas.write(text, x: rect.x, y: rect.y + i, style: theme[role], maxWidth: rect.width)
        }
    }
}
