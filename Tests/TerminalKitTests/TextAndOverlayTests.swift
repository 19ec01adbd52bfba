import Testing
@testable import TerminalKit

@Suite("Text block, help overlay, prompt, menu, toast")
struct TextAndOverlayTests {
    @Test("text wraps at word boundaries by display width")
    func wrapping() {
        #expect(TextBlock.wrap("Grüße aus 東京 und Köln", width: 10) == ["Grüße aus", "東京 und", "Köln"])
        #expect(TextBlock.wrap("Donaudampfschifffahrt", width: 8) == ["Donaudam", "pfschiff", "fahrt"])
        #expect(TextBlock.wrap("a\n\nb", width: 5) == ["a", "", "b"])
    }

    @Test("a text block shows escape sequences as placeholders")
    func textBlockSanitises() {
        let canvas = draw(TextBlock("x\u{1b}]0;pwned\u{07} \u{1b}[2J"), width: 20, height: 2)
        #expect(canvas.trimmed(0) == "x␛]0;pwned␇ ␛[2J")
        #expect(canvas.cells.allSatisfy { cell in cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 } })
    }

    enum Act: Hashable, Sendable { case quit, help, down }

    static let keyMap = KeyMap<Act>([
        KeyBinding([.character("q")], .quit, "Quit", group: "Global", showsInBar: true),
        KeyBinding([.character("?")], .help, "Help", group: "Global"),
        KeyBinding([.character("j"), .down], .down, "Down", group: "Movement"),
    ])

    @Test("the help overlay lists every binding under its group")
    func helpOverlay() {
        let canvas = draw(HelpOverlay(keyMap: Self.keyMap, title: "Keys"), width: 30, height: 10)
        let text = canvas.dump
        #expect(text.contains("Global"))
        #expect(text.contains("q       Quit"))
        #expect(text.contains("j/Down  Down"))
        #expect(text.contains("Movement"))
        let row = (0..<10).first { canvas.text(row: $0).contains("Quit") }!
        let keyColumn = canvas.column(of: "q", row: row)!
        #expect(canvas[keyColumn, row].style == testTheme[.accent])
    }

    @Test("the prompt edits UTF-8 text with cursor movement")
    func promptEditing() {
        var editor = PromptEditor()
        for character in "Grüß" { _ = editor.handle(.character(character)) }
        _ = editor.handle(.left)
        _ = editor.handle(.left)
        _ = editor.handle(.character("x"))
        #expect(editor.text == "Grxüß")
        _ = editor.handle(.home)
        _ = editor.handle(.delete)
        #expect(editor.text == "rxüß")
        _ = editor.handle(.end)
        _ = editor.handle(.backspace)
        #expect(editor.text == "rxü")
        #expect(editor.cursor == 3)
        _ = editor.handle(.paste("a\nb\u{1b}"))
        #expect(editor.text == "rxüa b")
        _ = editor.handle(.ctrl("w"))
        #expect(editor.text == "rxüa ")
        _ = editor.handle(.ctrl("u"))
        #expect(editor.text.isEmpty)
    }

    @Test("the prompt remembers submitted lines and recalls them with Up and Down")
    func promptHistory() {
        var editor = PromptEditor()
        for line in ["eins", "zwei"] {
            for character in line { _ = editor.handle(.character(character)) }
            #expect(editor.handle(.enter) == .submitted(line))
        }
        _ = editor.handle(.character("d"))
        _ = editor.handle(.up)
        #expect(editor.text == "zwei")
        _ = editor.handle(.up)
        #expect(editor.text == "eins")
        _ = editor.handle(.down)
        _ = editor.handle(.down)
        #expect(editor.text == "d")
        #expect(editor.handle(.escape) == .cancelled)
        #expect(editor.history == ["eins", "zwei"])
    }

    @Test("the prompt view shows the label, the text and the cursor cell")
    func promptView() {
        var editor = PromptEditor(text: "ab")
        _ = editor.handle(.left)
        let canvas = draw(PromptView(label: ":", editor: editor), width: 10, height: 1)
        #expect(canvas.text(row: 0) == ":ab       ")
        #expect(canvas[2, 0].style == testTheme[.cursor])
        #expect(canvas[1, 0].style == testTheme[.prompt])
    }

    @Test("the selection menu filters as you type and picks from the full list")
    func menuFilter() throws {
        var menu = SelectionMenu(title: "Ort", items: ["Köln", "Zürich", "Kiel", "Graz"])
        #expect(menu.handle(.character("k")) == .none)
        #expect(menu.matches == [0, 2])
        _ = menu.handle(.down)
        #expect(menu.handle(.enter) == .picked(2))
        _ = menu.handle(.backspace)
        #expect(menu.matches.count == 4)
        #expect(menu.handle(.escape) == .cancelled)
        let canvas = draw(SelectionMenuView(menu: SelectionMenu(title: "Ort", items: ["Köln", "Zürich"])), width: 30, height: 10)
        #expect(canvas.dump.contains("type to filter"))
        let row = try #require((0..<10).first { canvas.text(row: $0).contains("Köln") })
        let column = try #require(canvas.column(of: "Köln", row: row))
        #expect(canvas[column, row].style == testTheme[.selectedRow])
        let other = try #require((0..<10).first { canvas.text(row: $0).contains("Zürich") })
        #expect(canvas[column, other].style == testTheme[.overlay])
        let filterRow = try #require((0..<10).first { canvas.text(row: $0).contains("type to filter") })
        let filterColumn = try #require(canvas.column(of: "type", row: filterRow))
        #expect(canvas[filterColumn, filterRow].style == testTheme[.muted])
    }

    @Test("a confirm toast answers y and n and shows its choices")
    func confirmToast() throws {
        let toast = Toast("Ausblenden?", kind: .confirm)
        #expect(toast.answer(to: .character("y")) == true)
        #expect(toast.answer(to: .escape) == false)
        #expect(toast.answer(to: .character("x")) == nil)
        #expect(Toast("Info").answer(to: .character("y")) == nil)
        let canvas = draw(ToastView(toast: toast), width: 40, height: 10)
        #expect(canvas.dump.contains("Ausblenden?"))
        #expect(canvas.dump.contains("[y] yes  [n] no"))
        let row = try #require((0..<10).first { canvas.text(row: $0).contains("Ausblenden?") })
        let column = try #require(canvas.column(of: "Ausblenden?", row: row))
        #expect(canvas[column, row].style == testTheme[.overlay])
        #expect(canvas[column - 2, row].text == "║")
        #expect(canvas[column - 2, row].style == testTheme[.borderFocused])
        let footer = try #require((0..<10).first { canvas.text(row: $0).contains("[y] yes") })
        #expect(canvas[try #require(canvas.column(of: "[y]", row: footer)), footer].style == testTheme[.accent])
    }
}
