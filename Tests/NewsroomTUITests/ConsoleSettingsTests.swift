import Foundation
import NewsroomCore
import TerminalKit
import Testing
@testable import NewsroomTUI

@Suite struct ConsoleSettingsTests {
    @Test func keysAreRemappedByActionNameAndTheHelpFollows() throws {
        let settings = ConsoleSettings.parse("""
            theme: light   # for the wall
            keys:
              share: [S]
              quit: [C-q, q]
            """)
        #expect(settings.theme == "light")
        #expect(settings.keys == ["share": ["S"], "quit": ["C-q", "q"]])
        let map = try settings.keyMap()
        #expect(map.action(for: .character("S")) == .share)
        #expect(map.action(for: .character("s")) == nil)
        #expect(map.action(for: .ctrl("q")) == .quit)
        var state = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.help, to: &state)
        var canvas = Canvas(size: Size(width: 120, height: 40))
        ConsoleView(state: state, theme: ThemeCatalog.builtInDefault, keyMap: map).render(into: &canvas)
        let help = canvas.lines.first { $0.contains("share") && !$0.contains("1 Briefing") } ?? ""
        #expect(help.contains("S"), "the help shows the remapped key: \(help)")
    }

    @Test func aBadRemapSaysWhatToFix() {
        let settings = ConsoleSettings.parse("keys:\n  shred: [x]\n")
        #expect(throws: KeyRemapError.self) { try settings.keyMap() }
    }

    @Test func savingTheThemeKeepsTheKeys() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nr-settings-\(UUID().uuidString.prefix(8)).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try ConsoleSettings(theme: "default", keys: ["share": ["S"]]).write(to: url)
        var settings = ConsoleSettings.read(from: url)
        settings.theme = "monochrome"
        try settings.write(to: url)
        #expect(ConsoleSettings.read(from: url) == ConsoleSettings(theme: "monochrome", keys: ["share": ["S"]]))
    }
}
