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
        guard case .copy(let text, let label)? = ConsoleUpdate.apply(.copyPostText, to: &s).first else { Issue.record("expected a copy"); return }
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
        _ = ConsoleUpdate.apply(.teams, to: &s)
        for ch in "executives, engineers" { _ = ConsoleUpdate.overlayKey(.character(ch), to: &s) }
        let effects = ConsoleUpdate.overlayKey(.enter, to: &s)
        #expect(effects == [.record([.storyRestricted(StoryRestricted(storyID: "s1", restriction: StoryRestriction(teams: ["executives", "engineers"])))],
                                    done: "may be shared by: executives, engineers", undoable: nil)])
        _ = ConsoleUpdate.apply(.teams, to: &s)
        for ch in "marketing" { _ = ConsoleUpdate.overlayKey(.character(ch), to: &s) }
        #expect(ConsoleUpdate.overlayKey(.enter, to: &s).isEmpty)
        #expect(s.message?.text.contains("unknown team 'marketing'") == true)
    }

    @Test func nAddsAStoryThroughAShortForm() throws {
        var s = try ConsoleFixture().state()
        _ = ConsoleUpdate.apply(.newStory, to: &s)
        func answer(_ text: String) -> [ConsoleEffect] {
            for ch in text { _ = ConsoleUpdate.overlayKey(.character(ch), to: &s) }
            return ConsoleUpdate.overlayKey(.enter, to: &s)
        }
        #expect(answer("Neue Ladesäulen in Kiel").isEmpty)
        #expect(answer("ftp://nope").isEmpty)
        #expect(s.message?.text.contains("https://") == true)
        _ = ConsoleUpdate.overlayKey(.ctrl("u"), to: &s)
        #expect(answer("https://example.com/kiel").isEmpty)
        #expect(answer("Energiewende, Standorte").isEmpty)
        let effects = answer("de")
        guard case .record(let payloads, _, _)? = effects.first, case .storyAdded(let added)? = payloads.first else {
            Issue.record("expected a story, got \(effects)")
            return
        }
        #expect(added.content.headline == "Neue Ladesäulen in Kiel")
        #expect(added.content.link == "https://example.com/kiel")
        #expect(added.content.topics == ["energiewende", "standorte"])
        #expect(payloads.last == .briefingScheduled(BriefingScheduled(date: ConsoleFixture.today, storyID: added.storyID)))
        #expect(s.selection == added.storyID)
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
        let path = try #require(message.text.components(separatedBy: "kept in ").last)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("sprache: deutsch"), "the edit is not lost")
    }
}
