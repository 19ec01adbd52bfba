import NewsroomCore

/// What outside people write under the posts, by category, in German and English: the phrases are
/// invented, in the tone of comment sections under a utility's posts (grid fees, wind farms,
/// jobs). Mixed and extended at random so that 20,000 comments do not read like ten.
enum DemoTexts {
    static let de: [CommentCategory: [String]] = [
        .criticism: [
            "Schön und gut, aber meine Stromrechnung ist trotzdem um 30 % gestiegen. Wie passt das zusammen?",
            "Seit Wochen steht die Baustelle vor unserem Haus still. Wann geht es da endlich weiter?",
            "Immer nur Hochglanz-Posts. Die Störung letzte Woche in Husum hat keiner erwähnt.",
            "Die Windräder vor meiner Haustür nehmen mir die Aussicht, und gefragt hat uns keiner.",
            "Ich warte seit drei Monaten auf meinen Netzanschluss für die Wärmepumpe. Das ist kein Service.",
            "Mehr Transparenz bei den Netzentgelten wäre schön, statt Werbung für die eigene Firma.",
            "Nett, dass ihr Bäume pflanzt. Wäre aber noch netter, wenn die Hotline mal erreichbar wäre.",
            "Euer Rückrufsystem funktioniert nicht. Ich habe dreimal angerufen und nie einen Rückruf bekommen.",
            "Wasserstoff ist ein teurer Umweg. Warum nicht erst mal das Stromnetz fertig bauen?",
            "Die neue App stürzt bei mir jedes Mal beim Foto-Upload ab. Bitte mal testen, bevor ihr das feiert.",
            "Wieder ein Standort, der „gebündelt“ wird. Man weiß doch, was das am Ende heißt.",
            "Als Anwohnerin finde ich die Kommunikation zur Trasse katastrophal. Infos kommen immer zu spät.",
        ],
        .question: [
            "Wie bewerbe ich mich denn für die Ausbildung? Der Link funktioniert bei mir nicht.",
            "Gibt es die Umschulung auch in Teilzeit?",
            "Ab wann kann man beim Windforum die Freitickets abholen?",
            "Wie viele Haushalte werden konkret von dem Umspannwerk versorgt?",
            "Kann man den Zählerstand auch ohne App melden?",
            "Werden die Netzentgelte für Wärmepumpen gesondert berechnet?",
            "Ist das Duale Studium auch für Quereinsteiger ab 30 offen?",
            "Wo genau verläuft die neue Wasserstoffleitung? Gibt es eine Karte?",
            "Bekommt man als Azubi ein Deutschlandticket bezahlt?",
            "Wer ist denn bei euch für Baustellen in Lübeck zuständig?",
        ],
        .praise: [
            "Toll! Endlich mal gute Nachrichten aus der Region. 👏",
            "Großartige Arbeit, weiter so! 💪",
            "Danke an das Montageteam, die waren bei uns super freundlich.",
            "Meine Tochter macht bei euch die Ausbildung und ist total begeistert. ❤️",
            "Starke Leistung, gerade bei dem Wetter letzte Woche! 🙏",
            "So geht Energiewende. Respekt!",
            "Die Hotline hat mir heute Nacht wirklich schnell geholfen. Danke!",
            "Sehr schöner Beitrag, so ehrlich über Fehler zu schreiben ist selten. #learnfromit",
        ],
        .factClaim: [
            "Stimmt doch gar nicht, die Netzentgelte steigen bei euch um 25 % und nicht um drei Euro.",
            "Das Umspannwerk war über ein Jahr im Verzug, das stand sogar in der Zeitung.",
            "Ihr habt letztes Jahr 300 Stellen abgebaut, das verschweigt ihr hier.",
            "Der Wasserstoff für die Busse kommt in Wahrheit aus Erdgas, nicht aus Wind.",
            "Die CO₂-Zahlen sind geschönt, da sind die Netzverluste gar nicht drin.",
            "Im Servicezentrum fallen doch mehr Stellen weg als neu entstehen.",
        ],
        .offTopic: [
            "Weiß jemand, ob der Weihnachtsmarkt in Kiel dieses Jahr länger offen hat?",
            "Wer hat das Foto gemacht? Tolle Kamera!",
            "Hat jemand gestern das Spiel gesehen? ⚽",
            "Grüße aus Flensburg an alle, die das hier lesen! 🌊",
        ],
        .profanity: [
            "Scheiße, schon wieder Stromausfall bei uns im Dorf.",
            "Verdammt noch mal, wann kommt endlich der Techniker?",
            "So ein Mist, die App geht schon wieder nicht. 🤬",
            "Das ist doch alles Kacke mit den Preisen.",
        ],
        .insult: [
            "Ihr seid doch alle unfähige Schreibtischhengste.",
            "Was für ein Haufen Versager in eurer Chefetage.",
            "Der Typ auf dem Foto ist doch ein Vollpfosten.",
            "Euer Pressesprecher ist ein Lügenbaron und ein Idiot.",
        ],
        .defamation: [
            "Der Vorstand hat sich das Umspannwerk von Schmiergeldern bauen lassen, das weiß hier jeder.",
            "Die Bereichsleiterin hat nachweislich Bilanzen gefälscht.",
            "Euer Standortleiter in Emden ist vorbestraft, fragt mal nach.",
        ],
        .threat: [
            "Wenn die Trasse kommt, brennt bei euch der Bagger. Versprochen.",
            "Euer Monteur sollte sich in unserer Straße nicht mehr blicken lassen, sonst passiert was.",
            "Wer so etwas entscheidet, sollte nachts nicht mehr allein unterwegs sein.",
        ],
        .workplacePeace: [
            "An alle Kollegen in der Leitwarte: Unser Schichtleiter mobbt seit Monaten die Azubis, und die Führung schaut weg.",
            "Die Kolleginnen aus dem Kundenservice sind doch nur zum Kaffeekochen da, das sagt hier jeder intern.",
        ],
        .tradeSecret: [
            "Kleiner Tipp: Das neue Schutzkonzept für die Leitwarte steht im internen Wiki unter /netz/sec, Passwort ist immer noch das alte.",
            "Insider-Info: Der Angebotspreis für die Ausschreibung Offshore-Cluster liegt bei 412 Mio., das Gebot der Konkurrenz kenne ich auch.",
        ],
        .doxxing: [
            "Der zuständige Teamleiter wohnt übrigens in der Lindenstraße 12 in Heide, Handy 0170 5550123. Besucht ihn doch mal.",
            "Die Dame von der Hotline heißt mit vollem Namen Sandra K., wohnt in Kiel-Gaarden, hier ist ihr privates Profil: …",
        ],
        .spam: [
            "Verdiene 5.000 € im Monat von zu Hause! Klick hier: bit.ly/reich-werden-jetzt 💰💰💰",
            "Günstiger Strom ohne Anbieterwechsel!!! Schreib mir eine DM 📩",
            "🔥 Krypto-Gewinnspiel 🔥 Nur heute: 1 BTC gewinnen, Link im Profil",
            "Folge mir für mehr Tipps zum Geldsparen!!! 👉👉👉",
        ],
    ]

