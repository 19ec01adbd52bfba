/// Words that mark a cue for the patterns without speaking for a category on their own: pronouns,
/// intent verbs, harm verbs, negations, question words, and the common words that tell German
/// from English.
enum CueWords {
    static let lists: [WordList] = [
        WordList(nil, cues: .firstPerson, nil, ["ich", "wir", "ick", "isch", "i", "we"]),
        WordList(nil, cues: .intent, .de, ["werde", "werden", "werd", "will", "wollen", "wuerde", "wuerden", "wolln"]),
        WordList(nil, cues: .intent, .en, ["will", "gonna", "going", "shall", "wanna", "would"]),
        WordList(nil, cues: .target, .de, ["dich", "dir", "euch", "ihn", "ihm", "sie", "deine~a", "eure~a", "euer", "dein", "deinen"]),
        WordList(nil, cues: .target, .en, ["you", "him", "her", "them", "your", "ya"]),
        WordList(nil, cues: .secondPerson, .de, ["du", "ihr", "euch", "dich", "eure~a", "euer"]),
        WordList(nil, cues: .secondPerson, .en, ["you", "your", "ya", "u"]),
        WordList(nil, cues: .copula, .de, ["bist", "seid", "sind", "ist", "wirst", "werdet", "waerst"]),
        WordList(nil, cues: .copula, .en, ["are", "is", "be", "were", "r"]),
        WordList(nil, cues: .harm, .de, [
            "umbring*", "umgebracht", "toet*", "abstech*", "erstech*", "erschies*", "abknall*", "kaltmach*", "aufhaeng*",
            "aufknuepf*", "verpruegel*", "zusammenschlag*", "vergas*", "erwuerg*", "abschlacht*", "abfackel*", "hinricht*",
            "ermord*", "massakrier*", "lynch*",
        ]),
        WordList(nil, cues: .harm, .en, ["kill*", "murder*", "shoot", "stab", "strangle", "slaughter", "behead", "lynch", "hang", "beat", "hurt"]),
        WordList(nil, cues: .weakHarm, .de, ["finden", "kriegen", "erwischen", "besuchen", "holen", "fertigmachen", "fertig"]),
        WordList(nil, cues: .weakHarm, .en, ["find", "get", "catch", "visit", "hunt"]),
        WordList(nil, cues: .separableHarm, .de, ["bring(e)", "stech(e)", "knall(e)", "mach(e)", "schlag(e)", "hau(e)"]),
        WordList(nil, cues: .harmParticle, .de, ["um", "ab", "kalt", "fertig", "tot", "zusammen", "platt", "kaputt"]),
        WordList(nil, cues: .dead, .de, ["tot", "erledigt", "geliefert"]),
        WordList(nil, cues: .dead, .en, ["dead", "done for", "finished"]),
        WordList(nil, cues: .fire, .de, ["brennt", "brennen", "abfackeln", "anzuenden", "anzuend*", "abbrennen", "angezuendet", "fackeln"]),
        WordList(nil, cues: .fire, .en, ["burn", "burns", "torch", "blow up", "explode"]),
        WordList(nil, cues: .belong, .de, ["gehoert", "gehoeren", "sollte", "sollten", "muesste", "muessten"]),
        WordList(nil, cues: .punished, .de, [
            "erschossen", "aufgehaengt", "vergast", "gehaengt", "gesteinigt", "erschlagen", "an die wand", "aufgeknuepft",
            "gelyncht", "verbrannt", "ertraenkt", "erhaengt",
        ]),
        WordList(nil, cues: .negation, .de, ["nicht", "kein~a", "nie", "niemals", "nix", "nichts"]),
        WordList(nil, cues: .negation, .en, ["not", "no", "never", "nothing", "hardly"]),
        WordList(nil, cues: .questionWord, .de, [
            "wie", "warum", "wieso", "weshalb", "wann", "wo", "wer", "was", "welche~a", "wieviel(e)", "woher", "wohin", "wozu",
            "womit", "gibt", "kann", "koennt", "koennen", "ist", "sind", "hat", "habt", "werden", "wird", "bekommt", "darf",
        ]),
        WordList(nil, cues: .questionWord, .en, [
            "how", "why", "when", "where", "who", "what", "which", "whom", "whose", "can", "could", "do", "does", "is", "are",
            "will", "would", "should", "did",
        ]),
        WordList(nil, cues: .contrast, .de, ["aber", "trotzdem", "jedoch", "allerdings", "statt", "stattdessen"]),
        WordList(nil, cues: .contrast, .en, ["but", "however", "yet", "instead"]),
        WordList(nil, cues: .know, .de, ["weiss", "wissen", "weis", "kenne", "kennen"]),
        WordList(nil, cues: .know, .en, ["know", "knows"]),
        WordList(nil, cues: .whereWord, .de, ["wo", "wohin"]),
        WordList(nil, cues: .whereWord, .en, ["where"]),
        WordList(nil, cues: .live, .de, ["wohnst", "wohnt", "wohnen", "wohnt", "lebst", "parkst", "steht", "arbeitest", "schlaefst"]),
        WordList(nil, cues: .live, .en, ["live", "lives", "park", "work", "sleep"]),
        WordList(nil, cues: .streetName, .de, [
            "*strasse", "*str", "*weg", "*allee", "*gasse", "*platz", "*ring", "*damm", "*chaussee", "*ufer", "*stieg",
        ]),
        WordList(nil, cues: .streetWord, .en, ["street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "close", "way"]),
        WordList(nil, cues: .unit, nil, [
            "prozent", "euro", "eur", "mio", "millionen", "million", "millions", "mrd", "milliarden", "billion", "stellen",
            "jobs", "jahre", "jahr", "monate", "monaten", "kwh", "mw", "gw", "tonnen", "percent", "years", "months", "dollar",
        ]),
        WordList(nil, cues: .person, .de, [
            "vorstand", "vorstaende", "chef(in|s)", "ceo", "geschaeftsfuehrer(in)", "*leiter(in)", "sprecher(in)", "manager(in)",
            "minister(in)", "buergermeister(in)", "typ", "direktor(in)", "praesident(in)", "aufsichtsrat",
        ]),
        WordList(nil, cues: .person, .en, ["ceo", "boss", "manager", "director", "spokesperson", "chairman", "minister", "guy", "mayor"]),
        WordList(nil, cues: .colleague, .de, [
            "kollege~n", "kolleginnen", "kollegin", "belegschaft", "azubi(s)", "mitarbeiter~n", "mitarbeitende(n)",
            "*schichtleiter(in)", "*teamleiter(in)", "fuehrung", "kundenservice",
        ]),
        WordList(nil, cues: .colleague, .en, ["colleague(s)", "coworker(s)", "staff", "team lead", "new hires", "management"]),
        WordList(nil, cues: .german, nil, [
            "der", "die", "das", "und", "ist", "nicht", "ich", "wir", "ihr", "sie", "ein", "eine", "mit", "auf", "fuer", "dass",
            "es", "zu", "von", "den", "dem", "auch", "noch", "aber", "doch", "wie", "sind", "bei", "mal", "schon", "nur", "euch",
            "du", "wird", "werden", "haben", "oder", "wenn", "kein", "keine", "mehr", "hier", "jetzt", "immer", "sich", "uns",
        ]),
        WordList(nil, cues: .english, nil, [
            "the", "and", "is", "not", "you", "we", "they", "of", "to", "it", "this", "that", "for", "with", "are", "have", "be",
            "my", "your", "what", "how", "why", "just", "but", "our", "their", "there", "been", "would", "should", "from", "about",
        ]),
    ]

    /// The threat and doxxing patterns over these cues.
    static let patterns: [CuePattern] = [
        CuePattern(TriageRule("threat.intent-harm", .threat, 0.85, "first person, intent and a harm verb"), nil, .firstPerson, (2, .intent), (4, .harm)),
        CuePattern(TriageRule("threat.intent-find", .threat, 0.6, "first person, intent and coming for someone"), nil,
                   .firstPerson, (2, .intent), (2, .target), (3, .weakHarm)),
        CuePattern(TriageRule("threat.intent-find", .threat, 0.6, "first person, intent and coming for someone"), nil,
                   .firstPerson, (2, .intent), (2, .weakHarm), (1, .target)),
        CuePattern(TriageRule("threat.separable", .threat, 0.8, "\"ich bring dich um\""), .de,
                   .firstPerson, (1, .separableHarm), (1, .target), (3, .harmParticle)),
        CuePattern(TriageRule("threat.direct", .threat, 0.75, "first person, harm verb, target"), nil, .firstPerson, (1, .harm), (2, .target)),
        CuePattern(TriageRule("threat.dead", .threat, 0.65, "\"you are dead\""), nil, .secondPerson, (1, .copula), (2, .dead)),
        CuePattern(TriageRule("threat.fire", .threat, 0.6, "setting fire to what is theirs"), nil, .fire, (4, .secondPerson)),
        CuePattern(TriageRule("threat.fire", .threat, 0.6, "setting fire to what is theirs"), nil, .secondPerson, (4, .fire)),
        CuePattern(TriageRule("threat.deserves", .threat, 0.6, "\"gehört erschossen\""), .de, .belong, (4, .punished)),
        CuePattern(TriageRule("doxxing.know-where", .doxxing, 0.8, "\"ich weiß, wo du wohnst\""), nil,
                   .firstPerson, (2, .know), (1, .whereWord), (2, .secondPerson), (3, .live)),
        CuePattern(TriageRule("threat.know-where", .threat, 0.5, "\"ich weiß, wo du wohnst\""), nil,
                   .firstPerson, (2, .know), (1, .whereWord), (2, .secondPerson)),
        CuePattern(TriageRule("insult.addressed", .insult, 0.5, "calling someone names (\"du bist …\")"), nil,
                   .secondPerson, (1, .copula), (3, .insultAdjective)),
        CuePattern(TriageRule("insult.addressed", .insult, 0.5, "calling someone names (\"du bist …\")"), nil,
                   .secondPerson, (1, .copula), (3, .insultNoun)),
    ]
}
