import Testing
@testable import TerminalKit

/// Key contexts: one key, two meanings in two contexts; remapping per context and in the flat form.
@Suite struct KeyContextTests {
    enum Act: String, Hashable, Sendable { case quit, down, previousDay, previousWindow, undo, escalate }

    static let contexts = KeyContexts<Act>([
        KeyContext("global", title: "Global", [KeyBinding([.character("q")], .quit, "quit", group: "Global")]),
        KeyContext("movement", title: "Move", [KeyBinding([.character("j"), .down], .down, "down", group: "Move")]),
        KeyContext("briefing", title: "Briefing", [
            KeyBinding([.character("[")], .previousDay, "previous day", group: "Briefing"),
            KeyBinding([.character("u")], .undo, "undo", group: "Briefing"),
        ]),
        KeyContext("kpis", title: "KPIs", [
            KeyBinding([.character("[")], .previousWindow, "previous window", group: "KPIs"),
            KeyBinding([.character("u")], .undo, "undo", group: "KPIs"),
            KeyBinding([.character("e")], .escalate, "escalate", group: "KPIs"),
        ]),
    ], chains: [["briefing", "movement", "global"], ["kpis", "movement", "global"]])

    @Test("the same key gives two actions in two contexts")
    func sameKeyTwoMeanings() {
        #expect(Self.contexts.action(for: .character("["), in: ["briefing", "movement", "global"]) == .previousDay)
        #expect(Self.contexts.action(for: .character("["), in: ["kpis", "movement", "global"]) == .previousWindow)
        #expect(Self.contexts.action(for: .character("q"), in: ["kpis", "movement", "global"]) == .quit)
        #expect(Self.contexts.action(for: .character("e"), in: ["briefing", "movement", "global"]) == nil)
    }

    @Test("a remapping names its context; the flat form applies wherever the action is")
    func remapPerContextAndFlat() throws {
        let qualified = try Self.contexts.remapped(["briefing.undo": ["U"]], name: \.rawValue)
        #expect(qualified.action(for: .character("U"), in: ["briefing"]) == .undo)
        #expect(qualified.action(for: .character("u"), in: ["briefing"]) == nil)
        #expect(qualified.action(for: .character("u"), in: ["kpis"]) == .undo, "other contexts keep their key")
        let flat = try Self.contexts.remapped(["undo": ["U"]], name: \.rawValue)
        #expect(flat.action(for: .character("U"), in: ["briefing"]) == .undo)
        #expect(flat.action(for: .character("U"), in: ["kpis"]) == .undo)
    }

    @Test("remapping errors say which context and action, and what to do")
    func remapErrors() {
        #expect(throws: KeyRemapError(action: "undo", context: "nowhere", problem: .unknownContext(available: ["global", "movement", "briefing", "kpis"]))) {
            try Self.contexts.remapped(["nowhere.undo": ["U"]], name: \.rawValue)
        }
        #expect(throws: KeyRemapError.self) { try Self.contexts.remapped(["briefing.escalate": ["x"]], name: \.rawValue) }
        #expect(throws: KeyRemapError(action: "undo", context: "briefing", problem: .keyTaken("[", byAction: "previousDay", context: "briefing"))) {
            try Self.contexts.remapped(["briefing.undo": ["["]], name: \.rawValue)
        }
        // A pane key must not take a global one: the chain would then bind q twice.
        #expect(throws: KeyRemapError(action: "quit", context: "global", problem: .keyTaken("q", byAction: "undo", context: "briefing"))) {
            try Self.contexts.remapped(["briefing.undo": ["q"]], name: \.rawValue)
        }
        let text = KeyRemapError(action: "undo", context: "briefing", problem: .keyTaken("q", byAction: "quit", context: "global")).description
        #expect(text.contains("briefing.undo") && text.contains("global.quit"))
    }

    @Test("collisions find a key bound twice in one chain")
    func collisions() {
        let clash = KeyContexts<Act>([
            KeyContext("global", title: "Global", [KeyBinding([.character("q")], .quit, "quit", group: "Global")]),
            KeyContext("pane", title: "Pane", [KeyBinding([.character("q")], .undo, "undo", group: "Pane")]),
        ], chains: [["pane", "global"]])
        #expect(clash.collisions(name: \.rawValue).count == 1)
        #expect(Self.contexts.collisions(name: \.rawValue).isEmpty)
    }
}
