import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit
import Testing
@testable import NewsroomTUI

/// What the moderation pane asks the store for: views and `F` filters read anew, the ranked rows
/// past the first screenfuls read as the cursor nears them, claims renewed while a thread is open,
/// and assigning to the team or an answering ambassador from a menu.
@Suite struct ModerationQueueViewsTests {
    typealias Pane = ModerationPaneTests

    /// The fixture of the pane's tests, plus a resolved comment that was hidden.
    func fixture() throws -> ConsoleFixture {
        let f = try ModerationPaneTests().fixture()
        f.add(events: Pane.comment("old-insult", handle: "pöbler", text: "Ihr Idioten.", minutesAgo: 90, category: .insult))
        try f.add([.commentHidden(CommentHidden(commentID: "old-insult", reason: .insult, ground: "StGB §185", note: "Beleidigung")),
                   .commentMoved(CommentMoved(commentID: "old-insult", state: .resolved))], actor: "ben")
        return f
    }

    func focused(_ f: ConsoleFixture) throws -> ConsoleState {
        var s = try f.state()
        s.press(.character("2"))
        return s
    }

    /// What the edge does on `.reload`: reads the snapshot for the pane's request now.
    func reload(_ s: inout ConsoleState, _ f: ConsoleFixture) throws {
        let source = FoldedNewsroom(config: f.config, events: f.events)
        s.receive(.reloaded(try ConsoleSnapshot.load(from: source, date: ConsoleFixture.today, now: ConsoleFixture.now,
                                                     queue: s.moderation.request(actor: s.actor))))
    }

    func shown(_ s: ConsoleState) -> [CommentID] { s.moderation.visible(actor: s.actor, at: s.now) }

    @Test func fFiltersByCategoryAndClearsAgain() throws {
        let f = try fixture()
        var s = try focused(f)
        s.press(.character("F"))
        guard case .menu(.moderation(.facets), let menu) = s.overlay else { Issue.record("no facet menu: \(s.overlay)"); return }
        #expect(menu.items.prefix(5) == ["state: any", "category: any", "network: any", "assignee: any", "priority: any"])
        s.type("category")
        s.press(.enter)
        guard case .menu(.moderation(.facet(.category)), let values) = s.overlay else { Issue.record("no value menu: \(s.overlay)"); return }
        #expect(values.items.first == "any" && values.items.contains("spam"))
        s.type("spam")
        #expect(s.press(.enter) == [.reload(everything: false)], "the store is asked for the narrowed queue")
        #expect(s.moderation.request(actor: s.actor).filter.categories == [.spam])
        try reload(&s, f)
        #expect(Set(shown(s)) == ["spam1", "spam2", "spam3"])
        #expect(s.message?.text.contains("category spam: 3 items") == true, "\(s.message?.text ?? "")")
        var canvas = Canvas(size: Size(width: 120, height: 30))
        ConsoleView(state: s, theme: ThemeCatalog.builtInDefault).render(into: &canvas)
        #expect(canvas.lines.joined(separator: "\n").contains("view open · category spam"), "the title says what is filtered")

        s.press(.character("F"))
        s.type("clear")
        s.press(.enter)
        try reload(&s, f)
        #expect(shown(s).count == 5)
    }

    @Test func aStateFilterReadsHandledItemsAndBandsCombine() throws {
        let f = try fixture()
        var s = try focused(f)
        s.moderation.facets = QueueFilter(states: [.resolved])
        #expect(s.moderation.request(actor: s.actor).selection == .state(.resolved), "read by index, not filtered from the open ones")
        try reload(&s, f)
        #expect(shown(s) == ["old-insult"])
        s.moderation.facets = QueueFilter(bands: [.p1])
        try reload(&s, f)
        #expect(shown(s) == ["threat"])
    }

