import Testing
@testable import TerminalKit

@Suite("Terminal background")
struct TerminalBackgroundTests {
    @Test("NEWSROOM_BACKGROUND wins, then COLORFGBG; neither says nothing", arguments: [
        (["NEWSROOM_BACKGROUND": "light", "COLORFGBG": "15;0"], TerminalBackground?.some(.light)),
        (["NEWSROOM_BACKGROUND": "Dark"], .dark),
        (["COLORFGBG": "0;15"], .light),
        (["COLORFGBG": "15;0"], .dark),
        (["COLORFGBG": "0;default;15"], .light),
        (["COLORFGBG": "7;8"], .dark),
        (["COLORFGBG": "0;7"], .light),
        (["COLORFGBG": "default;default"], nil),
        (["NEWSROOM_BACKGROUND": "purple"], nil),
        ([:], nil),
    ])
    func environmentChoice(environment: [String: String], expected: TerminalBackground?) {
        #expect(TerminalBackground.chosen(environment: environment) == expected)
    }

    @Test("an OSC 11 reply gives the colour, ended by BEL or ST, with 1 to 4 digits a channel")
    func replies() {
        func reply(_ text: String) -> TerminalBackground? { TerminalBackground.fromReply(Array(text.utf8)) }
        #expect(reply("\u{1b}]11;rgb:ffff/ffff/ffff\u{07}") == .light)
        #expect(reply("\u{1b}]11;rgb:0000/0000/0000\u{1b}\\\u{1b}[?62;22c") == .dark)
        #expect(reply("\u{1b}]11;rgb:fd/f6/e3\u{07}") == TerminalBackground(red: 0xfd, green: 0xf6, blue: 0xe3))
        #expect(reply("\u{1b}]11;rgba:1e1e/1e1e/1e1e/ffff\u{07}") == TerminalBackground(red: 0x1e, green: 0x1e, blue: 0x1e))
        #expect(reply("\u{1b}]11;rgb:f/0/0\u{07}") == TerminalBackground(red: 255, green: 0, blue: 0))
        #expect(reply("\u{1b}[?62;22c") == nil)
        #expect(reply("\u{1b}]11;rgb:ffff/ffff\u{07}") == nil)
        #expect(reply("\u{1b}]11;rgb:ffff/ffff/ffff") == nil)
        #expect(TerminalBackground(red: 0xfd, green: 0xf6, blue: 0xe3).isLight)
        #expect(!TerminalBackground(red: 0x1e, green: 0x1e, blue: 0x1e).isLight)
    }

    @Test("the answer to the device-attributes request ends the wait")
    func deviceAttributes() {
        #expect(BackgroundQuery.hasDeviceAttributes(Array("\u{1b}]11;rgb:0/0/0\u{07}\u{1b}[?1;2c".utf8)))
        #expect(!BackgroundQuery.hasDeviceAttributes(Array("\u{1b}]11;rgb:0/0/0\u{07}\u{1b}[?1;2".utf8)))
    }

    @Test("the terminal is not asked without colour or where it would print the question", arguments: [
        (["TERM": "xterm-256color"], true), (["TERM": "xterm-256color", "NO_COLOR": "1"], false),
        (["TERM": "linux"], false), (["TERM": "vt100"], false), (["TERM": "dumb"], false), ([:], false),
    ])
    func whenToAsk(environment: [String: String], asks: Bool) {
        #expect(TerminalBackground.mayAsk(environment: environment) == asks)
    }

    @Test("a dark theme on a light terminal gets dark text, keeping its hue where it can")
    func darkThemeOnLight() {
        let title = Style(foreground: .rgb(255, 255, 255), attributes: .bold).legible(on: .light, at: .trueColor)
        #expect(title.foreground == .rgb(0, 0, 0))
        #expect(title.attributes == .bold)
        let green = Style(foreground: .rgb(95, 215, 95)).legible(on: .light, at: .trueColor)
        guard case .rgb(let r, let g, let b) = green.foreground else { Issue.record("not rgb: \(green)"); return }
        #expect(g > r && g > b)
        #expect(green.appearance(on: .light).contrast >= Legibility.minimumContrast)
        let legible = Style(foreground: .indexed(1))
        #expect(legible.legible(on: .light, at: .ansi8) == legible)
    }

    @Test("at eight colours pastel badges keep their hue instead of turning black")
    func eightColourBadges() {
        #expect(Color.rgb(95, 215, 95).degraded(to: .ansi8) == .indexed(2))
        #expect(Color.rgb(255, 175, 0).degraded(to: .ansi8) == .indexed(3))
        #expect(Color.rgb(215, 0, 0).degraded(to: .ansi8) == .indexed(1))
        #expect(Color.indexed(9).degraded(to: .ansi8) == .indexed(1))
        #expect(Color.rgb(138, 138, 138).degraded(to: .ansi8) == .indexed(7))
    }
}
