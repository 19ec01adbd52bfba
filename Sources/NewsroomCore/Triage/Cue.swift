/// What a word does in a sentence, as far as the triage patterns care: "ich" is a first person,
/// "werde" an intent, "dich" a target. The patterns match sequences of cues, not of words, so
/// one threat pattern covers every pronoun and every inflection of its verbs.
struct Cue: OptionSet, Sendable, Hashable {
    let rawValue: UInt64
    init(rawValue: UInt64) { self.rawValue = rawValue }

    static let firstPerson = Cue(rawValue: 1 << 0)
    static let intent = Cue(rawValue: 1 << 1)
    static let target = Cue(rawValue: 1 << 2)
    static let harm = Cue(rawValue: 1 << 3)
    static let weakHarm = Cue(rawValue: 1 << 4)
    static let harmParticle = Cue(rawValue: 1 << 5)
    static let separableHarm = Cue(rawValue: 1 << 6)
    static let negation = Cue(rawValue: 1 << 7)
    static let questionWord = Cue(rawValue: 1 << 8)
    static let contrast = Cue(rawValue: 1 << 9)
    static let know = Cue(rawValue: 1 << 10)
    static let whereWord = Cue(rawValue: 1 << 11)
    static let live = Cue(rawValue: 1 << 12)
    static let secondPerson = Cue(rawValue: 1 << 13)
    static let copula = Cue(rawValue: 1 << 14)
    static let dead = Cue(rawValue: 1 << 15)
    static let fire = Cue(rawValue: 1 << 16)
    static let streetName = Cue(rawValue: 1 << 17)
    static let streetWord = Cue(rawValue: 1 << 18)
    static let unit = Cue(rawValue: 1 << 19)
    static let german = Cue(rawValue: 1 << 20)
    static let english = Cue(rawValue: 1 << 21)
    static let person = Cue(rawValue: 1 << 22)
    static let belong = Cue(rawValue: 1 << 23)
    static let punished = Cue(rawValue: 1 << 24)
    static let article = Cue(rawValue: 1 << 25)
    static let insultNoun = Cue(rawValue: 1 << 26)
    static let insultAdjective = Cue(rawValue: 1 << 27)
    static let colleague = Cue(rawValue: 1 << 28)
    static let filler = Cue(rawValue: 1 << 29)
}