    @Test func viewsCycleThroughAllAndTheHiddenViewHoldsHandledHides() throws {
        let f = try fixture()
        var s = try focused(f)
        #expect(!shown(s).contains("old-insult"), "resolved: not in the open queue")
        var seen: [QueueView: [CommentID]] = [:]
        for _ in QueueView.allCases.indices.dropLast() {
            #expect(s.press(.character("v")) == [.reload(everything: false)])
            try reload(&s, f)
            seen[s.moderation.view] = shown(s)
        }
        #expect(seen[.hidden] == ["old-insult"], "hidden though resolved")
        #expect(seen[.escalated] == [])
        #expect(Set(seen[.all] ?? []) == ["threat", "question", "spam1", "spam2", "spam3", "old-insult"])
        s.press(.character("v"))
        #expect(s.moderation.view == .open)
    }

    @Test func rowsPastTheFirstScreenfulsAreReadAsTheCursorNearsThem() throws {
        let f = try ConsoleFixture()
        let total = ModerationSummary.rowsRead + 50
        for i in 0..<total {
            f.add(events: Pane.comment("c\(i)", handle: "h\(i)", text: "Frage \(i)?", minutesAgo: Double(i + 1), category: .question))
        }
        var s = try focused(f)
        #expect(s.moderation.order.count == ModerationSummary.rowsRead)
        #expect(s.moderation.unread.count == 50)
        var canvas = Canvas(size: Size(width: 120, height: 30))
        ConsoleView(state: s, theme: ThemeCatalog.builtInDefault).render(into: &canvas)
        #expect(canvas.lines.joined(separator: "\n").contains("400 of 450 read"))
        s.moderation.selectedIndex = 300
        #expect(s.press(.down).isEmpty, "far from the end: nothing to read")
        s.moderation.selectedIndex = ModerationSummary.rowsRead - ModerationUpdate.readAhead
        let effects = s.press(.down)
        guard case .readQueueRows(let ids, let request)? = effects.first else { Issue.record("no read: \(effects)"); return }
        #expect(ids.count == 50 && request == s.snapshot.moderation.request)
        #expect(s.press(.down).isEmpty, "one read at a time")
        let source = FoldedNewsroom(config: f.config, events: f.events)
        s.receive(.queueRowsRead(try QueueRow.read(ids, request: request, from: source, at: s.now), asked: ids))
        #expect(s.moderation.order.count == total && s.moderation.unread.isEmpty)
        #expect(Set(s.moderation.order).count == total, "no row twice")
        #expect(s.moderation.rows[ids[0]]?.text.hasPrefix("Frage") == true)
    }

    @Test func aClaimIsRenewedWhileTheThreadStaysOpenAtMostEveryHalfLease() throws {
        let f = try ModerationPaneTests().fixture()
        let lease = TimeInterval(f.config.moderation.claimLeaseMinutes * 60)
        try f.add([.commentClaimed(CommentClaimed(commentID: "threat", holder: "anna", leaseUntil: ConsoleFixture.now.addingTimeInterval(lease)))])
        var s = try focused(f)
        s.press(.enter)
        #expect(s.moderation.showsThread)
        #expect(ModerationUpdate.renewClaim(&s).isEmpty, "a fresh claim is not renewed")
        s.now = ConsoleFixture.now.addingTimeInterval(lease / 2 + 1)
        let renewal = try #require(ConsoleState.recording(ModerationUpdate.renewClaim(&s)))
        guard case .commentClaimed(let claim)? = renewal.payloads.first else { Issue.record("not a claim: \(renewal.payloads)"); return }
        #expect(claim.holder == "anna" && claim.leaseUntil == s.now.addingTimeInterval(lease))
        #expect(ModerationUpdate.renewClaim(&s).isEmpty, "not tried again within 30 s")
        s.now = s.now.addingTimeInterval(31)
        s.press(.backspace)
        #expect(ModerationUpdate.renewClaim(&s).isEmpty, "the thread was closed: the claim runs out")
    }

