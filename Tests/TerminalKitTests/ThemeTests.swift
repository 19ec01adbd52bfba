import Foundation
import Testing
@testable import TerminalKit

@Suite("Themes")
struct ThemeTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("every built-in theme parses and styles every toolkit role", arguments: ["default", "light", "high-contrast", "monochrome"])
    func builtInThemes(name: String) throws {
        let theme = try ThemeCatalog(userDirectory: nil).loadStrictly(name)
        #expect(theme.name == name)
        #expect(!theme.summary.isEmpty)
        for role in StyleRole.toolkitRoles {
            #expect(theme.styles[role] != nil, "\(name) lacks \(role)")
        }
    }

    @Test("the embedded themes are exactly the files in Themes/ (run Themes/embed.sh after editing)")
    func embeddedThemesMatchFiles() throws {
        for (name, yaml) in BuiltInThemes.files {
            let file = Self.packageRoot.appendingPathComponent("Themes/\(name).yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text == yaml + "\n", "Themes/\(name).yaml differs from BuiltInThemes.swift")
        }
    }

    @Test("colours parse as names, numbers and hex", arguments: [
        ("red", Color.indexed(1)), ("bright-blue", .indexed(12)), ("default", .terminalDefault),
        ("208", .indexed(208)), ("#ff8800", .rgb(255, 136, 0)), (" Grey ", .indexed(8)),
    ])
    func colourValues(text: String, colour: Color) {
        #expect(Color(themeValue: text) == colour)
    }

    @Test("a YAML error or an empty document at the end of a theme without a final newline is on its last line (found by fuzzing)")
    func yamlErrorAtTheEndIsOnTheLastLine() {
        #expect { _ = try ThemeParser.parse("name: x\nstyles: {fg", file: "t.yaml") } throws: { ($0 as? ThemeError)?.line == 2 }
        #expect { _ = try ThemeParser.parse("---\n#:", file: "t.yaml") } throws: { ($0 as? ThemeError)?.line == 2 }
    }

    @Test("bad colours are refused", arguments: ["purpel", "256", "#12345", "#gggggg", "-1", ""])
    func badColours(text: String) {
        #expect(Color(themeValue: text) == nil)
    }

    @Test("true colour degrades to 256, to 16, to monochrome")
    func degradation() {
        let style = Style(foreground: .rgb(255, 136, 0), background: .rgb(0, 0, 135), attributes: .bold)
        #expect(style.degraded(to: .trueColor) == style)
        #expect(style.degraded(to: .palette256) == Style(foreground: .indexed(208), background: .indexed(18), attributes: .bold))
        let sixteen = style.degraded(to: .ansi16)
        #expect(sixteen.foreground == .indexed(11) || sixteen.foreground == .indexed(3))
        #expect(sixteen.background == .indexed(4))
        #expect(style.degraded(to: .monochrome) == Style(attributes: [.bold, .reverse]))
        #expect(Color.indexed(196).degraded(to: .ansi16) == .indexed(9))
        #expect(Color.indexed(5).degraded(to: .ansi16) == .indexed(5))
    }

    @Test("a whole theme adapts to a terminal level and remembers it")
    func themeAdaptation() {
        let theme = ThemeCatalog.builtInDefault.adapted(to: .ansi16)
        #expect(theme.level == .ansi16)
        for style in theme.styles.values {
            for colour in [style.foreground, style.background] {
                if case .indexed(let index) = colour { #expect(index < 16) }
                if case .rgb = colour { Issue.record("rgb left at 16 colours") }
            }
        }
        let mono = ThemeCatalog.builtInDefault.adapted(to: .monochrome)
        #expect(mono.styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
        #expect(mono[.selectedRow].attributes.contains(.reverse))
    }

    @Test("NO_COLOR and the terminal's colours decide the level")
    func levelDetection() {
        #expect(ColorLevel.detect(colors: 256, hasRGB: false, environment: ["NO_COLOR": "1"]) == .monochrome)
        #expect(ColorLevel.detect(colors: 256, hasRGB: false, environment: ["NO_COLOR": ""]) == .palette256)
        #expect(ColorLevel.detect(colors: 1 << 24, hasRGB: true, environment: [:]) == .trueColor)
        #expect(ColorLevel.detect(colors: 16, hasRGB: false, environment: [:]) == .ansi16)
        #expect(ColorLevel.detect(colors: 8, hasRGB: false, environment: [:]) == .ansi8)
        #expect(ColorLevel.detect(colors: 0, hasRGB: false, environment: [:]) == .monochrome)
    }

    @Test("an unknown colour is reported with file, line and key")
    func unknownColourError() {
        let yaml = "name: broken\nstyles:\n  text: { fg: white }\n  title: { fg: purpel }\n"
        #expect(throws: ThemeError(file: "broken.yaml", line: 4, key: "styles.title.fg", problem: .unknownColour("purpel"))) {
            try ThemeParser.parse(yaml, file: "broken.yaml")
        }
        let message = ThemeError(file: "broken.yaml", line: 4, key: "styles.title.fg", problem: .unknownColour("purpel")).description
        #expect(message.contains("broken.yaml:4"))
        #expect(message.contains("styles.title.fg"))
        #expect(message.contains("purpel"))
    }

    @Test("unknown keys, attributes and wrong shapes are reported with their line")
    func otherErrors() {
        #expect(throws: ThemeError(file: "t", line: 2, key: "styles.text.colour", problem: .unknownKey(allowed: ThemeParser.styleKeys))) {
            try ThemeParser.parse("styles:\n  text: { colour: red }\n", file: "t")
        }
        #expect(throws: ThemeError(file: "t", line: 2, key: "styles.text.attrs", problem: .unknownAttribute("blink"))) {
            try ThemeParser.parse("styles:\n  text: { attrs: [bold, blink] }\n", file: "t")
        }
        #expect(throws: ThemeError(file: "t", line: 1, key: "colours", problem: .unknownKey(allowed: ThemeParser.topLevelKeys))) {
            try ThemeParser.parse("colours: {}\n", file: "t")
        }
        #expect(throws: ThemeError.self) { try ThemeParser.parse("styles: [1, 2]\n", file: "t") }
        #expect(throws: ThemeError.self) { try ThemeParser.parse("styles:\n  text: { fg: red\n", file: "t") }
        #expect(throws: ThemeError.self) { try ThemeParser.parse("- just\n- a list\n", file: "t") }
    }

    @Test("aliases are refused (no billion laughs)")
    func aliasesRefused() {
        let yaml = "styles:\n  text: &a { fg: red }\n  title: *a\n"
        #expect(throws: ThemeError(file: "t", line: 2, problem: .aliasesNotAllowed)) {
            try ThemeParser.parse(yaml, file: "t")
        }
    }

    @Test("a lone * or & in text is not mistaken for an alias")
    func starInText() throws {
        let theme = try ThemeParser.parse("summary: Bold * calm & clear\nstyles: {}\n", file: "t")
        #expect(theme.summary == "Bold * calm & clear")
    }

    @Test("a huge file is refused before parsing, quickly")
    func hugeFile() {
        let huge = "styles:\n" + String(repeating: "  text: { fg: red }\n", count: 200_000)
        let start = ContinuousClock.now
        #expect(throws: ThemeError(file: "huge", problem: .tooLarge(bytes: huge.utf8.count, limit: ThemeParser.maximumBytes))) {
            try ThemeParser.parse(huge, file: "huge")
        }
        #expect(ContinuousClock.now - start < .milliseconds(500))
    }

    @Test("deep nesting is refused before parsing, with its line")
    func deepNesting() {
        let brackets = "styles: " + String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000) + "\n"
        #expect(throws: ThemeError(file: "deep", line: 1, problem: .tooDeep(limit: ThemeParser.maximumDepth))) {
            try ThemeParser.parse(brackets, file: "deep")
        }
        var indented = ""
        for level in 0..<20 { indented += String(repeating: "  ", count: level) + "k\(level):\n" }
        #expect(throws: ThemeError.self) { try ThemeParser.parse(indented, file: "deep") }
    }

    @Test("the user folder is searched, replaces built-ins, and a broken theme falls back to the default")
    func userFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tk-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "name: wall\nsummary: mine\nstyles:\n  text: { fg: 15, bg: 0 }\n".write(to: folder.appendingPathComponent("wall.yaml"), atomically: true, encoding: .utf8)
        try "styles:\n  title: { fg: nope }\n".write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        try "name: light\nstyles: {}\n".write(to: folder.appendingPathComponent("light.yaml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(userDirectory: folder.path)
        let names = catalog.entries().map(\.name)
        #expect(names == ["default", "light", "high-contrast", "monochrome", "broken", "wall"])
        #expect(catalog.entries()[1].source == .user(path: folder.appendingPathComponent("light.yaml").path))
        #expect(catalog.load("wall").theme[.text] == Style(foreground: .indexed(15), background: .indexed(0)))
        let broken = catalog.load("broken")
        #expect(broken.theme.name == "default")
        #expect(broken.error?.line == 2)
        #expect(broken.error?.key == "styles.title.fg")
        #expect(broken.error?.description.contains("broken.yaml:2") == true)
        #expect(catalog.load("nosuch").error?.problem == .notFound(available: names))
    }

    @Test("a huge user file is read only up to the limit")
    func hugeUserFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tk-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.yaml")
        try Data(repeating: 0x61, count: 8 * 1024 * 1024).write(to: path)
        let loaded = ThemeCatalog(userDirectory: folder.path).load("big")
        #expect(loaded.theme.name == "default")
        #expect(loaded.error?.problem == .tooLarge(bytes: 8 * 1024 * 1024, limit: ThemeParser.maximumBytes))
    }

    @Test("XDG_CONFIG_HOME decides the user folder")
    func xdgFolder() {
        #expect(ThemeCatalog.standard(environment: ["XDG_CONFIG_HOME": "/x"]).userDirectory == "/x/newsroom/themes")
        #expect(ThemeCatalog.standard(environment: ["HOME": "/home/a"]).userDirectory == "/home/a/.config/newsroom/themes")
    }
}
