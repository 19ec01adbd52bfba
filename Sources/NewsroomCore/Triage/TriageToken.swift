/// One word of a comment after normalisation: where its key sits in `TriageText.keys`, which
/// bytes of the original it came from (so an explanation can quote them), and what it looks like.
struct TriageToken: Sendable {
    var keyStart: Int32
    var keyEnd: Int32
    var spanStart: Int32
    var spanEnd: Int32
    var sentence: Int32
    var flags: Flags
    var cues: Cue = []

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let number = Flags(rawValue: 1 << 0)
        static let capitalised = Flags(rawValue: 1 << 1)
        static let allCaps = Flags(rawValue: 1 << 2)
        static let elongated = Flags(rawValue: 1 << 3)
        static let leet = Flags(rawValue: 1 << 4)
    }

    var span: Range<Int> { Int(spanStart)..<Int(spanEnd) }
    var keyLength: Int { Int(keyEnd - keyStart) }
}

/// What a text shows besides its words: punctuation, emoji, capitals, and the links, addresses
/// and numbers that were taken out before the words were read.
struct TriageSignals: Sendable {
    var letters = 0
    var upperLetters = 0
    var questionMarks = 0
    var firstQuestionMark: Int?
    var exclamations = 0
    var exclamationRuns = 0
    var emoji: [(scalar: UInt32, span: Range<Int>)] = []
    var links: [Range<Int>] = []
    var emails: [Range<Int>] = []
    var phones: [Range<Int>] = []
    var documentIDs: [Range<Int>] = []
    var paths: [Range<Int>] = []
    var mentions = 0
}
