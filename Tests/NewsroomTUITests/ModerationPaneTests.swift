import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore
import TerminalKit
import Testing
@testable import NewsroomTUI

/// The moderation pane driven by keys in memory: decisions judged before anything is written,
/// claims, bulk marks, arrivals that do not move the cursor, undo, and what is drawn.
@Suite struct ModerationPaneTests {
    let theme = ThemeCatalog.builtInDefault

    /// Comments with their authors' data, as an importer would record them.
    static func comment(_ id: String, handle: String, text: String, minutesAgo: Double, followers: Int = 50,
                        category: CommentCategory? = nil) -> [NewEvent] {
        let at = ConsoleFixture.now.addingTimeInterval(-minutesAgo * 60)
        let ref = PersonRef("p-\(handle)")
        let received = CommentReceived(commentID: CommentID(id), network: .linkedIn, authorRef: ref, authorFollowers: followers,
                                       target: CommentTarget(kind: .companyPost, id: "post-1"), postedAt: at, language: "de")
        var events = [NewEvent(Event(time: at, actor: "import:linkedin", account: "root", payload: .commentReceived(received)),
                               personal: PersonalData(profiles: [PersonProfile(ref: ref, network: .linkedIn, handle: handle)],
                                                      texts: [AuthoredText(ref: ref, subject: id, text: text, writtenAt: at)]))]
        if let category {
            events.append(NewEvent(Event(time: at, actor: "model:rules-v1", account: "root",
                                         payload: .commentClassified(CommentClassified(commentID: CommentID(id), category: category, source: "model:rules-v1")))))
        }
        return events
    }

    /// A fixture with a threat, a question and three identical spam comments.
    func fixture() throws -> ConsoleFixture {
        let f = try ConsoleFixture()
        var events = Self.comment("threat", handle: "drohung", text: "Ich weiß wo du wohnst.", minutesAgo: 5, category: .threat)
        events += Self.comment("question", handle: "frager", text: "Warum ist das Werk verspätet?", minutesAgo: 30, category: .question)
        for i in 1...3 {
            events += Self.comment("spam\(i)", handle: "bot\(i)", text: "Earn $5,000 a month! bit.ly/x", minutesAgo: Double(10 + i), category: .spam)
        }
        f.add(events: events)
        return f
    }

    func focused(_ f: ConsoleFixture) throws -> ConsoleState {
        var s = try f.state()
        s.press(.character("2"))
        return s
    }

    @Test func theQueueIsRankedAndTheThreatComesFirst() throws {
        let s = try focused(try fixture())
        let ids = s.moderation.visible(actor: s.actor, at: s.now)
        #expect(ids.first == "threat", "\(ids)")
        #expect(ids.count == 5)
        #expect(s.moderation.rows["threat"]?.priority.band == .p1)
    }

    @Test func noActionIsRecordedAgainstTheVersionSeenAndTheSelectionAdvances() throws {
        var s = try focused(try fixture())
        let version = try #require(s.moderation.rows["threat"]?.comment.version)
        let recording = try #require(ConsoleState.recording(s.press(.character("n"))))
        #expect(recording.payloads == [.commentMoved(CommentMoved(commentID: "threat", state: .noAction))])
        #expect(recording.expecting == ExpectedVersion(.comment("threat"), version: version))
        #expect(s.moderation.selectedIndex == 1, "auto-advance to the next item")
    }

    @Test func hidingTakesAReasonFromTheMenuAndANote() throws {
        var s = try focused(try fixture())
        s.press(.character("x"))
        guard case .menu(.moderation(.hideReason(["threat"])), _) = s.overlay else { Issue.record("no reason menu: \(s.overlay)"); return }
        s.type("threat")
        s.press(.enter)
        guard case .prompt(.moderation(.hideNote(["threat"], reason: .threat)), _, _) = s.overlay else { Issue.record("no note prompt: \(s.overlay)"); return }
        #expect(s.press(.enter).isEmpty, "an empty note is refused")
        guard case .prompt(_, _, let problem?) = s.overlay else { Issue.record("the prompt stays with its problem"); return }
        #expect(problem.contains("needs a note"))
        let recording = try #require(ConsoleState.recording(s.answer("droht mit Hausbesuch")))
        #expect(recording.payloads == [.commentHidden(CommentHidden(commentID: "threat", reason: .threat, ground: "StGB §241", note: "droht mit Hausbesuch"))])
    }

