import Foundation
import NewsroomCore
import NewsroomStore
import Synchronization
import TerminalKit
import Testing
@testable import NewsroomTUI

/// A host that records clipboard writes and "edits" files with a script.
final class ScriptedHost: ConsoleHost, Sendable {
    let copied = Mutex<[String]>([])
    let script: @Sendable (String) -> String
    let status: Int32

    init(status: Int32 = 0, script: @escaping @Sendable (String) -> String) {
        self.script = script
        self.status = status
    }

    func copyToClipboard(_ text: String) -> String {
        copied.withLock { $0.append(text) }
        return "copied"
    }

    func edit(_ file: URL) throws -> Int32 {
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(script(text).utf8).write(to: file)
        return status
    }
}

@Suite struct ConsoleStoryToolsTests {
    func program(_ fixture: ConsoleFixture, host: ScriptedHost) throws -> ConsoleProgram {
        try ConsoleProgram(store: fixture.store, clock: ScaledClock(start: ConsoleFixture.now), identity: fixture.identity,
                           theme: ThemeCatalog.builtInDefault, themes: ThemeCatalog(userDirectory: nil), colorLevel: .trueColor,
                           settingsFile: nil, host: host)
    }

    @Test func yCopiesThePostTextsInTurn() throws {
        var s = try ConsoleFixture().state()
        guard case .copy(let text, let label)? = s.press(.character("y")).first else { Issue.record("expected a copy"); return }
        #expect(text == String(repeating: "x", count: 300))
        #expect(label == "x post text 1/1")
        let fixture = try ConsoleFixture()
        let host = ScriptedHost { $0 }
        var p = try program(fixture, host: host)
        _ = p.handle(.character("y"))
        #expect(host.copied.withLock { $0 } == [String(repeating: "x", count: 300)])
        #expect(p.state.message?.text == "x post text 1/1: copied")
    }