    static let en: [CommentCategory: [String]] = [
        .criticism: [
            "Nice PR, but my bill went up 30% this year. How does that fit?",
            "Still waiting three months for a grid connection for my heat pump. Not great service.",
            "All glossy posts, nothing about last week's outage.",
            "Hydrogen for buses sounds expensive. Why not finish the power grid first?",
        ],
        .question: [
            "How do I apply for the dual study programme from abroad?",
            "Is the electrolyser running on 100% wind power?",
            "Are the free trade fair tickets still available?",
            "Do you hire international engineers without German?",
        ],
        .praise: [
            "Great work, team! 👏", "Love seeing this kind of honesty. #learnfromit", "Impressive progress, congratulations! 🎉",
            "This is what the energy transition looks like. Respect.",
        ],
        .factClaim: [
            "That's not true, the project was more than a year late.", "Your hydrogen is actually made from natural gas.",
        ],
        .offTopic: ["Anyone know a good place to eat near the fair grounds?", "Greetings from São Paulo! 🇧🇷"],
        .profanity: ["Damn, another outage in our area.", "What the hell is going on with your app?"],
        .insult: ["You are all clueless idiots.", "What a bunch of incompetent clowns."],
        .defamation: ["Your CEO took bribes for this contract, everyone knows it."],
        .threat: ["If that cable comes through our village, your trucks will burn."],
        .workplacePeace: ["To all colleagues: our team lead bullies the new hires and management looks away."],
        .tradeSecret: ["Insider tip: the bid price for the offshore tender is 412 million."],
        .doxxing: ["The project manager lives at 12 Linden Street, here is her private number: 0170 5550123."],
        .spam: ["Earn $5,000 a month from home! Click here: bit.ly/get-rich-now 💰", "Free crypto giveaway 🔥 link in bio"],
    ]

