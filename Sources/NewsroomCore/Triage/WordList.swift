/// A list of words that either speak for a category (with a rule) or only mark a cue for the
/// patterns, or both. Words are written in a small notation, normalised like comments are:
///
/// - `idiot(en|in|innen)`: the word with these endings (and without);
/// - `dumm~a`, `pfosten~n`, `mobb~v`: adjective, noun or verb endings;
/// - `dreck*`: a compound head, any word beginning so; `*sau(en)`: a compound tail;
/// - `*scheiss*`: anywhere inside a word;
/// - `klick hier`: a phrase, word by word (its last word may end in `*`).
///
/// Umlauts may be written as such: `dämlich` also finds "daemlich" and "damlich".
struct WordList: Sendable {
    enum Negation: Sendable {
        /// A negation before it does not matter ("kein Idiot" is still read as one).
        case ignored
        /// A negation within three words before it cancels it ("nicht dumm").
        case cancels
        /// A negation before it fires this rule instead ("nicht gut" is criticism, not praise).
        case turns(TriageRule)
    }

    let rule: TriageRule?
    let cues: Cue
    let language: TriageLanguage?
    let negation: Negation
    let words: [String]

    init(_ rule: TriageRule?, cues: Cue = [], _ language: TriageLanguage?, negation: Negation = .ignored, _ words: [String]) {
        self.rule = rule
        self.cues = cues
        self.language = language
        self.negation = negation
        self.words = words
    }

    static let endings: [Character: [String]] = [
        "a": ["e", "en", "er", "es", "em", "ste", "sten", "ster", "stes", "ere", "eren", "erer"],
        "n": ["e", "en", "n", "s", "es", "er", "ern", "in", "innen"],
        "v": ["e", "en", "st", "t", "et", "te", "ten", "test", "tet", "end", "ende"],
        "e": ["s", "ed", "ing", "er", "ers", "es"],
    ]
}

/// The two languages the lists are written in; a list without one applies to both.
enum TriageLanguage: String, Sendable {
    case de, en
}
