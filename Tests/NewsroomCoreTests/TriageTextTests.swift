import Testing
@testable import NewsroomCore

@Suite struct TriageTextTests {
    func words(_ text: String) -> [String] {
        let t = TriageText(text)
        return t.tokens.map { String(decoding: t.key(of: $0), as: UTF8.self) }
    }

    @Test func foldsCaseUmlautsAndSharpS() {
        #expect(words("Dämliche SCHEIßE, Übel") == ["daemliche", "scheise", "uebel"])
        #expect(words("Scheisse") == words("Scheiße"))
        #expect(words("Daemlich") == words("dämlich"))
    }

    @Test func undoesSpellingTricks() {
        #expect(words("1d10t") == ["idiot"])
        #expect(words("Iiiidiooooot") == ["idiot"])
        #expect(words("i.d.i.o.t") == ["idiot"])
        #expect(words("I D I O T") == ["idiot"])
        #expect(words("Idiot*innen Lügen-Presse") == ["idiotinen", "luegenprese"])
        #expect(words("ＩＤＩＯＴ") == ["idiot"])
        #expect(words("𝐢𝐝𝐢𝐨𝐭") == ["idiot"])
        #expect(words("a$$hole") == ["ashole"])
        #expect(words("i\u{200B}diot") == ["idiot"])
    }

    @Test func keepsNumbersAndSentences() {
        #expect(words("300 Stellen, 2018er, 5.000 €") == ["300", "stelen", "2018er", "5000"])
        let t = TriageText("Gut. Schlecht? Ja!")
        #expect(t.tokens.map(\.sentence) == [0, 1, 2])
        #expect(t.signals.questionMarks == 1 && t.signals.exclamations == 1)
    }

    @Test func expandsEnglishContractions() {
        #expect(words("I'll find you, don't you worry. You're dead") == ["i", "wil", "find", "you", "do", "not", "you", "wory", "you", "are", "dead"])
        #expect(words("geht’s") == ["geht"])
    }

    @Test func takesOutLinksMentionsAndNumbersThatAreNotWords() {
        let t = TriageText("@corinna Klick hier: bit.ly/reich-werden oder www.example.com, mail max@example.org, Tel. 0170 5550123, Az. NL-INT-2026-0412, /netz/sec")
        #expect(t.signals.mentions == 1)
        #expect(t.signals.links.count == 2)
        #expect(t.signals.emails.count == 1)
        #expect(t.signals.phones.map { t.excerpt($0) } == ["0170 5550123"])
        #expect(t.signals.documentIDs.map { t.excerpt($0) } == ["NL-INT-2026-0412"])
        #expect(t.signals.paths.count == 1)
        #expect(!words(t.original).contains("reich"))
        #expect(!words(t.original).contains("corina"))
    }

    @Test func spansPointAtTheOriginal() {
        let t = TriageText("Ihr seid Vollidioten!")
        #expect(t.tokens.map { t.excerpt($0.span) } == ["Ihr", "seid", "Vollidioten"])
    }

    @Test func fingerprintIgnoresCaseLinksAndPunctuation() {
        let a = TriageText("Gewinne jetzt!!! bit.ly/abc").fingerprint
        #expect(a == TriageText("gewinne JETZT bit.ly/xyz").fingerprint)
        #expect(a != TriageText("Gewinne morgen").fingerprint)
    }
}
