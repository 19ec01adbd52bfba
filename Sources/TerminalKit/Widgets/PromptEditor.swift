/// What a key did to a prompt.
public enum PromptOutcome: Hashable, Sendable {
    case edited
    case submitted(String)
    case cancelled
    /// The prompt does not use this key.
    case ignored
}

/// A one-line editor (the `:` command line, a filter): UTF-8 text, cursor movement, history and
/// paste. Pure state; `PromptView` draws it.
public struct PromptEditor: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Cursor position as an index into `characters` (0…count).
    public private(set) var cursor: Int
    public private(set) var history: [String]
    private var historyIndex: Int?
    private var draft: [Character] = []

    /// The most entries kept in the history.
    public static let historyLimit = 100

    public init(text: String = "", history: [String] = []) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.history = history
    }

    public var text: String { String(characters) }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> PromptOutcome {
        switch key {
        case .character(let character):
            insert([character])
        case .paste(let text):
            insert(Array(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }))
        case .left:
            cursor = Swift.max(0, cursor - 1)
        case .right:
            cursor = Swift.min(characters.count, cursor + 1)
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = characters.count
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return .edited }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return .edited }
            characters.remove(at: cursor)
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor...)
        case .ctrl("w"):
            deleteWordBackwards()
        case .up:
            recall(older: true)
        case .down:
            recall(older: false)
        case .enter:
            let submitted = text
            if !submitted.isEmpty && history.last != submitted {
                history.append(submitted)
                if history.count > PromptEditor.historyLimit { history.removeFirst() }
            }
            characters = []
            cursor = 0
            historyIndex = nil
            return .submitted(submitted)
        case .escape, .ctrl("c"):
            characters = []
            cursor = 0
            historyIndex = nil
            return .cancelled
        default:
            return .ignored
        }
        return .edited
    }

    private mutating func insert(_ new: [Character]) {
        let printable = new.filter { !($0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) }
        characters.insert(contentsOf: printable, at: cursor)
        cursor += printable.count
    }

    private mutating func deleteWordBackwards() {
        var start = cursor
        while start > 0 && characters[start - 1] == " " { start -= 1 }
        while start > 0 && characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    private mutating func recall(older: Bool) {
        guard !history.isEmpty else { return }
        if historyIndex == nil {
            guard older else { return }
            draft = characters
            historyIndex = history.count
        }
        guard var index = historyIndex else { return }
        index += older ? -1 : 1
        if index < 0 { index = 0 }
        if index >= history.count {
            historyIndex = nil
            characters = draft
        } else {
            historyIndex = index
            characters = Array(history[index])
        }
        cursor = characters.count
    }
}

/// Draws a `PromptEditor` on one row: the label, the text scrolled so the cursor is visible,
/// and the cursor as a highlighted cell.
public struct PromptView: Widget {
    public var label: String
    public var editor: PromptEditor

    public init(label: String, editor: PromptEditor) {
        self.label = label
        self.editor = editor
    }

    public func render(in area: Rect, on canvas: inout Canvas, theme: Theme) {
        let row = area.row(0)
        let style = theme[.prompt]
        canvas.fill(row, style: style)
        let labelWidth = canvas.write(label, x: row.x, y: row.y, style: style.adding(.bold), maxWidth: row.width / 2)
        let fieldX = row.x + labelWidth
        let fieldWidth = row.maxX - fieldX
        guard fieldWidth > 1 else { return }
        let glyphsBefore = editor.characters[..<editor.cursor].map { DisplayWidth.of(String($0)) }
        var start = 0
        var widthBefore = glyphsBefore.reduce(0, +)
        while widthBefore > fieldWidth - 2 && start < glyphsBefore.count {
            widthBefore -= glyphsBefore[start]
            start += 1
        }
        let visible = String(editor.characters[start...])
        canvas.write(visible, x: fieldX, y: row.y, style: style, maxWidth: fieldWidth)
        let cursorX = fieldX + widthBefore
        let under = editor.cursor < editor.characters.count ? String(editor.characters[editor.cursor]) : " "
        canvas.write(under, x: cursorX, y: row.y, style: theme[.cursor], maxWidth: row.maxX - cursorX)
    }
}