    @Test func someoneElsesClaimIsShownAndRefusesADecision() throws {
        let f = try fixture()
        try f.add([.commentClaimed(CommentClaimed(commentID: "threat", holder: "ben", leaseUntil: ConsoleFixture.now.addingTimeInterval(600)))], actor: "ben")
        var s = try focused(f)
        #expect(s.press(.character("n")).isEmpty)
        #expect(s.message?.text.contains("is being handled by ben") == true, "\(String(describing: s.message))")
        let take = try #require(ConsoleState.recording(s.press(.character("T"))))
        guard case .commentClaimed(let claim) = take.payloads.first else { Issue.record("T records a claim"); return }
        #expect(claim.takeOver && claim.holder == "anna")
    }

    @Test func enterOpensTheThreadAndClaimsSoftly() throws {
        var s = try focused(try fixture())
        let effects = s.press(.enter)
        #expect(effects.first == .loadThread("threat"))
        let claim = try #require(effects.compactMap { effect -> Recording? in if case .record(let r) = effect { return r }; return nil }.first)
        guard case .commentClaimed(let body) = claim.payloads.first else { Issue.record("a soft claim"); return }
        #expect(body.holder == "anna" && !body.takeOver)
        #expect(s.moderation.showsThread)
    }

    @Test func starMarksTheSpamWaveAndOneHideRecordsEachItem() throws {
        var s = try focused(try fixture())
        let spam = try #require(s.moderation.visible(actor: s.actor, at: s.now).firstIndex(of: "spam1"))
        s.moderation.selectedIndex = spam
        s.press(.character("*"))
        #expect(s.moderation.marks == ["spam1", "spam2", "spam3"])
        s.press(.character("x"))
        s.type("spam")
        s.press(.enter)
        let effects = s.answer("identische Werbung, drei Konten")
        let recordings = effects.compactMap { effect -> Recording? in if case .record(let r) = effect { return r }; return nil }
        #expect(recordings.count == 3, "recorded per item")
        #expect(Set(recordings.compactMap { $0.expecting?.item }) == [.comment("spam1"), .comment("spam2"), .comment("spam3")])
        #expect(recordings.allSatisfy { !$0.reloads }, "no reload per item: the next tick reads what changed once")
        #expect(s.moderation.marks.isEmpty)
    }

    @Test func protectedSpeechCannotBeHiddenFromTheMenuEither() throws {
        #expect(!ModerationMenus.hideReasons.contains(.criticism) && !ModerationMenus.hideReasons.contains(.question))
        #expect(ModerationMenus.hideItems.allSatisfy { $0.contains("·") }, "each reason shows its ground")
    }

    @Test func arrivalsWaitBehindACounterAndEqualsSlotsThemIn() throws {
        let f = try fixture()
        var s = try focused(f)
        s.moderation.selectedIndex = 2
        let selected = s.moderation.selectedID(s)
        f.add(events: Self.comment("new-threat", handle: "neu", text: "Wir kommen vorbei.", minutesAgo: 1, category: .threat))
        let source = FoldedNewsroom(config: f.config, events: f.events)
        s.receive(.reloaded(try ConsoleSnapshot.load(from: source, date: ConsoleFixture.today, now: ConsoleFixture.now)))
        #expect(s.moderation.arrived == ["new-threat"])
        #expect(s.moderation.selectedID(s) == selected, "the cursor stays on its item")
        #expect(s.press(.character("=")) == [.reload(everything: true)], "= ranks everything as of now")
        s.receive(.reloaded(try ConsoleSnapshot.load(from: source, date: ConsoleFixture.today, now: ConsoleFixture.now)))
        #expect(s.moderation.arrived.isEmpty)
        #expect(s.moderation.visible(actor: s.actor, at: s.now).contains("new-threat"))
        #expect(s.moderation.selectedID(s) == selected)
    }

