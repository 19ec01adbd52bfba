import Testing
@testable import NewsroomCore

@Suite struct TriageClassifierTests {
    let classifier = RuleClassifier.standard

    static let german: [(String, CommentCategory)] = [
        ("Seit Wochen steht die Baustelle still. Wann geht es da endlich weiter?", .criticism),
        ("Die Kommunikation zur Trasse ist katastrophal, Infos kommen immer zu spät.", .criticism),
        ("Das ist nicht gut gemacht.", .criticism),
        ("Schön und gut, aber meine Rechnung ist trotzdem gestiegen.", .criticism),
        ("Na toll, schon wieder Stromausfall 🙄", .criticism),
        ("Großartige Arbeit, weiter so! 🙄", .criticism),
        ("Die Baustelle steht seit Wochen still. Grüße aus Kiel.", .criticism),
        ("Ist das Duale Studium auch für Quereinsteiger ab 30 offen?", .question),
        ("Wie bewerbe ich mich für die Ausbildung?", .question),
        ("Kann man den Zählerstand auch ohne App melden?", .question),
        ("Gibt es die Umschulung auch in Teilzeit? 🙄", .question),
        ("Laut einer Studie steigen die Netzentgelte um 25 %.", .factClaim),
        ("Ihr habt letztes Jahr 300 Stellen abgebaut, das verschweigt ihr hier.", .factClaim),
        ("Stimmt doch gar nicht, der Wasserstoff kommt in Wahrheit aus Erdgas.", .factClaim),
        ("Großartige Arbeit, weiter so! 💪", .praise),
        ("Danke an das Montageteam, die waren super freundlich.", .praise),
        ("Das war gar nicht schlecht.", .praise),
        ("Weiß jemand, ob der Weihnachtsmarkt in Kiel länger offen hat?", .offTopic),
        ("Grüße aus Flensburg an alle!", .offTopic),
        ("Scheiße, schon wieder kein Strom.", .profanity),
        ("Verdammt noch mal, wann kommt der Techniker?", .profanity),
        ("Ihr seid doch alle unfähige Schreibtischhengste.", .insult),
        ("Euer Pressesprecher ist ein Vollidiot.", .insult),
        ("Was für 1d10ten", .insult),
        ("Du bist so d.ä.m.l.i.c.h", .insult),
        ("Diese Drecksfirma!", .insult),
        ("Der Typ ist eine Umweltsau.", .insult),
        ("Der Vorstand hat Schmiergelder kassiert, das weiß hier jeder.", .defamation),
        ("Die Bereichsleiterin hat nachweislich Bilanzen gefälscht.", .defamation),
        ("Ich werde dich finden und umbringen.", .threat),
        ("Ich bring dich um, du Verräter.", .threat),
        ("Wenn die Trasse kommt, brennt bei euch der Bagger.", .threat),
        ("Der gehört erschossen.", .threat),
        ("An alle Kollegen: Unser Schichtleiter mobbt seit Monaten die Azubis, und die Führung schaut weg.", .workplacePeace),
        ("Die Kolleginnen aus dem Kundenservice sind doch nur zum Kaffeekochen da.", .workplacePeace),
        ("Das Schutzkonzept steht im internen Wiki unter /netz/sec, Passwort ist das alte.", .tradeSecret),
        ("Vertraulich: Dokument NL-INT-2026-0412 nennt den Angebotspreis von 412 Mio.", .tradeSecret),
        ("Der Teamleiter wohnt in der Lindenstraße 12 in Heide, Handy 0170 5550123.", .doxxing),
        ("Ich weiß, wo du wohnst.", .doxxing),
        ("Verdiene 5.000 € im Monat von zu Hause! Klick hier: bit.ly/reich-werden 💰💰💰", .spam),
        ("Krypto-Gewinnspiel: Link im Profil", .spam),
    ]

    static let english: [(String, CommentCategory)] = [
        ("Nice PR, but my bill went up 30% this year. How does that fit?", .criticism),
        ("Still waiting three months for a grid connection. Not great service.", .criticism),
        ("Oh great, another outage.", .criticism),
        ("How do I apply for the dual study programme from abroad?", .question),
        ("That's not true, according to the report the project was a year late.", .factClaim),
        ("Great work, team! 👏", .praise),
        ("Anyone know a good place to eat near the fair grounds?", .offTopic),
        ("Damn, another outage in our area.", .profanity),
        ("You are all clueless idiots.", .insult),
        ("What a bunch of incompetent clowns.", .insult),
        ("Your CEO took bribes for this contract, everyone knows it.", .defamation),
        ("I'm going to kill you.", .threat),
        ("If that cable comes through our village, your trucks will burn.", .threat),
        ("To all colleagues: our team lead bullies the new hires and management looks away.", .workplacePeace),
        ("Insider tip: this is confidential, the bid price for the offshore tender is 412 million.", .tradeSecret),
        ("The project manager lives at 12 Linden Street, here is her private number: 0170 5550123.", .doxxing),
        ("We know where you live.", .doxxing),
        ("Earn $5,000 a month from home! Click here: bit.ly/get-rich-now 💰", .spam),
    ]