    @Test func tSetsTheTeamsThatMayShare() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("t"))
        let recording = try #require(ConsoleState.recording(s.answer("executives, engineers")))
        #expect(recording.payloads == [.storyRestricted(StoryRestricted(storyID: "s1", restriction: StoryRestriction(teams: ["executives", "engineers"])))])
        #expect(recording.done == "may be shared by: executives, engineers")
        s.press(.character("t"))
        #expect(s.answer("marketing").isEmpty)
        guard case .prompt(.briefing(.teams), let editor, let problem?) = s.overlay else { Issue.record("the prompt closed"); return }
        #expect(problem.contains("unknown team 'marketing'") && editor.text == "marketing")
    }

    @Test("n adds a story; a bad link or language says what is wrong and stays on that field")
    func nAddsAStoryThroughAShortForm() throws {
        var s = try ConsoleFixture().state()
        s.press(.character("n"))
        #expect(s.answer("Neue Ladesäulen in Kiel").isEmpty)
        #expect(s.answer("ftp://nope").isEmpty)
        guard case .prompt(.briefing(.newStory(let draft)), let editor, let problem?) = s.overlay else { Issue.record("expected the link field again, got \(s.overlay)"); return }
        #expect(draft.step == .link && editor.text == "ftp://nope" && problem.contains("https://"))
        s.press(.ctrl("u"))
        #expect(s.answer("https://example.com/kiel").isEmpty)
        #expect(s.answer("Energiewende, Standorte").isEmpty)
        #expect(s.answer("fr").isEmpty)
        guard case .prompt(.briefing(.newStory(let language)), _, let wrong?) = s.overlay else { Issue.record("expected the language field again"); return }
        #expect(language.step == .language && wrong.contains("de or en"), "the language field stays; fr did not land in the next field")
        s.press(.ctrl("u"))
        let recording = try #require(ConsoleState.recording(s.answer("de")))
        guard case .storyAdded(let added)? = recording.payloads.first else { Issue.record("expected a story, got \(recording)"); return }
        #expect(added.content.headline == "Neue Ladesäulen in Kiel")
        #expect(added.content.link == "https://example.com/kiel")
        #expect(added.content.topics == ["energiewende", "standorte"])
        #expect(recording.payloads.last == .briefingScheduled(BriefingScheduled(date: ConsoleFixture.today, storyID: added.storyID)))
        #expect(recording.expecting == ExpectedVersion(.story(added.storyID), version: 0))
        #expect(s.briefing.selection == added.storyID)
    }

    @Test("the story edit is diffed in pure code, against the version the editor started from")
    func storyEditIsDecidedInUpdate() throws {
        var s = try ConsoleFixture().state()
        guard case .edit(let request)? = s.press(.character("E")).first, case .story("s1", let version, let original) = request.purpose else {
            Issue.record("expected an edit request")
            return
        }
        let edited = request.text.replacingOccurrences(of: "headline: Umspannwerk Husum geht ans Netz", with: "headline: Am Netz")
        let recording = try #require(ConsoleState.recording(s.receive(.edited(request, .saved(text: edited, file: "/tmp/f.txt")))))
        var content = original
        content.headline = "Am Netz"
        #expect(recording.payloads == [.storyEdited(StoryEdited(storyID: "s1", content: content))])
        #expect(recording.expecting == ExpectedVersion(.story("s1"), version: version))
        #expect(s.receive(.recorded(recording, lastSeq: 30, firstEventID: nil)) == [.discardFile("/tmp/f.txt")])
        #expect(s.receive(.edited(request, .saved(text: request.text, file: "/tmp/g.txt"))) == [.discardFile("/tmp/g.txt")], "no change, no event")
        #expect(s.receive(.edited(request, .saved(text: "headlin: x", file: "/tmp/h.txt"))).isEmpty)
        #expect(s.message?.isError == true && s.message?.path == "/tmp/h.txt", "a broken edit keeps its file and names it")
        s.receive(.refused(recording, VersionConflict(item: .story("s1"), expected: version, actual: version + 3, change: nil)))
        #expect(s.message?.path == "/tmp/f.txt" && s.message?.text.contains("changed since") == true)
        s.receive(.edited(request, .couldNotStart("the editor 'nosuch' could not start")))
        #expect(s.message?.text.contains("could not start") == true)
    }

    @Test("a story text without a language line reads as German (found by fuzzing: it crashed)")
    func storyTextWithoutLanguageIsGerman() throws {
        #expect(try StoryText.parse("headline: x\n").language == "de")
        #expect(try StoryText.parse("headline: x\nlanguage:\n").language == "de")
    }

    @Test("a story text with Windows line ends or a \\r after a value reads as with \\n (found by fuzzing: all one line)")
    func storyTextWithCarriageReturns() throws {
        let story = try StoryText.parse("headline: x\r\nlink: https://example.com\r\nsummary:\r\n  eins\r\n  zwei\r\n")
        #expect(story.headline == "x" && story.link == "https://example.com" && story.summary == "eins\nzwei")
        let cut = try StoryText.parse("headline: et:\r  ")
        #expect(cut.headline == "et:")
        #expect(try StoryText.parse(StoryText.render(cut)) == cut)
        // Found by the second 10-minute run: `\r\r\n` still hid a line break after replacing `\r\n`.
        #expect(try StoryText.parse("headline: x\ntalking points:\n  - a\r\r\n  - b\n").talkingPoints == ["a", "b"])
        let windows = StoryContent(headline: "x", summary: "eins\r\nzwei")
        #expect(try StoryText.parse(StoryText.render(windows)).summary == "eins\nzwei")
        // Found by the third: a `\r` at the end of a list item.
        #expect(try StoryText.parse("headline: x\nteams: a\r, b\n").restriction.teams == ["a", "b"])
        // And by the fourth: a text that starts with a combining mark joins the indent's space.
        let mark = StoryContent(headline: "x", postTexts: [PostText(network: .x, text: "\u{617}")])
        #expect(try StoryText.parse(StoryText.render(mark)) == mark)
        // And by a 5-second run in CI: a talking point that starts with one joins the "- " before it.
        let point = StoryContent(headline: "x", talkingPoints: ["Z -", "\u{617}", "- schon mit Strich"])
        #expect(try StoryText.parse(StoryText.render(point)) == point)
        // And by the 90-second run after it: a network name that starts with one.
        let network = StoryContent(headline: "x", postTexts: [PostText(network: Network("\u{617}"), text: "t")])
        #expect(try StoryText.parse(StoryText.render(network)) == network)
    }

    @Test func storyTextRoundTripsAndReportsMistakesByLine() throws {
        let content = StoryContent(headline: "Überschrift", summary: "Zwei\nZeilen", link: "https://example.com", source: .blog, language: "en",
                                   topics: ["ki", "werk"], approvedWording: "So sagen wir es.", talkingPoints: ["eins", "zwei"],
                                   postTexts: [PostText(network: .x, text: "Kurz #werkstolz"), PostText(network: .linkedIn, text: "Lang\nmit Absatz")],
                                   restriction: StoryRestriction(teams: ["executives"]))
        #expect(try StoryText.parse(StoryText.render(content)) == content)
        #expect(throws: StoryText.ParseError.self) { try StoryText.parse("headline: x\nheadlin: y\n") }
        do {
            _ = try StoryText.parse("headline: x\nlanguage: fr\n")
            Issue.record("fr must be refused")
        } catch {
            #expect(error.description == "line 2: language is de or en, found 'fr'")
        }
    }

    @Test func eEditsTheStoryThroughTheEditor() throws {
        let fixture = try ConsoleFixture()
        let host = ScriptedHost { $0.replacingOccurrences(of: "headline: Umspannwerk Husum geht ans Netz", with: "headline: Umspannwerk Husum ist am Netz") }
        var p = try program(fixture, host: host)
        let step = p.handle(.character("E"))
        #expect(step == .redrawAll)
        #expect(try fixture.store.story("s1")?.content.headline == "Umspannwerk Husum ist am Netz")
        #expect(p.state.message?.text.contains("story edited") == true)
        #expect(try fixture.store.events(after: 0, limit: 100).last?.event.type == "story.edited")
    }

    @Test func aBrokenEditChangesNothingAndKeepsTheText() throws {
        let fixture = try ConsoleFixture()
        let host = ScriptedHost { $0.replacingOccurrences(of: "language: de", with: "sprache: deutsch") }
        var p = try program(fixture, host: host)
        let before = try fixture.store.lastSeq()
        _ = p.handle(.character("E"))
        #expect(try fixture.store.lastSeq() == before, "nothing was recorded")
        let message = try #require(p.state.message)
        #expect(message.isError && message.text.contains("unknown field 'sprache'") && message.text.contains("kept in"))
        let path = try #require(message.path)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("sprache: deutsch"), "the edit is not lost")
    }
}