    /// Endings that fit the tone: emoji and punctuation as people add them.
    static let friendlyTails = ["", "", "", " 👍", " 🙂", " 🙏", " ⚡", " 👏"]
    static let doubtfulTails = ["", "", " 🤔", " 🙄", " 🤷", " 🧐"]
    static let angryTails = ["", "", " 😡", " 🙄", " !!!", " 🤬", " 😤", " 🙈"]

    /// Sentences added to make some comments long (a full paragraph).
    static let longerDE = [
        "Ich bin seit über zwanzig Jahren Kunde und habe bisher nie etwas gesagt, aber langsam reicht es mir wirklich.",
        "Wir haben uns extra eine Wärmepumpe angeschafft, weil uns das alle empfohlen haben, und jetzt hängen wir in der Warteschleife.",
        "Meine Nachbarn sehen das übrigens genauso, wir haben schon eine Unterschriftenliste angefangen.",
        "Dazu kommt, dass auf der Website ganz andere Zahlen stehen als in eurem Post hier.",
        "Ich erwarte eine ehrliche Antwort und keinen Textbaustein, danke.",
    ]

    /// How people start and end a comment (German), so that the same complaint reads differently.
    static let openersDE = ["Mal ehrlich: ", "Ehrlich gesagt: ", "@Nordlicht AG ", "Frage an die Redaktion: ", "Hm. ",
                            "Also ich weiß nicht. ", "Moin! ", "Sorry. "]
    static let closersDE = [" Danke im Voraus.", " Bin gespannt auf die Antwort.", " Grüße aus {site}.", " Wir in {site} warten immer noch.",
                            " Das musste mal gesagt werden.", " Bitte um Rückmeldung."]
    static let openersEN = ["Honestly: ", "Hi team! ", "Quick question: ", "Hmm. "]

    /// A comment's text: a phrase of the category, sometimes with an opener, a closer, a tail or a
    /// longer paragraph.
    static func comment(_ category: CommentCategory, english: Bool, rng: inout DemoRandom) -> String {
        let bank = (english ? en : de)[category] ?? de[.criticism] ?? ["…"]
        var text = rng.pick(bank)
        if [.criticism, .question, .factClaim].contains(category) {
            if rng.chance(0.3) {
                let openers = (english ? openersEN : openersDE).filter { category == .question || !$0.contains("uestion") && !$0.contains("Frage") }
                text = rng.pick(openers) + text
            }
            if !english, rng.chance(0.25) {
                text += rng.pick(closersDE).replacingOccurrences(of: "{site}", with: rng.pick(DemoStorySeeds.sites))
            }
        }
        if !english, category == .criticism || category == .factClaim, rng.chance(0.12) {
            for _ in 0..<rng.int(2...4) { text += " " + rng.pick(longerDE) }
        }
        switch category {
        case .praise, .offTopic: return text + rng.pick(friendlyTails)
        case .question, .factClaim: return text + rng.pick(doubtfulTails)
        case .spam, .doxxing, .tradeSecret: return text
        default: return text + rng.pick(angryTails)
        }
    }

