import Foundation
import NewsroomCore
import NewsroomStore
import TerminalKit
import Testing
@testable import NewsroomTUI

@Suite struct EditorCommandTests {
    @Test func visualComesBeforeEditorAndBlankOnesAreSkipped() {
        #expect(EditorCommand(environment: ["VISUAL": "nano", "EDITOR": "vi"]).command == "nano")
        #expect(EditorCommand(environment: ["VISUAL": " ", "EDITOR": "code --wait"]).command == "code --wait")
    }

    @Test func withoutEitherItIsEditorOnThePathElseVi() {
        #expect(EditorCommand(environment: ["PATH": "/opt/a:/opt/b"], isExecutable: { $0 == "/opt/b/editor" }).command == "editor")
        #expect(EditorCommand(environment: ["PATH": "/opt/a"], isExecutable: { _ in false }).command == "vi")
    }

    @Test func theShellSplitsTheCommandButNeverTheFileName() {
        let file = URL(fileURLWithPath: "/tmp/a story; rm -rf x.txt")
        #expect(EditorCommand(environment: ["EDITOR": "vi -u NONE"]).arguments(for: file) == ["/bin/sh", "-c", "vi -u NONE \"$0\"", file.path])
    }

    func host(editor: String) -> TerminalHost {
        TerminalHost(environment: ["EDITOR": editor, "PATH": "/usr/bin:/bin"], suspend: { body in try body() })
    }

    @Test func anEditorThatIsNotThereCannotStart() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nr-editor-\(UUID().uuidString).txt")
        try Data("x\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: EditorCannotStart(editor: "nosuch-editor", reason: .notFound)) { try host(editor: "nosuch-editor").edit(file) }
        #expect(EditorCannotStart(editor: "nosuch-editor", reason: .notFound).description
                == "the editor 'nosuch-editor' could not start (not found); set $EDITOR")
    }

    @Test func anEditorsOwnStatusIsReturned() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nr-editor-\(UUID().uuidString).txt")
        try Data("x\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try host(editor: "sed -i s/x/y/").edit(file) == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == "y\n")
        #expect(try host(editor: "false").edit(file) == 1)
    }

    @Test func eWithAMissingEditorSaysSoAndChangesNothing() throws {
        let fixture = try ConsoleFixture()
        var program = try ConsoleProgram(store: fixture.store, clock: ScaledClock(start: ConsoleFixture.now), identity: fixture.identity,
                                         theme: ThemeCatalog.builtInDefault, themes: ThemeCatalog(userDirectory: nil), colorLevel: .trueColor,
                                         settingsFile: nil, host: host(editor: "nosuch-editor"))
        let before = try fixture.store.lastSeq()
        _ = program.handle(.character("E"))
        #expect(program.state.message?.text == "story unchanged: the editor 'nosuch-editor' could not start (not found); set $EDITOR")
        #expect(program.state.message?.isError == true)
        #expect(try fixture.store.lastSeq() == before)
    }
}