    @Test func aNewP1ItemIsRaisedInEveryPaneAndBangJumpsToIt() throws {
        let f = try fixture()
        var s = try f.state()
        f.add(events: Self.comment("storm", handle: "wut", text: "Ich werde euch alle finden und umbringen.", minutesAgo: 1, followers: 5000, category: .threat))
        s.receive(.reloaded(try ConsoleSnapshot.load(from: FoldedNewsroom(config: f.config, events: f.events), date: ConsoleFixture.today, now: ConsoleFixture.now)))
        #expect(s.moderation.newUrgent == "storm")
        var canvas = Canvas(size: Size(width: 200, height: 60))
        ConsoleView(state: s, theme: theme).render(into: &canvas)
        #expect(canvas.lines[0].contains("new P1: threat storm (! jumps)"), "\(canvas.lines[0])")
        #expect(s.focus == .briefing)
        let effects = s.press(.character("!"))
        #expect(s.focus == .moderation && s.moderation.selectedID(s) == "storm" && s.moderation.showsThread)
        #expect(effects.first == .loadThread("storm"))
        #expect(s.moderation.newUrgent == nil, "slotted in")
    }

    @Test func undoTakesBackTheLastDecision() throws {
        var s = try focused(try fixture())
        let recording = try #require(ConsoleState.recording(s.press(.character("R"))))
        s.receive(.recorded(recording, lastSeq: 100, firstEventID: UUID()))
        #expect(s.moderation.undoStack.count == 1)
        let undo = try #require(ConsoleState.recording(s.press(.character("u"))))
        #expect(undo.payloads.first.map { if case .commentMoved(let b) = $0 { return b.state == .new } else { return false } } == true)
        s.receive(.recorded(undo, lastSeq: 101, firstEventID: UUID()))
        #expect(s.moderation.undoStack.isEmpty)
    }

    @Test func aReplyFromATemplateIsEditedThenRecordedAndCopied() throws {
        let f = try fixture()
        try f.add([.templateSaved(TemplateSaved(template: ReplyTemplate(id: "t-danke", name: "Danke", language: "de", text: "Danke, {author}! Die Fakten:")))])
        var s = try focused(f)
        s.moderation.selectedIndex = try #require(s.moderation.visible(actor: s.actor, at: s.now).firstIndex(of: "question"))
        s.press(.character("r"))
        s.press(.enter)
        guard case .prompt(.moderation(.reply("question", _, "t-danke", "de")), let editor, _) = s.overlay else { Issue.record("\(s.overlay)"); return }
        #expect(editor.text == "Danke, @frager! Die Fakten:")
        let recording = try #require(ConsoleState.recording(s.answer(" 40.000 Haushalte.")))
        guard case .commentReplied(let reply) = recording.payloads.first else { Issue.record("a reply"); return }
        #expect(reply.text == "Danke, @frager! Die Fakten: 40.000 Haushalte." && reply.templateID == "t-danke")
        let after = s.receive(.recorded(recording, lastSeq: 200, firstEventID: UUID()))
        guard case .copy(let text, _)? = after.first else { Issue.record("copied: \(after)"); return }
        #expect(text == reply.text)
    }

    @Test func slashFindsWordsInTextAuthorAndCategory() throws {
        var s = try focused(try fixture())
        s.press(.character("/"))
        s.type("earn")
        #expect(Set(s.moderation.visible(actor: s.actor, at: s.now)) == ["spam1", "spam2", "spam3"], "as you type")
        s.press(.enter)
        #expect(s.moderation.filter == "earn")
        s.press(.character("/"))
        s.press(.escape)
        #expect(s.moderation.filter.isEmpty && s.moderation.visible(actor: s.actor, at: s.now).count == 5, "Esc clears it")
        s.press(.character("/"))
        _ = s.answer("@frager question")
        #expect(s.moderation.visible(actor: s.actor, at: s.now) == ["question"], "every word must match")
    }

    @Test func dExplainsThatThereIsNoDelete() throws {
        var s = try focused(try fixture())
        s.press(.character("d"))
        #expect(s.message?.text.contains("deleting is no solution") == true)
    }

    // MARK: Drawing

