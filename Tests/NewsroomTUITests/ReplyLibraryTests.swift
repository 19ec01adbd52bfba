import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit
import Testing
@testable import NewsroomTUI

/// `:template` and `:snippet`: the menu, the editor's text read back strictly, unchanged and
/// concurrent edits, new ones by id, and the file kept whenever nothing was saved.
@Suite struct ReplyLibraryTests {
    static let danke = ReplyTemplate(id: "t-danke", name: "Danke", language: "de", text: "Danke, {author}!", categories: [.question])

    func state() throws -> ConsoleState {
        let f = try ModerationPaneTests().fixture()
        try f.add([.templateSaved(TemplateSaved(template: Self.danke)),
                   .snippetSaved(SnippetSaved(snippet: FactSnippet(id: "f-haushalte", title: "Haushalte", language: "de", text: "40.000 Haushalte.")))])
        var s = try f.state()
        s.press(.character("2"))
        return s
    }

    func editRequest(_ effects: [ConsoleEffect]) -> EditRequest? {
        guard case .edit(let request)? = effects.first else { return nil }
        return request
    }

    @Test func aTemplateIsPickedEditedAndRecorded() throws {
        var s = try state()
        s.press(.character(":"))
        _ = s.answer("template")
        guard case .menu(.moderation(.library(.template)), let menu) = s.overlay else { Issue.record("no menu: \(s.overlay)"); return }
        #expect(menu.items == ["t-danke · Danke (de)", ReplyLibrary.newItem])
        let request = try #require(editRequest(s.press(.enter)))
        #expect(request.text == ReplyTemplateText.format(Self.danke))
        #expect(request.purpose == .template("t-danke", original: Self.danke))
        let edited = request.text.replacingOccurrences(of: "Danke, {author}!", with: "Danke für die Frage, {author}.")
        let recording = try #require(ConsoleState.recording(s.receive(.edited(request, .saved(text: edited, file: "/tmp/t-danke.txt")))))
        var expected = Self.danke
        expected.text = "Danke für die Frage, {author}."
        #expect(recording.payloads == [.templateSaved(TemplateSaved(template: expected))])
        let after = s.receive(.recorded(recording, lastSeq: 99, firstEventID: UUID()))
        #expect(after == [.discardFile("/tmp/t-danke.txt")], "the file goes once recorded")
        #expect(s.message?.text == "template t-danke saved")
    }

