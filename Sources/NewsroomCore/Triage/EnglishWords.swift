/// The English word lists, one per rule, in the same notation as the German ones. English
/// swearwords that turn up in German comments ("fuck", "shit") apply to both languages.
enum EnglishWords {
    static let lists: [WordList] = [
        WordList(TriageRule("insult.en.person", .insult, 0.75, "insulting word for a person"), cues: .insultNoun, .en, [
            "idiot(s)", "moron(s)", "imbecile(s)", "cretin(s)", "dumbass(es)", "jackass(es)", "asshole(s)", "arsehole(s)",
            "dickhead(s)", "douchebag(s)", "scumbag(s)", "loser(s)", "clown(s)", "bastard(s)", "bitch(es)", "slut(s)",
            "whore(s)", "prick(s)", "twat(s)", "wanker(s)", "retard(s)", "liar(s)", "hypocrite(s)", "parasite(s)", "scum",
            "vermin", "pig(s)", "rat(s)", "muppet(s)", "numpty", "halfwit(s)", "nitwit(s)", "fool(s)", "crook(s)", "thief",
            "thieves", "degenerate(s)", "lunatic(s)", "psycho(s)", "morons",
        ]),
        WordList(TriageRule("insult.en.adjective", .insult, 0.42, "insulting adjective"), cues: .insultAdjective, .en, negation: .cancels, [
            "stupid", "dumb", "idiotic", "clueless", "incompetent", "brainless", "pathetic", "disgusting", "retarded",
            "worthless", "useless", "moronic", "braindead", "spineless", "corrupt", "lying", "greedy", "shameless",
        ]),
        WordList(TriageRule("insult.en.phrase", .insult, 0.7, "insulting phrase aimed at someone"), .en, [
            "fuck you", "screw you", "fuck off", "shut up", "go to hell", "piss off", "bunch of", "get lost", "kiss my",
        ]),
        WordList(TriageRule("profanity.any.swear", .profanity, 0.6, "swearword"), nil, [
            "fuck*", "*fucking", "shit*", "*shit", "wtf", "fck", "fuk", "bullshit",
        ]),
        WordList(TriageRule("profanity.en.swear", .profanity, 0.55, "swearword"), .en, [
            "damn*", "goddamn*", "what the hell", "the hell", "hell no", "crap*", "bloody", "piss*", "sucks", "suck", "omfg", "jesus christ",
        ]),
        WordList(TriageRule("defamation.en.accusation", .defamation, 0.5, "accusation of a crime"), .en, [
            "bribe(s|d|ry)", "embezzle*", "fraud*", "criminal record", "cooked the books", "kickback(s)", "laundering",
            "corruption", "stole", "stealing", "fraudster(s)", "rigged", "lies about",
        ]),
        WordList(TriageRule("defamation.en.certainty", .defamation, 0.3, "stated as known fact"), .en, [
            "everyone knows", "everybody knows", "it is known", "ask around", "proven",
        ]),
        WordList(TriageRule("threat.en.phrase", .threat, 0.7, "threatening phrase"), .en, [
            "watch your back", "or else", "you will pay", "you will regret", "will regret this", "your last day",
            "you are dead", "you will be sorry", "we will get you", "i will get you", "coming for you", "better watch out",
        ]),
        WordList(TriageRule("doxxing.en.private", .doxxing, 0.5, "names someone's private details"), .en, [
            "private number", "home address", "lives at", "lives in", "her number", "his number", "full name",
            "private profile", "phone number", "her address", "his address",
        ]),
        WordList(TriageRule("tradeSecret.en.internal", .tradeSecret, 0.45, "internal or confidential information"), .en, [
            "internal", "confidential", "insider*", "not public", "unreleased", "leaked", "leak", "password", "bid price",
            "top secret", "classified", "under nda", "nda",
        ]),
        WordList(TriageRule("workplacePeace.en.conflict", .workplacePeace, 0.5, "conflict among colleagues"), .en, [
            "bully", "bullies", "bullying", "bullied", "harass*", "mobbing", "discriminat*", "looks away", "look away",
            "to all colleagues", "sexist",
        ]),
        WordList(TriageRule("spam.en.offer", .spam, 0.5, "advertising or scam phrase"), .en, [
            "click here", "link in bio", "link in my bio", "follow me", "dm me", "giveaway", "crypto*", "bitcoin", "btc",
            "only today", "limited offer", "earn", "from home", "casino", "subscribe", "promo code", "make money",
        ]),
        WordList(TriageRule("offTopic.en.aside", .offTopic, 0.6, "unrelated to the post"), .en, [
            "anyone know", "does anyone", "greetings from", "place to eat", "the game", "good restaurant", "happy weekend",
        ]),
        WordList(TriageRule("criticism.en.negative", .criticism, 0.45, "negative judgement"), .en,
                 negation: .turns(TriageRule("praise.en.litotes", .praise, 0.3, "negated negative (\"not bad\")")), [
            "bad", "terrible", "awful", "horrible", "disappointing", "disappointed", "shame", "shameful", "expensive",
            "outrageous", "ridiculous", "unacceptable", "broken", "outage", "failure", "failed", "fail", "worst", "poor",
            "overpriced", "greenwashing", "glossy", "nothing about", "went up", "waste", "nonsense", "unfair", "joke",
        ]),
        WordList(TriageRule("criticism.en.impatience", .criticism, 0.45, "impatience or a rhetorical question"), .en, [
            "still waiting", "finally", "how does that fit", "again", "for weeks", "for months", "for years", "why not",
            "once again", "seriously", "what is the point",
        ]),
        WordList(TriageRule("praise.en.positive", .praise, 0.5, "praise"), .en,
                 negation: .turns(TriageRule("criticism.en.negated-praise", .criticism, 0.5, "negated praise (\"not great\")")), [
            "great", "awesome", "amazing", "excellent", "fantastic", "wonderful", "brilliant", "impressive", "love", "well done",
            "good job", "great job", "keep it up", "congratulations", "congrats", "respect", "kudos", "bravo", "helpful",
            "friendly", "honesty", "proud", "nice", "good work", "great work", "superb", "outstanding",
        ]),
        WordList(TriageRule("praise.en.thanks", .praise, 0.3, "thanks"), .en, negation: .cancels, ["thanks", "thank you", "thx"]),
        WordList(TriageRule("criticism.en.sarcasm", .criticism, 0.55, "sarcasm (\"thanks for nothing\")"), .en, [
            "thanks for nothing", "yeah right", "oh great", "oh wonderful", "sure thing", "slow clap",
        ]),
        WordList(TriageRule("question.en.ask", .question, 0.35, "asks something"), .en, [
            "is there", "are there", "can i", "can you", "could you", "do you", "does the", "is the", "are the", "any idea",
            "anyone know", "how do", "how can", "quick question", "i wonder",
        ]),
        WordList(TriageRule("factClaim.en.claim", .factClaim, 0.45, "claims a fact"), .en, [
            "according to", "fact is", "the fact", "actually", "in fact", "not true", "study", "studies", "statistics",
            "report", "data shows", "percent", "was late", "the truth", "made from", "proof", "evidence",
        ]),
    ]
}
