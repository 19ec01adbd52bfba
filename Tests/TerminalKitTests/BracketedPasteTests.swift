import Testing
@testable import TerminalKit

@Suite("Bracketed paste decoding")
struct BracketedPasteTests {
    /// Feeds `input` (what follows `Esc [`) one character at a time.
    final class Feed {
        var characters: [UInt32]
        var pushedBack: [UInt32] = []
        init(_ text: String) { characters = text.unicodeScalars.map(\.value) }
        func next() -> UInt32? { characters.isEmpty ? nil : characters.removeFirst() }
    }

    @Test("text between the markers arrives in one piece, newlines included")
    func paste() {
        let feed = Feed("200~Grüße\raus 東京\u{1b}[201~rest")
        let text = BracketedPaste.read(next: feed.next, nextInBody: feed.next) { feed.pushedBack = $0 }
        #expect(text == "Grüße\naus 東京")
        #expect(feed.characters == "rest".unicodeScalars.map(\.value))
    }

    @Test("an escape inside the paste that is not the end marker is kept")
    func escapeInside() {
        let feed = Feed("200~a\u{1b}[2Jb\u{1b}[201~")
        #expect(BracketedPaste.read(next: feed.next, nextInBody: feed.next) { _ in } == "a\u{1b}[2Jb")
    }

    @Test("a sequence that is not a paste is given back")
    func notAPaste() {
        let feed = Feed("2x")
        #expect(BracketedPaste.read(next: feed.next, nextInBody: feed.next) { feed.pushedBack = $0 } == nil)
        #expect(feed.pushedBack == "2x".unicodeScalars.map(\.value))
    }

    @Test("a paste is bounded in size")
    func bounded() {
        let feed = Feed("200~" + String(repeating: "x", count: BracketedPaste.limit + 100) + "\u{1b}[201~")
        #expect(BracketedPaste.read(next: feed.next, nextInBody: feed.next) { _ in }?.count == BracketedPaste.limit)
    }
}