    @Test(arguments: german) func germanExample(_ text: String, _ expected: CommentCategory) {
        let triage = classifier.classify(text, language: "de")
        #expect(triage.category == expected, "\(text): \(triage.rules.map { "\($0.rule.id)=\($0.matched)" }) \(triage.scores.rounded)")
    }

    @Test(arguments: english) func englishExample(_ text: String, _ expected: CommentCategory) {
        let triage = classifier.classify(text, language: "en")
        #expect(triage.category == expected, "\(text): \(triage.rules.map { "\($0.rule.id)=\($0.matched)" }) \(triage.scores.rounded)")
    }

    @Test func guessesTheLanguageWithoutAHint() {
        #expect(classifier.classify("Das ist doch nicht euer Ernst").language == "de")
        #expect(classifier.classify("This is not what you promised").language == "en")
        #expect(classifier.classify("Hell yes, great news!", language: "en").category == .praise)
        #expect(classifier.classify("Das Licht ist hell, die Farbe ist crap-grau.").category != .profanity)
    }

    @Test func allowlistKeepsInnocentWordsOut() {
        for text in ["Eine gute Analyse der Netzentgelte.", "Grüße aus Schweinfurt", "Schweinebraten im Kantinenplan", "Wildschweine am Umspannwerk",
                     "Kaffee und Waffeln beim Windforum", "Passau hat auch ein Umspannwerk", "Ein bestechend klarer Beitrag"] {
            let triage = classifier.classify(text, language: "de")
            #expect(!triage.category.mayBeHidden && triage.category != .profanity, "\(text): \(triage.rules.map(\.rule.id))")
        }
    }

    @Test func explainsItself() throws {
        let text = "Ihr seid doch alle Vollidioten."
        let triage = classifier.classify(text)
        #expect(triage.category == .insult)
        let reason = try #require(triage.reasons.first)
        #expect(reason.rule.id == "insult.de.person")
        #expect(reason.matched == "Vollidioten")
        #expect(String(decoding: Array(text.utf8)[reason.span], as: UTF8.self) == "Vollidioten")
        #expect(triage.fired("insult.addressed"))
        #expect(triage.scores[.insult] > 0.75 && triage.scores[.insult] <= 1)
        let threat = classifier.classify("Ich werde dich morgen umbringen")
        #expect(threat.reasons.first?.rule.id == "threat.intent-harm")
        #expect(threat.reasons.first?.matched == "Ich werde dich morgen umbringen")
    }

    @Test func negationTurnsPraiseAndCancelsAdjectives() {
        #expect(classifier.classify("Das ist nicht toll.").fired("criticism.de.negated-praise"))
        #expect(classifier.classify("Not great, honestly.", language: "en").category == .criticism)
        #expect(classifier.classify("Die Idee ist gar nicht dumm.").scores[.insult] == 0)
    }

    @Test func identicalTextsBecomeSpam() {
        let text = "Netzentgelte runter, jetzt!"
        #expect(classifier.classify(text).category != .spam)
        #expect(classifier.classify(text, identicalSeen: 1).scores[.spam] > 0)
        #expect(classifier.classify(text, identicalSeen: 3).category == .spam)
        #expect(classifier.classify(text, identicalSeen: 20).scores[.spam] > classifier.classify(text, identicalSeen: 3).scores[.spam])
    }

    @Test func isDeterministic() {
        let texts = Self.german.map(\.0) + Self.english.map(\.0)
        let first = texts.map { classifier.classify($0) }
        let again = texts.map { RuleClassifier().classify($0) }
        #expect(first == again)
    }

    @Test func hostileInputDoesNotTrip() {
        for text in ["", " ", "???", "\u{1B}[31m", String(repeating: "ä", count: 5000), "🙂🙂🙂🙂", "a'", "'", "0", "+", "(0", "x.", "…", "|LBR|"] {
            _ = classifier.classify(text)
        }
    }
}
