import Testing
@testable import TerminalKit

@Suite("Event loop and in-memory backend")
struct EventLoopTests {
    @Test("a scripted session drives the gallery and ends with q")
    func scriptedGallery() {
        let backend = MemoryBackend(size: Size(width: 100, height: 30), script: [
            .key(.tab), .key(.character("j")), .idle, .key(.character("q")),
        ])
        var gallery = WidgetGallery(theme: testTheme)
        let exit = EventLoop.run(&gallery, on: backend)
        #expect(exit == .quit)
        #expect(gallery.focus == 1)
        #expect(gallery.table.selected == 1)
        #expect(backend.frames == 3)
        #expect(backend.screen.dump.contains("╔ Table"))
    }

    @Test("the gallery shows every widget")
    func galleryShowsEveryWidget() {
        let canvas = EventLoop.frame(WidgetGallery(theme: testTheme), size: Size(width: 120, height: 40))
        let text = canvas.dump
        for expected in ["Overview", "List: 1 of 1,000,000", "Table", "Shares ▼", "Gauges", "37.5%", "120%", "Text", "␛]0;pwned␇", "q Quit"] {
            #expect(text.contains(expected), "missing \(expected)\n\(text)")
        }
        #expect(text.contains(where: { "▁▂▃▄▅▆▇█".contains($0) }))
    }

    @Test("overlays open and close with their keys")
    func overlays() {
        var gallery = WidgetGallery(theme: testTheme)
        let size = Size(width: 100, height: 30)
        _ = gallery.handle(.character("?"))
        #expect(EventLoop.frame(gallery, size: size).dump.contains("Keys (any key closes)"))
        _ = gallery.handle(.escape)
        _ = gallery.handle(.character("m"))
        _ = gallery.handle(.character("z"))
        _ = gallery.handle(.character("ü"))
        #expect(EventLoop.frame(gallery, size: size).dump.contains("Zürich"))
        _ = gallery.handle(.enter)
        #expect(gallery.notice == "Picked: Zürich")
        _ = gallery.handle(.character(":"))
        _ = gallery.handle(.paste("hallo welt"))
        _ = gallery.handle(.enter)
        #expect(gallery.notice == "You typed: hallo welt")
        _ = gallery.handle(.character("c"))
        #expect(EventLoop.frame(gallery, size: size).dump.contains("[y] yes  [n] no"))
        _ = gallery.handle(.character("y"))
        #expect(gallery.notice == "Confirmed.")
        #expect(gallery.toast == nil)
    }

    @Test("a terminal smaller than the minimum shows the notice, and a resize redraws in full")
    func tooSmallAfterResize() {
        let backend = MemoryBackend(size: Size(width: 120, height: 40), script: [.resize(Size(width: 20, height: 5))])
        var gallery = WidgetGallery(theme: testTheme)
        #expect(EventLoop.run(&gallery, on: backend) == .endOfScript)
        #expect(backend.screen.size == Size(width: 20, height: 5))
        #expect(backend.screen.dump.contains("terminal too small:"))
        #expect(backend.screen.dump.contains("need 80×24"))
        #expect(backend.fullRedraws == 2)
    }

    @Test("Ctrl-L asks the backend for a full redraw")
    func redraw() {
        let backend = MemoryBackend(size: Size(width: 90, height: 30), script: [.key(.ctrl("l")), .key(.character("j"))])
        var gallery = WidgetGallery(theme: testTheme)
        _ = EventLoop.run(&gallery, on: backend)
        #expect(backend.frames == 3)
        #expect(backend.fullRedraws == 2)
    }

    @Test("exit statuses follow the shell convention")
    func exitStatus() {
        #expect(LoopExit.quit.exitStatus == 0)
        #expect(LoopExit.signal(1).exitStatus == 129)
        #expect(LoopExit.signal(15).exitStatus == 143)
    }

    @Test("a theme adapted to monochrome draws the selection in reverse video")
    func monochromeInMemory() {
        let backend = MemoryBackend(size: Size(width: 100, height: 30), colorLevel: .monochrome)
        var gallery = WidgetGallery(theme: ThemeCatalog.builtInDefault.adapted(to: backend.colorLevel))
        _ = EventLoop.run(&gallery, on: backend)
        let cells = backend.screen.cells
        #expect(cells.allSatisfy { $0.style.foreground == .terminalDefault && $0.style.background == .terminalDefault })
        #expect(backend.screen[3, 2].style.attributes.contains(.reverse))
    }
}

@Suite("Any size")
struct AnySizeTests {
    @Test("the gallery renders at every size without trapping, and no cell holds a control character")
    func galleryAtAnySize() {
        for width in stride(from: 0, through: 130, by: 7) {
            for height in stride(from: 0, through: 45, by: 4) {
                var gallery = WidgetGallery(theme: testTheme)
                for key in [Key.character("?")] { _ = gallery.handle(key) }
                let canvas = EventLoop.frame(gallery, size: Size(width: width, height: height))
                #expect(canvas.cells.count == width * height)
                let bad = canvas.cells.first { $0.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } }
                #expect(bad == nil, "\(width)×\(height)")
            }
        }
    }

    @Test("every widget draws into tiny areas without trapping")
    func widgetsInTinyAreas() {
        let keyMap = GalleryAction.keyMap
        for width in 0...4 {
            for height in 0...3 {
                _ = draw(Box(title: "Titel", focused: true), width: width, height: height)
                _ = draw(ListView(count: 3, state: ListState(selected: 2, marked: [1])) { ListItem("Zeile \($0)", badge: "b") }, width: width, height: height)
                _ = draw(Table(columns: [TableColumn("A"), TableColumn("B", alignment: .trailing, width: .fill(min: 2))], rowCount: 2, sort: TableSort(column: 1, ascending: true)) { _, _ in "東京" }, width: width, height: height)
                _ = draw(Gauge(label: "Reach", fraction: 0.5), width: width, height: height)
                _ = draw(Sparkline(values: [1, 2, 3]), width: width, height: height)
                _ = draw(Tabs(titles: ["a", "b"], selected: 1), width: width, height: height)
                _ = draw(TextBlock("Grüße aus 東京"), width: width, height: height)
                _ = draw(StatusBar(message: "m", hints: [("q", "Quit")]), width: width, height: height)
                _ = draw(HelpOverlay(keyMap: keyMap), width: width, height: height)
                _ = draw(PromptView(label: ":", editor: PromptEditor(text: "漢字")), width: width, height: height)
                _ = draw(SelectionMenuView(menu: SelectionMenu(title: "t", items: ["a"])), width: width, height: height)
                _ = draw(ToastView(toast: Toast("x", kind: .confirm)), width: width, height: height)
                _ = draw(TooSmallNotice(needed: Size(width: 80, height: 24), actual: Size(width: width, height: height)), width: width, height: height)
            }
        }
    }
}