    @Test func aReplyCarriesAnApprovedFactInTheRepliesLanguageFirst() throws {
        let f = try ModerationPaneTests().fixture()
        try f.add([.templateSaved(TemplateSaved(template: ReplyTemplate(id: "t-danke", name: "Danke", language: "de", text: "Danke, {author}!"))),
                   .snippetSaved(SnippetSaved(snippet: FactSnippet(id: "f-en", title: "Households", language: "en", text: "40,000 households."))),
                   .snippetSaved(SnippetSaved(snippet: FactSnippet(id: "f-de", title: "Haushalte", language: "de", text: "Das Werk versorgt 40.000 Haushalte.",
                                                                   source: "Pressemitteilung 2026-03"))),
                   .snippetSaved(SnippetSaved(snippet: FactSnippet(id: "f-old", title: "Alt", language: "de", text: "Veraltet.", retired: true)))])
        var s = try focused(f)
        s.moderation.selectedIndex = try #require(shown(s).firstIndex(of: "question"))
        s.press(.character("r"))
        s.press(.enter)
        guard case .menu(.moderation(.snippet("question", "t-danke", "de", "Danke, @frager!")), let menu) = s.overlay else { Issue.record("\(s.overlay)"); return }
        #expect(menu.items == ["no fact snippet", "Haushalte (de) · Pressemitteilung 2026-03", "Households (en)"], "retired ones left out")
        s.type("haus")
        s.press(.enter)
        guard case .prompt(.moderation(.reply("question", _, "t-danke", "de")), let editor, _) = s.overlay else { Issue.record("\(s.overlay)"); return }
        #expect(editor.text == "Danke, @frager! Das Werk versorgt 40.000 Haushalte.")
        let recording = try #require(ConsoleState.recording(s.press(.enter)))
        guard case .commentReplied(let reply) = recording.payloads.first else { Issue.record("a reply"); return }
        #expect(reply.text == "Danke, @frager! Das Werk versorgt 40.000 Haushalte." && reply.templateID == "t-danke")

        s.moderation.selectedIndex = try #require(shown(s).firstIndex(of: "threat"))
        s.press(.character("r"))
        s.type("write it here")
        s.press(.enter)
        s.press(.enter)
        guard case .prompt(.moderation(.reply("threat", _, nil, _)), let empty, _) = s.overlay else { Issue.record("\(s.overlay)"); return }
        #expect(empty.text.isEmpty, "no fact snippet: the prompt starts empty")
    }

    @Test func aNewThreatOutsideTheViewIsRaisedAndBangSwitchesToItsQueue() throws {
        let f = try fixture()
        var s = try focused(f)
        for _ in 0..<3 { s.press(.character("v")); try reload(&s, f) }
        #expect(s.moderation.view == .hidden)
        f.add(events: Pane.comment("storm", handle: "wut", text: "Ich werde euch alle finden.", minutesAgo: 1, followers: 5000, category: .threat))
        // What following the log does: the new comment alone, read for the hidden view.
        var known: [StoryID: Story] = [:]
        let source = FoldedNewsroom(config: f.config, events: f.events)
        s.receive(.reloaded(try ConsoleSnapshot.load(from: source, date: ConsoleFixture.today, now: ConsoleFixture.now, previous: s.snapshot,
                                                     areas: [.moderation], knownStories: &known, changedComments: ["storm"],
                                                     queue: s.moderation.request(actor: s.actor))))
        #expect(shown(s) == ["old-insult"], "the hidden view does not change")
        #expect(s.moderation.newUrgent == "storm")
        var canvas = Canvas(size: Size(width: 200, height: 60))
        ConsoleView(state: s, theme: ThemeCatalog.builtInDefault).render(into: &canvas)
        #expect(canvas.lines[0].contains("new P1: threat storm (! jumps)"), "\(canvas.lines[0])")
        #expect(s.press(.character("!")) == [.reload(everything: false)], "the open queue is asked for")
        #expect(s.moderation.view == .open && s.moderation.facets.isEmpty)
        let source2 = FoldedNewsroom(config: f.config, events: f.events)
        let effects = s.receive(.reloaded(try ConsoleSnapshot.load(from: source2, date: ConsoleFixture.today, now: ConsoleFixture.now,
                                                                   queue: s.moderation.request(actor: s.actor))))
        #expect(s.moderation.selectedID(s) == "storm" && s.moderation.showsThread)
        #expect(effects.first == .loadThread("storm"))
        #expect(s.moderation.newUrgent == nil)
    }