    func frame(_ state: ConsoleState, _ size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        ConsoleView(state: state, theme: theme).render(into: &canvas)
        return canvas
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theQueueIsDrawnWithBadgesAndHostileTextShownSafely(size: Size) throws {
        let f = try fixture()
        let hostile = "\u{1B}]2;pwned\u{07}\u{202E}evil\u{202C} " + String(repeating: "lang ", count: 1000) + " 🙂 مرحبا"
        f.add(events: Self.comment("hostile", handle: "x\u{1B}[31m", text: hostile, minutesAgo: 2, category: .insult))
        try f.add([.commentHidden(CommentHidden(commentID: "question", reason: .insult, ground: "StGB §185", note: "n"))])
        var s = try focused(f)
        s.zoomed = true
        let canvas = frame(s, size)
        let lines = canvas.lines
        let text = lines.joined(separator: "\n")
        #expect(text.contains("2 Moderation"))
        let threat = try #require(lines.firstIndex { $0.contains("Ich weiß wo du wohnst") }, "\(text)")
        #expect(lines[threat].contains("P1"), "\(lines[threat])")
        let x = try #require(lines[threat].range(of: "P1").map { lines[threat][..<$0.lowerBound].count })
        #expect(canvas[x, threat].style == theme[.selectedRow], "the selected row")
        let hidden = try #require(lines.firstIndex { $0.contains("⊘ insult") && $0.contains("Warum") }, "\(text)")
        let hx = try #require(lines[hidden].range(of: "Warum").map { lines[hidden][..<$0.lowerBound].count })
        #expect(canvas[hx, hidden].style == theme[.muted], "hidden rows are dimmed")
        for line in lines {
            #expect(!line.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, "no control or bidi character reaches a cell")
            #expect(DisplayWidth.of(line) <= size.width)
        }
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theThreadViewShowsWhyAndWhat(size: Size) throws {
        var s = try focused(try fixture())
        s.zoomed = true
        s.press(.enter)
        let canvas = frame(s, size)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("threat (by model:rules-v1)"), "\(text)")
        #expect(text.contains("P1") && text.contains("threat +100"), "\(text)")
        #expect(text.contains("Ich weiß wo du wohnst."), "\(text)")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theThreadViewShowsHostileTextSafely(size: Size) throws {
        let f = try fixture()
        let hostile = "\u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}\u{202E}gnp.exe\u{202C} " + String(repeating: "Wort ", count: 1000) + "😀👩‍👩‍👧 שלום"
        f.add(events: Self.comment("evil", handle: "h\u{1B}[31m", text: hostile, minutesAgo: 1, followers: 900_000, category: .threat))
        var s = try focused(f)
        s.zoomed = true
        s.moderation.selectedIndex = try #require(s.moderation.visible(actor: s.actor, at: s.now).firstIndex(of: "evil"))
        s.press(.enter)
        let lines = frame(s, size).lines
        #expect(lines.joined().contains("Wort Wort"), "the text is shown")
        for line in lines {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) || $0.value == 0x202E },
                    "no control or bidi character reaches a cell: \(line.debugDescription)")
            #expect(DisplayWidth.of(line) <= size.width)
        }
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theMenuIsDrawnOverThePane(size: Size) throws {
        var s = try focused(try fixture())
        s.press(.character("x"))
        let text = frame(s, size).lines.joined(separator: "\n")
        #expect(text.contains("Hide: what is unlawful?"), "\(text)")
        #expect(text.contains("threat · StGB §241"), "\(text)")
        #expect(!text.contains("criticism ·"), "protected speech is not offered")
    }
}

/// The pane against a real store: a decision is written with its version, and what another
/// console did shows in place with who did it, on the next tick, without a key.
@Suite struct ModerationProgramTests {
    @Test func aDecisionIsWrittenAndAnotherConsolesShowsWithItsActor() throws {
        let f = try ConsoleFixture()
        f.add(events: ModerationPaneTests.comment("threat", handle: "drohung", text: "Ich weiß wo du wohnst.", minutesAgo: 5, category: .threat)
              + ModerationPaneTests.comment("question", handle: "frager", text: "Warum?", minutesAgo: 30, category: .question))
        var program = try f.program()
        _ = program.handle(.character("2"))
        #expect(program.state.moderation.selectedID(program.state) == "threat")
        _ = program.handle(.character("w"))
        #expect(try f.store.comment("threat")?.state == .waiting, "written")
        #expect(program.state.moderation.rows["threat"]?.comment.state == .waiting, "shown at once")

        let other = try FolderStore.open(f.store.folder)
        let question = try #require(try other.comment("question"))
        try other.append([NewEvent(Event(time: ConsoleFixture.now, actor: "ben", account: "ben",
                                         payload: .commentMoved(CommentMoved(commentID: "question", state: .resolved))))],
                         expecting: ExpectedVersion(.comment("question"), version: question.version))
        let deadline = Date().addingTimeInterval(5)
        while program.state.moderation.handled["question"] == nil, Date() < deadline { _ = program.tick(); usleep(20_000) }
        #expect(program.state.moderation.handled["question"] == "ben: resolved")
        #expect(program.state.moderation.order.contains("question"), "it stays in place, dimmed")
    }
}
