import Testing
@testable import TerminalKit

@Suite("Box, tabs, status bar")
struct BoxAndTabsTests {
    @Test("a box draws single lines and its title in the title style")
    func boxWithTitle() {
        let canvas = draw(Box(title: "List"), width: 12, height: 3)
        #expect(canvas.lines == ["┌ List ────┐", "│          │", "└──────────┘"])
        #expect(canvas[0, 0].style == testTheme[.border])
        #expect(canvas[2, 0].style == testTheme[.title])
        #expect(canvas[0, 1].style == testTheme[.border])
    }

    @Test("a focused box uses double lines and the focused border style")
    func focusedBox() {
        let canvas = draw(Box(title: "Q", focused: true), width: 6, height: 3)
        #expect(canvas.lines == ["╔ Q ═╗", "║    ║", "╚════╝"])
        #expect(canvas[0, 0].style == testTheme[.borderFocused])
        #expect(canvas[2, 0].style.attributes.contains(.bold))
        #expect(Box.inner(Rect(x: 0, y: 0, width: 6, height: 3)) == Rect(x: 1, y: 1, width: 4, height: 1))
    }

    @Test("a long title is cut with an ellipsis inside the border")
    func longTitle() {
        let canvas = draw(Box(title: "Moderation queue"), width: 10, height: 2)
        #expect(canvas.text(row: 0) == "┌ Modera…┐")
    }

    @Test("tabs highlight the selected title")
    func tabs() {
        let canvas = draw(Tabs(titles: ["Eins", "Zwei"], selected: 1), width: 16, height: 1)
        #expect(canvas.text(row: 0) == " Eins │ Zwei    ")
        #expect(canvas[1, 0].style == testTheme[.tabInactive])
        #expect(canvas[6, 0].style == testTheme[.border])
        #expect(canvas[8, 0].style == testTheme[.tabActive])
    }

    @Test("the status bar shows the message left and key hints right, in their styles")
    func statusBar() {
        let bar = StatusBar(message: "Gespeichert", hints: [("q", "Quit"), ("?", "Help")])
        let canvas = draw(bar, width: 40, height: 1)
        #expect(canvas.text(row: 0) == " Gespeichert             q Quit  ? Help ")
        #expect(canvas[1, 0].style == testTheme[.statusBar])
        #expect(canvas[25, 0].style == testTheme[.keyHint])
        #expect(canvas[27, 0].style == testTheme[.statusBar])
        #expect(canvas[33, 0].style == testTheme[.keyHint])
    }

    @Test("hints that do not fit are left out")
    func statusBarDropsHints() {
        let bar = StatusBar(message: "m", hints: [("q", "Quit"), ("?", "Help"), ("Tab", "Next box")])
        let canvas = draw(bar, width: 20, height: 1)
        #expect(canvas.text(row: 0).contains("q Quit"))
        #expect(!canvas.text(row: 0).contains("Next"))
    }

    @Test("terminal too small names the size needed, even in a tiny terminal")
    func tooSmall() {
        let notice = TooSmallNotice(needed: Size(width: 80, height: 24), actual: Size(width: 20, height: 5))
        let canvas = draw(notice, width: 20, height: 5)
        #expect(canvas.dump.contains("terminal too small:"))
        #expect(canvas.dump.contains("need 80×24"))
        #expect(canvas[0, 1].style == testTheme[.alert] || canvas[0, 1].style == testTheme[.text])
    }
}