    // MARK: The newsroom's side

    /// Reply templates in German and English, with placeholders.
    static let templates: [ReplyTemplate] = [
        ReplyTemplate(id: "tpl-kritik-de", name: "Kritik: Danke + Fakten", language: "de",
                      text: "Hallo {author}, danke für Ihre offene Kritik. {fact} Wenn Sie mögen, schreiben Sie uns Ihre Kundennummer per DM, dann kümmern wir uns persönlich.",
                      categories: [.criticism]),
        ReplyTemplate(id: "tpl-frage-de", name: "Frage beantworten", language: "de",
                      text: "Hallo {author}, gute Frage! {fact} Bei weiteren Fragen sind wir hier für Sie da.", categories: [.question]),
        ReplyTemplate(id: "tpl-richtigstellung-de", name: "Richtigstellung mit Quelle", language: "de",
                      text: "Hallo {author}, das möchten wir richtigstellen: {fact} Die Quelle finden Sie auf unserer Website.", categories: [.factClaim]),
        ReplyTemplate(id: "tpl-lob-de", name: "Danke für Lob", language: "de",
                      text: "Danke, {author}! Das geben wir gern an das Team weiter. 💙", categories: [.praise]),
        ReplyTemplate(id: "tpl-ton-de", name: "Hinweis auf Netiquette", language: "de",
                      text: "Hallo {author}, wir verstehen den Ärger. Bitte bleiben Sie sachlich, dann können wir auch sachlich antworten: {fact}",
                      categories: [.profanity, .criticism]),
        ReplyTemplate(id: "tpl-stoerung-de", name: "Störung: an Technik weitergegeben", language: "de",
                      text: "Hallo {author}, das tut uns leid. Wir haben Ihre Meldung an die Technik weitergegeben; die Störungshotline erreichen Sie rund um die Uhr.",
                      categories: [.criticism, .question]),
        ReplyTemplate(id: "tpl-criticism-en", name: "Criticism: thanks + facts", language: "en",
                      text: "Hi {author}, thank you for the honest feedback. {fact} Feel free to DM us so we can look into your case.", categories: [.criticism]),
        ReplyTemplate(id: "tpl-question-en", name: "Answer a question", language: "en",
                      text: "Hi {author}, good question! {fact}", categories: [.question]),
        ReplyTemplate(id: "tpl-correction-en", name: "Correction with source", language: "en",
                      text: "Hi {author}, we would like to correct this: {fact}", categories: [.factClaim]),
        ReplyTemplate(id: "tpl-praise-en", name: "Thanks for praise", language: "en",
                      text: "Thank you, {author}! We will pass this on to the team.", categories: [.praise]),
    ]

    /// The fact that answers a comment: the snippet whose subject the comment is about, else a pointer to the FAQ.
    static func fact(answering comment: String, language: String) -> String {
        let lowered = comment.lowercased()
        let subjects: [(words: [String], snippet: String)] = [
            (["netzentgelt", "rechnung", "preis", "bill"], language == "de" ? "fact-netzentgelte" : "fact-fees-en"),
            (["wasserstoff", "erdgas", "hydrogen", "natural gas"], language == "de" ? "fact-wasserstoff" : "fact-hydrogen-en"),
            (["stellen", "standort", "servicezentrum", "jobs", "hire"], language == "de" ? "fact-stellen" : "fact-jobs-en"),
            (["umspannwerk", "verzug", "late"], "fact-umspannwerk"),
            (["co₂", "co2"], "fact-co2"),
            (["wärmepumpe", "netzanschluss", "heat pump", "grid connection"], "fact-anschluss"),
        ]
        // A plain byte search: Foundation's `contains` goes through NSString and took a tenth of the demo's time.
        let bytes = Array(lowered.utf8)
        for subject in subjects where subject.words.contains(where: { occurs($0, in: bytes) }) {
            if let s = snippets.first(where: { $0.id.rawValue == subject.snippet }), s.language == language { return s.text }
        }
        return language == "de" ? "Die Einzelheiten finden Sie auf nordlicht-ag.example/faq." : "You will find the details at nordlicht-ag.example/faq."
    }