    @Test func assignOffersTheTeamAndTheAnsweringAmbassadors() throws {
        let f = try ModerationPaneTests().fixture()
        try f.add([.moderatorChanged(ModeratorChanged(moderator: Moderator(name: "ben", roles: [.moderator, .legal]))),
                   .ambassadorJoined(AmbassadorJoined(ambassadorID: "a1", name: "Jana Roth", team: "contacts", role: "Ausbilderin",
                                                      timeZone: "Europe/Berlin", topics: ["ausbildung"], accounts: [])),
                   .ambassadorJoined(AmbassadorJoined(ambassadorID: "a2", name: "Kai Ost", team: "executives", role: "CFO",
                                                      timeZone: "Europe/Berlin", topics: [], accounts: []))])
        var s = try focused(f)
        s.moderation.selectedIndex = shown(s).firstIndex(of: "question")!
        s.press(.character("a"))
        guard case .menu(.moderation(.assign(["question"])), let menu) = s.overlay else { Issue.record("no assign menu: \(s.overlay)"); return }
        #expect(menu.items == ["ben (moderator, legal)", "Jana Roth (contacts)", ModerationMenus.backToPool, ModerationMenus.someoneElse],
                "executives do not answer applicants")
        s.type("jana")
        let recording = try #require(ConsoleState.recording(s.press(.enter)))
        #expect(recording.payloads == [.commentAssigned(CommentAssigned(commentID: "question", assignee: "Jana Roth"))])
    }
}

/// The same against a real store, through the edge: the view's request reaches the snapshot,
/// the rows past the first are read from the store, and an open thread's claim is renewed by the
/// clock alone.
@Suite struct ModerationQueueProgramTests {
    @Test func theHiddenViewAndTheRowsPastTheFirstComeFromTheStore() throws {
        let f = try ModerationQueueViewsTests().fixture()
        for i in 0..<(ModerationSummary.rowsRead + 10) {
            f.add(events: ModerationPaneTests.comment("q\(i)", handle: "h\(i)", text: "Frage \(i)?", minutesAgo: Double(200 + i), category: .question))
        }
        var program = try f.program()
        _ = program.handle(.character("2"))
        #expect(program.state.moderation.unread.count == 15, "405 open after the first 400 rows")
        _ = program.handle(.end)
        #expect(program.state.moderation.unread.isEmpty, "the end of the rows read brings the rest")
        #expect(program.state.moderation.order.count == ModerationSummary.rowsRead + 15)
        for _ in 0..<3 { _ = program.handle(.character("v")) }
        #expect(program.state.moderation.view == .hidden)
        #expect(program.state.moderation.visible(actor: "anna", at: program.state.now) == ["old-insult"])
        #expect(program.state.snapshot.moderation.request.selection == .hidden)
    }

    @Test func anOpenThreadKeepsItsClaimWithoutAKey() throws {
        let f = try ModerationPaneTests().fixture()
        let clock = ScaledClock(start: ConsoleFixture.now, speed: 600)
        var program = try f.program(clock: clock)
        _ = program.handle(.character("2"))
        _ = program.handle(.enter)
        let first = try #require(try f.store.comment("threat")?.claim)
        #expect(first.holder == "anna")
        let deadline = Date().addingTimeInterval(5)
        while (try f.store.comment("threat")?.claim?.leaseUntil ?? first.leaseUntil) <= first.leaseUntil, Date() < deadline {
            _ = program.tick()
            usleep(20_000)
        }
        let renewed = try #require(try f.store.comment("threat")?.claim)
        #expect(renewed.leaseUntil > first.leaseUntil, "renewed by the clock while the thread stays open")
        #expect(renewed.holder == "anna")
    }
}
