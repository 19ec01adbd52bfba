import CNcursesw
import Testing
@testable import TerminalKit

@Suite("Keys and key maps")
struct KeyTests {
    @Test("key notation parses and prints", arguments: [
        ("q", Key.character("q")), ("ä", .character("ä")), ("Enter", .enter), ("esc", .escape), ("S-Tab", .backTab),
        ("PgDn", .pageDown), ("F12", .function(12)), ("C-l", .ctrl("l")), ("Ctrl-X", .ctrl("x")), ("M-x", .alt("x")),
        ("Space", .character(" ")), ("Up", .up), ("M-Space", .alt(" ")),
    ])
    func notation(text: String, key: Key) {
        #expect(Key(notation: text) == key)
        #expect(Key(notation: key.description) == key)
    }

    @Test("nonsense is not a key", arguments: ["", "F13", "C-", "Ctrl-12", "hello"])
    func badNotation(text: String) {
        #expect(Key(notation: text) == nil)
    }

    @Test("curses codes and characters decode to keys")
    func cursesDecoding() {
        #expect(CursesKeys.key(code: KEY_UP) == .up)
        #expect(CursesKeys.key(code: KEY_NPAGE) == .pageDown)
        #expect(CursesKeys.key(code: KEY_BTAB) == .backTab)
        #expect(CursesKeys.key(code: cn_key_f(5)) == .function(5))
        #expect(CursesKeys.key(code: KEY_RESIZE) == .resize)
        #expect(CursesKeys.key(character: 228) == .character("ä"))
        #expect(CursesKeys.key(character: 0x6F22) == .character("漢"))
        #expect(CursesKeys.key(character: 9) == .tab)
        #expect(CursesKeys.key(character: 13) == .enter)
        #expect(CursesKeys.key(character: 27) == .escape)
        #expect(CursesKeys.key(character: 127) == .backspace)
        #expect(CursesKeys.key(character: 12) == .ctrl("l"))
        #expect(CursesKeys.key(character: 0x1C) == nil)
    }

    @Test("Alt-Space is shown as M-Space and reads back (found by fuzzing: it was 'M- ')")
    func altSpace() {
        #expect(KeyDecoder.keys([27, 32]) == [.alt(" ")])
        #expect(Key.alt(" ").description == "M-Space")
    }

    @Test("Alt plus a combining mark reads back from its notation (found by fuzzing: the mark joined the '-')")
    func altCombiningMark() {
        #expect(KeyDecoder.keys([27, 0x7B0]) == [.alt("\u{7B0}")])
        #expect(Key(notation: Key.alt("\u{7B0}").description) == .alt("\u{7B0}"))
        #expect(Key(notation: "Alt-\u{301}") == .alt("\u{301}"))
    }

    @Test("a C1 control is no key, and a control key right after Esc is not lost (found by fuzzing)")
    func controlsAfterEscape() {
        #expect(CursesKeys.key(character: 0x9B) == nil)
        #expect(KeyDecoder.keys([0x85, 0x61]) == [.character("a")])
        #expect(KeyDecoder.keys([27, 13]) == [.escape, .enter])
        #expect(KeyDecoder.keys([27, 0x9B, 0x61]) == [.escape, .character("a")])
        #expect(KeyDecoder.keys([27, 27, 0x78]) == [.escape, .alt("x")])
    }

    @Test("a key map dispatches, groups and hints from one table")
    func keyMapIsOneTable() {
        let map = GalleryAction.keyMap
        #expect(map.action(for: .character("j")) == .down)
        #expect(map.action(for: .down) == .down)
        #expect(map.action(for: .character("x")) == nil)
        #expect(map.groups.map(\.name) == ["Global", "Movement", "Widgets"])
        #expect(map.barHints.first?.keys == "q")
        #expect(map.barHints.contains { $0.keys == "j/Down" && $0.description == "Down" })
    }

    @Test("a user can remap an action by name")
    func remapping() throws {
        let map = try GalleryAction.keyMap.remapped(["quit": ["C-q", "F10"]], name: \.rawValue)
        #expect(map.action(for: .ctrl("q")) == .quit)
        #expect(map.action(for: .function(10)) == .quit)
        #expect(map.action(for: .character("q")) == nil)
        #expect(map.barHints.first?.keys == "C-q/F10")
    }

    @Test("remapping refuses unknown actions, bad keys and clashes, saying what to do")
    func remappingErrors() {
        #expect(throws: KeyRemapError.self) { try GalleryAction.keyMap.remapped(["fly": ["f"]], name: \.rawValue) }
        #expect(throws: KeyRemapError(action: "quit", problem: .unknownKey("Hyper-Q"))) {
            try GalleryAction.keyMap.remapped(["quit": ["Hyper-Q"]], name: \.rawValue)
        }
        #expect(throws: KeyRemapError(action: "help", problem: .keyTaken("j", byAction: "down", context: nil))) {
            try GalleryAction.keyMap.remapped(["help": ["j"]], name: \.rawValue)
        }
        let message = KeyRemapError(action: "quit", problem: .unknownKey("Hyper-Q")).description
        #expect(message.contains("C-l"))
    }
}
