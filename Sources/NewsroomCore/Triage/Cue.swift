/// What a word does in a sentence, as far as the triage patterns care: "ich" is a first person,
/// "werde" an intent, "dich" a target. The patterns match sequences of cues, not of words, so
/// one threat pattern covers every pronoun and every inflection of its verbs.
public struct Cue: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public static let firstPerson = Cue(rawValue: 1 << 0)
    public static let intent = Cue(rawValue: 1 << 1)
    public static let target = Cue(rawValue: 1 << 2)
    public static let harm = Cue(rawValue: 1 << 3)
    public static let weakHarm = Cue(rawValue: 1 << 4)
    public static let harmParticle = Cue(rawValue: 1 << 5)
    public static let separableHarm = Cue(rawValue: 1 << 6)
    public static let negation = Cue(rawValue: 1 << 7)
    public static let questionWord = Cue(rawValue: 1 << 8)
    public static let contrast = Cue(rawValue: 1 << 9)
    public static let know = Cue(rawValue: 1 << 10)
    public static let whereWord = Cue(rawValue: 1 << 11)
    public static let live = Cue(rawValue: 1 << 12)
    public static let secondPerson = Cue(rawValue: 1 << 13)
    public static let copula = Cue(rawValue: 1 << 14)
    public static let dead = Cue(rawValue: 1 << 15)
    public static let fire = Cue(rawValue: 1 << 16)
    public static let streetName = Cue(rawValue: 1 << 17)
    public static let streetWord = Cue(rawValue: 1 << 18)
    public static let unit = Cue(rawValue: 1 << 19)
    public static let german = Cue(rawValue: 1 << 20)
    public static let english = Cue(rawValue: 1 << 21)
    public static let person = Cue(rawValue: 1 << 22)
    public static let belong = Cue(rawValue: 1 << 23)
    public static let punished = Cue(rawValue: 1 << 24)
    public static let article = Cue(rawValue: 1 << 25)
    public static let insultNoun = Cue(rawValue: 1 << 26)
    public static let insultAdjective = Cue(rawValue: 1 << 27)
    public static let colleague = Cue(rawValue: 1 << 28)
    public static let filler = Cue(rawValue: 1 << 29)
}
