import Foundation
import NewsroomCore
import TerminalKit
import Testing
@testable import NewsroomTUI

@Suite struct ConsoleSettingsTests {
    @Test("keys are remapped per context, the old flat form still reads, and the help follows")
    func keysAreRemappedPerContextAndTheHelpFollows() throws {
        let settings = ConsoleSettings.parse("""
            theme: light   # for the wall
            keys:
              briefing.share: [S]
              quit: [C-q, q]
              kpis.nextWindow: [">"]
            """)
        #expect(settings.theme == "light")
        #expect(settings.keys == ["briefing.share": ["S"], "quit": ["C-q", "q"], "kpis.nextWindow": [">"]])
        let keys = try settings.keyContexts()
        let briefing = [Pane.briefing.keyContext, ConsoleKeys.movement, ConsoleKeys.global]
        #expect(keys.action(for: .character("S"), in: briefing) == .briefing(.share))
        #expect(keys.action(for: .character("s"), in: briefing) == nil)
        #expect(keys.action(for: .ctrl("q"), in: briefing) == .shell(.quit), "the flat form applies wherever the action is")
        #expect(keys.action(for: .character(">"), in: [Pane.kpis.keyContext]) == .kpis(.nextWindow))
        var state = try ConsoleFixture().state()
        state.press(.character("?"))
        var canvas = Canvas(size: Size(width: 120, height: 40))
        ConsoleView(state: state, theme: ThemeCatalog.builtInDefault, keys: keys).render(into: &canvas)
        let help = canvas.lines.first { $0.contains("share") && !$0.contains("1 Briefing") } ?? ""
        #expect(help.contains("S"), "the help shows the remapped key: \(help)")
    }

    @Test func aBadRemapSaysWhatToFix() {
        #expect(throws: KeyRemapError.self) { try ConsoleSettings.parse("keys:\n  shred: [x]\n").keyContexts() }
        #expect(throws: KeyRemapError.self) { try ConsoleSettings.parse("keys:\n  cockpit.share: [x]\n").keyContexts() }
        do {
            _ = try ConsoleSettings.parse("keys:\n  briefing.share: [q]\n").keyContexts()
            Issue.record("a pane key may not take a global one")
        } catch {
            #expect(error.description.contains("global.quit") && error.description.contains("briefing.share"), "\(error)")
        }
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

    @Test("a key that is YAML syntax (] [ # , ') survives a save (found by fuzzing: ] was lost)")
    func keysThatAreSyntaxSurviveASave() {
        let settings = ConsoleSettings(theme: "light", keys: [
            "briefing.nextDay": ["]"], "briefing.previousDay": ["["], "kpis.nextWindow": ["#", ","], "kpis.previousWindow": ["'", "\""],
        ])
        #expect(ConsoleSettings.parse(settings.text) == settings, "\(settings.text)")
        #expect(ConsoleSettings.parse("keys:\n  briefing.nextDay: [\"]\", '#'] # the next day\n").keys == ["briefing.nextDay": ["]", "#"]])
    }

    @Test("a quote in a key's name does not hide the comment after its value (found by fuzzing)")
    func quoteInANameDoesNotHideTheComment() {
        let settings = ConsoleSettings.parse("keys:\n  a'b: [x] # c\n")
        #expect(settings.keys == ["a'b": ["x"]])
        #expect(ConsoleSettings.parse(settings.text).keys == settings.keys)
    }

    @Test("a quote next to a combining mark survives a save (found by fuzzing: the two were one Character)")
    func quoteBesideACombiningMark() {
        let settings = ConsoleSettings(theme: "a", keys: ["x": ["\u{65D}'", "'\u{65D}"]])
        #expect(ConsoleSettings.parse(settings.text) == settings, "\(settings.text)")
    }

    @Test("a settings file with Windows line ends and a quoted theme reads")
    func windowsLineEndsAndQuotedTheme() {
        let settings = ConsoleSettings.parse("theme: \"light\"\r\nkeys:\r\n  briefing.share: [S]\r\n")
        #expect(settings == ConsoleSettings(theme: "light", keys: ["briefing.share": ["S"]]))
    }
}