    @Test func aBrokenTextSaysFileAndLineAndKeepsTheFile() throws {
        var s = try state()
        let request = try #require(editRequest(ReplyLibrary.command(.template, ["t-danke"], &s)))
        let broken = request.text.replacingOccurrences(of: "language: de", with: "language: fr")
        let effects = s.receive(.edited(request, .saved(text: broken, file: "/tmp/t-danke.txt")))
        #expect(effects.isEmpty, "nothing recorded, nothing removed")
        let line = broken.components(separatedBy: "\n").firstIndex(of: "language: fr")! + 1
        #expect(s.message?.text.contains("template t-danke unchanged: /tmp/t-danke.txt:\(line):") == true && s.message?.text.contains(":template t-danke goes on from your edit") == true, "\(s.message?.text ?? "")")
        #expect(s.message?.path == "/tmp/t-danke.txt" && s.message?.isError == true)

        // :template again goes on from the broken edit, not from the stored template.
        let again = try #require(editRequest(ReplyLibrary.command(.template, ["t-danke"], &s)))
        #expect(again.text == broken, "the user's edit is not lost")
        let fixed = broken.replacingOccurrences(of: "language: fr", with: "language: en")
        let effects2 = s.receive(.edited(again, .saved(text: fixed, file: "/tmp/t-danke-2.txt")))
        #expect(effects2.first == .discardFile("/tmp/t-danke.txt"), "the kept file goes once the edit went on")
        guard case .record(let recording)? = effects2.last else { Issue.record("\(effects2)"); return }
        guard case .templateSaved(let saved)? = recording.payloads.first else { Issue.record("\(recording.payloads)"); return }
        #expect(saved.template.language == "en")
        #expect(s.moderation.keptEdits.isEmpty)
        #expect(editRequest(ReplyLibrary.command(.template, ["t-danke"], &s))?.text == ReplyTemplateText.format(Self.danke),
                "after a save, the stored one is where an edit starts")
    }

    @Test func anUnchangedTextSavesNothingAndAChangeMeanwhileIsRefused() throws {
        var s = try state()
        let request = try #require(editRequest(ReplyLibrary.command(.template, ["t-danke"], &s)))
        #expect(s.receive(.edited(request, .saved(text: request.text, file: "/tmp/a.txt"))) == [.discardFile("/tmp/a.txt")])
        #expect(s.message?.text == "template t-danke: no changes")

        var other = Self.danke
        other.name = "Danke (neu)"
        s.snapshot.moderation.templates = [other]
        let edited = request.text.replacingOccurrences(of: "{author}!", with: "{author}.")
        #expect(s.receive(.edited(request, .saved(text: edited, file: "/tmp/b.txt"))).isEmpty)
        #expect(s.message?.text.contains("changed in the store while you edited it") == true && s.message?.path == "/tmp/b.txt")
    }

    @Test func aNewSnippetTakesAnIdFirst() throws {
        var s = try state()
        s.press(.character(":"))
        _ = s.answer("snippet")
        guard case .menu(.moderation(.library(.snippet)), let menu) = s.overlay else { Issue.record("no menu: \(s.overlay)"); return }
        #expect(menu.items == ["f-haushalte · Haushalte (de)", ReplyLibrary.newItem])
        s.type("new")
        s.press(.enter)
        guard case .prompt(.moderation(.newLibraryItem(.snippet)), _, _) = s.overlay else { Issue.record("no id prompt: \(s.overlay)"); return }
        #expect(s.answer("zwei wörter").isEmpty)
        guard case .prompt(_, let editor, let problem?) = s.overlay else { Issue.record("the prompt stays with its problem"); return }
        #expect(problem.contains("letters, digits") && editor.text == "zwei wörter", "what was typed is kept")
        s.press(.ctrl("u"))
        let request = try #require(editRequest(s.answer("f-netz")))
        #expect(request.purpose == .snippet("f-netz", original: nil))
        // As one types it in vi: the title filled in, the fact on the empty line below the header.
        let text = request.text.replacingOccurrences(of: "title: \n", with: "title: Netzausbau\n")
            .replacingOccurrences(of: "retired: no\n\n\n", with: "retired: no\n\nBis 2030 werden 1.200 km Leitung gebaut.\n")
        let recording = try #require(ConsoleState.recording(s.receive(.edited(request, .saved(text: text, file: "/tmp/f.txt")))))
        guard case .snippetSaved(let saved)? = recording.payloads.first else { Issue.record("\(recording.payloads)"); return }
        #expect(saved.snippet.id == "f-netz" && saved.snippet.title == "Netzausbau" && saved.snippet.text == "Bis 2030 werden 1.200 km Leitung gebaut.")
    }

    @Test func anIdOfTwoWordsIsRefused() throws {
        var s = try state()
        #expect(ReplyLibrary.command(.template, ["x", "y!"], &s).isEmpty, "no editor for a part of it")
        #expect(s.message?.isError == true && s.message?.text.contains("takes one id") == true)
    }

    @Test func aSavedTemplateReachesTheSnapshotThatFollowsTheLog() {
        let stored = StoredEvent(seq: 1, event: Event(time: ConsoleFixture.now, actor: "anna", account: "root", payload: .templateSaved(TemplateSaved(template: Self.danke))))
        #expect(ConsoleSnapshot.touched(by: [stored]).areas == [.moderation], "the reply menu offers it without a restart")
    }
}