    /// Whether `word` occurs in `text`, byte for byte.
    static func occurs(_ word: String, in text: [UInt8]) -> Bool {
        let w = Array(word.utf8)
        guard let first = w.first else { return true }
        guard w.count <= text.count else { return false }
        for i in 0...(text.count - w.count) where text[i] == first {
            var k = 1
            while k < w.count, text[i + k] == w[k] { k += 1 }
            if k == w.count { return true }
        }
        return false
    }

    /// Fact snippets: concrete facts and figures to answer criticism with.
    static let snippets: [FactSnippet] = [
        FactSnippet(id: "fact-netzentgelte", title: "Netzentgelte", language: "de",
                    text: "Für einen Durchschnittshaushalt (3.500 kWh) steigen die Netzentgelte um rund 3 Euro im Monat; Grund ist der Netzausbau.",
                    source: "Preisblatt Netzentgelte, nordlicht-ag.example/netzentgelte", topics: ["energiewende", "kundenservice"]),
        FactSnippet(id: "fact-umspannwerk", title: "Umspannwerk: Bauzeit", language: "de",
                    text: "Das Umspannwerk wurde in 14 Monaten gebaut, zwei Monate später als ursprünglich geplant, wegen Lieferengpässen bei Transformatoren.",
                    source: "Pressemitteilung", topics: ["energiewende"]),
        FactSnippet(id: "fact-stellen", title: "Beschäftigung", language: "de",
                    text: "Die Zahl der Beschäftigten ist im letzten Jahr um 4 % gestiegen; es gab keine betriebsbedingten Kündigungen.",
                    source: "Geschäftsbericht, S. 38", topics: ["standorte", "karriere"]),
        FactSnippet(id: "fact-wasserstoff", title: "Wasserstoff aus Wind", language: "de",
                    text: "Der Elektrolyseur läuft ausschließlich mit Strom aus Windparks mit Herkunftsnachweis; Erdgas wird nicht eingesetzt.",
                    source: "Projektsteckbrief Elektrolyseur", topics: ["wasserstoff"]),
        FactSnippet(id: "fact-co2", title: "CO₂-Bilanz", language: "de",
                    text: "Die CO₂-Bilanz umfasst Scope 1 und 2 einschließlich der Netzverluste und ist von einer Wirtschaftsprüfung extern geprüft.",
                    source: "Nachhaltigkeitsbericht", topics: ["nachhaltigkeit"]),
        FactSnippet(id: "fact-anschluss", title: "Netzanschluss Wärmepumpe", language: "de",
                    text: "Anträge für Wärmepumpen bearbeiten wir im Schnitt in 19 Arbeitstagen; wir stellen gerade 25 zusätzliche Kolleginnen und Kollegen dafür ein.",
                    source: "Kundenservice-Kennzahlen", topics: ["kundenservice"]),
        FactSnippet(id: "fact-hydrogen-en", title: "Hydrogen from wind", language: "en",
                    text: "The electrolyser runs only on certified wind power; no natural gas is used.", source: "Project fact sheet", topics: ["wasserstoff"]),
        FactSnippet(id: "fact-jobs-en", title: "Jobs", language: "en",
                    text: "Our workforce grew by 4% last year, with no compulsory redundancies.", source: "Annual report, p. 38", topics: ["karriere"]),
        FactSnippet(id: "fact-fees-en", title: "Grid fees", language: "en",
                    text: "For an average household the grid fees rise by about 3 euros a month, to pay for grid expansion.", source: "Grid fee sheet",
                    topics: ["energiewende"]),
    ]
}
