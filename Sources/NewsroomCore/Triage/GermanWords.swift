/// The German word lists, one per rule. Written for comments under a company's posts and checked
/// against the GermEval 2018 training tweets (which words insult, which only swear); the lists name
/// no people and no tweets.
enum GermanWords {
    static let lists: [WordList] = [
        WordList(TriageRule("insult.de.person", .insult, 0.75, "insulting word for a person"), cues: .insultNoun, .de, [
            "*idiot(en|in|innen|s)", "*trottel(s|n)", "*depp(en|in|innen|s)", "*pfosten", "*versager(in|innen|n)",
            "*penner(in|innen|n)", "*wichser(s|n)", "*arschloch", "*arschloecher(n)", "*arschgeige(n)", "*arschkriecher",
            "*hurensohn", "*hurensoehne(n)", "*spast(en|i|is|en)", "spacko(s)", "mongo(s)", "*schwachkopf", "*schwachkoepfe(n)",
            "*dummkopf", "*dummkoepfe(n)", "*schwaetzer(in|innen|n)", "*honk(s|s)", "*clown(s)", "*luegner(in|innen|n)",
            "*luegenbaron(e|en)", "*luegenmaul", "*heuchler(in|innen|n)", "*schmarotzer(in|innen|n)", "*parasit(en)",
            "*abschaum", "*gesindel", "pack", "*dreckspack", "*geschmeiss", "*ungeziefer", "*schwein(e|en|s)",
            "schweine*", "*sau", "*saeue(n)", "dreck*", "*verraeter(in|innen|n)", "*schlampe(n)",
            "*fotze(n)", "nutte(n)", "*missgeburt(en)", "*untermensch(en)", "*pisser(s|n)", "*kackbratze(n)", "*witzfigur(en)",
            "*hampelmann", "*hampelmaenner(n)", "*hirni(s)", "*hohlkopf", "*hohlkoepfe(n)", "*holzkopf", "*hohlbirne(n)",
            "*vollhorst(e|s)", "*lappen", "*bonze(n)", "*gutmensch(en)", "*schreibtischhengst(e|en)", "*luegenpresse",
            "*systempresse", "*volltrottel", "*knallkopf", "*knallkoepfe", "*spinner(in|innen|n)", "*psychopath(en|in)",
            "*kriecher", "*versifft~a", "*gesocks", "*pappnase(n)", "*flachpfeife(n)", "pfeife(n)", "*lusche(n)",
            "*hetzer(in|innen|n)", "*bimbo(s)", "*kanake(n)", "*neger(n)", "*zigeuner(n)", "musel*", "*asylant(en)",
            "*invasor(en)", "*messermaenner(n)", "*messermann", "*kinderficker", "*sozialschmarotzer", "*vollpfosten",
            "*fettsack", "*fettsaecke", "*bastard(e|s)", "*drecksack", "affe(n)", "zecke(n)", "*kakerlake(n)",
            "weib(er)", "*grossmaul", "*grossmaeuler", "*spacken", "feigling(e|en)", "*speichellecker", "*dummbacke(n)",
            "*heuschrecken", "*brut", "*miststueck", "*bande", "blagen", "lachnummer(n)", "psycho(s)", "*pack",
            "*sozialtourist(en)", "*schmutzfink(en)", "*kotzbrocken", "*schleimer", "*schleimscheisser",
        ]),
        WordList(TriageRule("insult.de.political", .insult, 0.45, "political label used as an insult"), cues: .insultNoun, .de, [
            "*nazi(s)", "*faschist(en|in|innen)", "*kommunist(en)", "*sozi(s)", "*terrorist(en)", "*rassist(en|in|innen)",
        ]),
        WordList(TriageRule("insult.de.adjective", .insult, 0.42, "insulting adjective"), cues: .insultAdjective, .de, negation: .cancels, [
            "*dumm~a", "*bloed~a", "*daemlich~a", "bescheuert~a", "behindert~a", "beknackt~a", "*hirnlos~a", "unfaehig~a",
            "inkompetent~a", "erbaermlich~a", "armselig~a", "widerlich~a", "ekelhaft~a", "abartig~a", "asozial~a",
            "primitiv~a", "verlogen~a", "geisteskrank~a", "gestoert~a", "verbloedet~a",
            "bekloppt~a", "verkommen~a", "minderbemittelt~a", "hinterfotzig~a", "ekelig~a", "eklig~a",
            "verschissen~a", "verfault~a", "jaemmerlich~a", "debil~a", "schwachsinnig~a", "schwachsinn", "*gehirnamputiert~a",
        ]),
        WordList(TriageRule("insult.de.phrase", .insult, 0.7, "insulting phrase aimed at someone"), .de, [
            "fick dich", "fickt euch", "fick euch", "leck mich", "leckt mich", "halt die fresse", "halt dein maul", "halts maul",
            "haltet die fresse", "haltet das maul", "verpiss dich", "verpisst euch", "geh sterben", "fresse halten",
            "was fuer ein haufen", "haufen versager", "haufen idioten",
        ]),
        WordList(TriageRule("profanity.de.swear", .profanity, 0.6, "swearword"), .de, [
            "*scheis*", "verdammt~a", "verflucht~a", "mist", "bockmist", "riesenmist", "kacke", "*kacke", "kack*", "arsch",
            "fick*", "verfickt~a", "kotz*", "*pisse", "piss*", "zur hoelle", "zum teufel", "mistding", "mistkerl", "anal*",
            "zum kotzen", "kotzt mich an", "verarsch*", "*verarsche", "maul halten", "sein maul", "ihr maul", "dummes maul",
        ]),
        WordList(TriageRule("defamation.de.accusation", .defamation, 0.5, "accusation of a crime"), .de, [
            "schmiergeld*", "bestech*", "bestoch~a", "korrupt~a", "korruption", "gefaelscht~a", "faelscht", "faelschung(en)",
            "vorbestraft~a", "veruntreu*", "unterschlag*", "betrueger(in|innen|n|isch|ische)", "kriminell~a", "verbrecher(in|innen|n)",
            "mafia", "kinderschaender(n)", "vergewaltiger(n)", "steuerhinterzieh*", "schwarzgeld(er)", "in die eigene tasche",
            "luegt", "belogen", "betrogen", "abgezockt",
        ]),
        WordList(TriageRule("defamation.de.certainty", .defamation, 0.3, "stated as known fact"), .de, [
            "weiss hier jeder", "weiss doch jeder", "jeder weiss", "fragt mal nach", "nachweislich", "wie jeder weiss",
        ]),
        WordList(TriageRule("threat.de.phrase", .threat, 0.7, "threatening phrase"), .de, [
            "sonst passiert was", "sonst passiert etwas", "sonst knallt es", "sonst knallts", "pass bloss auf", "passt bloss auf",
            "blicken lassen", "nicht mehr allein", "ihr werdet es bereuen", "du wirst es bereuen", "werdet ihr bereuen",
            "wirst du bereuen", "dein letzter tag", "euer letzter tag", "an die wand stellen", "an die wand gestellt",
            "eine kugel", "kugel verdient", "wir kriegen euch", "wir kriegen dich", "ich kriege dich", "ich krieg dich",
            "wehe euch", "wehe dir", "sollen sie absaufen", "sollen absaufen", "aufs maul", "in die fresse", "die fresse polieren", "abgestochen", "abgeknallt", "umgebracht",
        ]),
        WordList(TriageRule("doxxing.de.private", .doxxing, 0.5, "names someone's private details"), .de, [
            "privates profil", "privaten profil", "private nummer", "private adresse", "privatadresse", "privatnummer",
            "handynummer", "handy", "mit vollem namen", "wohnt in", "wohnt uebrigens", "wohnt im", "wohnt am", "wohnt an",
            "wohnadresse", "heisst mit vollem namen", "ihre nummer", "seine nummer", "ihre adresse", "seine adresse",
        ]),
        WordList(TriageRule("tradeSecret.de.internal", .tradeSecret, 0.45, "internal or confidential information"), .de, [
            "intern~a", "internes wiki", "vertraulich~a", "geheim~a", "streng geheim", "insider*", "nicht oeffentlich",
            "unveroeffentlicht~a", "passwort", "passwoerter", "zugangsdaten", "schutzkonzept", "angebotspreis(e)",
            "noch nicht veroeffentlicht", "vor veroeffentlichung", "quartalszahlen", "geheimhaltung", "verschlusssache",
            "gebot der konkurrenz", "internen", "interna",
        ]),
        WordList(TriageRule("workplacePeace.de.conflict", .workplacePeace, 0.5, "conflict among colleagues"), .de, [
            "mobb~v", "mobbing", "gemobbt", "belaestig*", "diskriminier*", "sexistisch~a", "kaffeekochen", "an den herd",
            "frauen gehoeren", "schaut weg", "schauen weg", "an alle kollegen", "an alle kolleginnen", "quotenfrau(en)",
            "weiber", "nur zum kaffee",
        ]),
        WordList(TriageRule("spam.de.offer", .spam, 0.5, "advertising or scam phrase"), .de, [
            "von zu hause", "von zuhause", "klick hier", "klicke hier", "klickt hier", "link im profil", "link in bio",
            "folge mir", "folgt mir", "schreib mir eine dm", "schreib mir", "gewinnspiel", "krypto*", "bitcoin", "btc",
            "nur heute", "gratis", "verdiene*", "geld verdienen", "ohne anbieterwechsel", "jetzt zugreifen", "abonnier*",
            "tipps zum geldsparen", "rabattcode",
        ]),
        WordList(TriageRule("offTopic.de.aside", .offTopic, 0.6, "unrelated to the post"), .de, [
            "weiss jemand", "hat jemand", "kennt jemand", "weihnachtsmarkt", "spiel gesehen", "fussball", "foto gemacht",
            "tolle kamera", "an alle die das",
        ]),
        WordList(TriageRule("offTopic.de.greeting", .offTopic, 0.3, "a greeting"), .de, [
            "gruesse aus", "gruss aus", "schoenes wochenende", "guten morgen", "moin",
        ]),
        WordList(TriageRule("criticism.de.negative", .criticism, 0.45, "negative judgement"), .de,
                 negation: .turns(TriageRule("praise.de.litotes", .praise, 0.3, "negated negative (\"nicht schlecht\")")), [
            "schlecht~a", "katastrophal~a", "katastrophe", "enttaeusch*", "unverschaemt~a", "frech~a", "frechheit", "peinlich~a",
            "laecherlich~a", "skandal*", "unmoeglich~a", "mies~a", "traurig~a", "teuer~a", "teure~a", "abzocke", "abzock*",
            "zumutung", "unzumutbar~a", "leider", "sauer", "wuetend~a", "versagt", "versagen", "verspaetet~a", "schoenfaerberei",
            "greenwashing", "hochglanz*", "werbung", "transparenz", "unzuverlaessig~a", "chaos", "chaotisch~a", "nervig~a",
            "aergerlich~a", "aerger", "schade", "zu spaet", "kein service", "gefragt hat uns keiner", "stoerung(en)",
            "ausfall", "stromausfall", "stuerzt", "funktioniert nicht", "geht nicht", "nicht erreichbar", "gestiegen", "falsch",
            "ueberteuert~a", "kritik", "reicht es", "reicht mir", "unfair~a", "ungerecht~a", "intransparent~a", "miserabel~a",
            "desaster", "bloedsinn", "unsinn", "quatsch", "sinnlos~a", "nutzlos~a", "verschwendung", "steuergeld(er)",
        ]),
        WordList(TriageRule("criticism.de.impatience", .criticism, 0.45, "impatience or a rhetorical question"), .de, [
            "endlich", "schon wieder", "immer noch", "wie passt das zusammen", "wieso eigentlich", "warum eigentlich",
            "was soll das", "seit wochen", "seit monaten", "seit jahren", "warum nicht erst", "ich warte seit", "warte seit",
            "warten seit", "immer nur", "wieder ein", "wieder mal", "keiner erwaehnt", "hat keiner", "wo bleibt",
        ]),
        WordList(TriageRule("criticism.de.wish", .criticism, 0.45, "what would be better (\"wäre schön, wenn\")"), .de, [
            "waere schoen", "waere nett*", "waere besser", "waere toll", "waere aber", "noch netter", "noch besser", "haette man", "sollte man lieber", "bitte mal",
            "statt werbung", "mehr transparenz",
        ]),
        WordList(TriageRule("praise.de.positive", .praise, 0.5, "praise"), .de,
                 negation: .turns(TriageRule("criticism.de.negated-praise", .criticism, 0.5, "negated praise (\"nicht gut\")")), [
            "toll~a", "super", "klasse", "grossartig~a", "prima", "spitze", "wunderbar~a", "gut gemacht", "sehr gut", "richtig gut",
            "weiter so", "vielen dank", "dankeschoen", "danke an", "respekt", "starke leistung", "bravo", "glueckwunsch",
            "gratulation", "gratuliere", "begeistert~a", "freundlich~a", "hilfsbereit~a", "kompetent~a", "beeindruckend~a",
            "vorbildlich~a", "gefaellt mir", "genial~a", "perfekt~a", "geholfen", "gute nachrichten", "schoener beitrag",
            "sehr schoen", "klasse arbeit", "top", "hervorragend~a", "lob", "daumen hoch", "so geht",
        ]),
        WordList(TriageRule("praise.de.thanks", .praise, 0.3, "thanks"), .de, negation: .cancels, ["danke", "dank"]),
        WordList(TriageRule("criticism.de.sarcasm", .criticism, 0.55, "sarcasm (\"na toll\")"), .de, [
            "na toll", "na super", "ganz toll", "danke fuer nichts", "vielen dank auch", "ja klar", "herzlichen dank auch",
            "bravo echt", "wie toll",
        ]),
        WordList(TriageRule("question.de.ask", .question, 0.35, "asks something"), .de, [
            "gibt es", "kann man", "kann ich", "koennt ihr", "koennen sie", "wisst ihr", "ab wann", "frage an", "eine frage",
            "wo finde ich", "wie bewerbe", "bekommt man", "muss man", "darf man", "werden die", "ist das",
        ]),
        WordList(TriageRule("factClaim.de.claim", .factClaim, 0.45, "claims a fact"), .de, [
            "studie(n)", "statistik(en)", "in wahrheit", "tatsaechlich", "fakt ist", "stimmt nicht", "stimmt doch", "das stimmt",
            "stand in der zeitung", "in der zeitung", "belegt", "bewiesen", "verschweig*", "verschwiegen", "abgebaut",
            "geschoent~a", "gar nicht drin", "im verzug", "mehr stellen", "gelogen", "nachweislich",
        ]),
        WordList(TriageRule("factClaim.de.hint", .factClaim, 0.3, "talks about facts and sources"), .de, [
            "laut", "fakt", "fakten", "bericht", "berichtet", "zahlen", "prozent", "quelle", "erdgas", "wahrheit",
        ]),
    ]

    /// Words that contain a listed word without being one.
    static let allow = [
        "analys*", "analyt*", "analog*", "analphabet*", "schweinfurt*", "schweinefleisch*", "schweinebraten*", "schweinepest*",
        "schweinezucht*", "schweinehalt*", "schweinegrippe*", "meerschwein*", "wildschwein*", "passau*", "bestechend*",
        "kotzebue*", "mistel*", "dessau*", "nassau*", "antifaschist*", "antirassist*", "shitstorm*", "neonazi*",
        "bandeau*", "brutal*", "brutto*", "pack*", "spackeln",
    ]
}
