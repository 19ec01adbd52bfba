/// Rules that look at the shape of a text rather than its words: question marks, links, phone
/// numbers, addresses, document ids, figures, capitals, emoji, repetition, and how often the
/// same text has been seen already.
enum SignalRules {
    static let questionMark = TriageRule("question.mark", .question, 0.5, "question mark")
    static let questionWord = TriageRule("question.word", .question, 0.3, "sentence opens with a question word")
    static let link = TriageRule("spam.link", .spam, 0.55, "link")
    static let email = TriageRule("doxxing.email", .doxxing, 0.45, "e-mail address")
    static let phone = TriageRule("doxxing.phone", .doxxing, 0.55, "phone number")
    static let address = TriageRule("doxxing.address", .doxxing, 0.6, "street address")
    static let document = TriageRule("tradeSecret.document", .tradeSecret, 0.45, "document id")
    static let path = TriageRule("tradeSecret.path", .tradeSecret, 0.45, "internal path")
    static let figureSecret = TriageRule("tradeSecret.figure", .tradeSecret, 0.35, "a figure beside internal information")
    static let number = TriageRule("factClaim.number", .factClaim, 0.3, "number")
    static let figure = TriageRule("factClaim.figure", .factClaim, 0.45, "number with a unit")
    static let shouting = TriageRule("spam.shouting", .spam, 0.3, "written in capitals")
    static let repetition = TriageRule("spam.repetition", .spam, 0.45, "the same word again and again")
    static let identical = TriageRule("spam.identical", .spam, 0.35, "the same text seen before")
    static let emojiRun = TriageRule("spam.emoji-run", .spam, 0.35, "the same emoji three times")
    static let spamEmoji = TriageRule("spam.emoji", .spam, 0.3, "money or arrow emoji")
    static let praiseEmoji = TriageRule("praise.emoji", .praise, 0.4, "applause or heart emoji")
    static let angerEmoji = TriageRule("criticism.emoji", .criticism, 0.35, "angry emoji")
    static let sarcasmEmoji = TriageRule("criticism.sarcasm-emoji", .criticism, 0.35, "eye-roll emoji")
    static let insultEmoji = TriageRule("insult.emoji", .insult, 0.5, "obscene emoji")
    static let contrast = TriageRule("criticism.contrast", .criticism, 0.45, "praise, but …")
    static let accusedPerson = TriageRule("defamation.person", .defamation, 0.3, "accusation aimed at a person")
    static let colleagues = TriageRule("workplacePeace.colleagues", .workplacePeace, 0.3, "about colleagues")

    static let praiseScalars: Set<UInt32> = [0x1F44F, 0x1F4AA, 0x2764, 0x1F389, 0x1F44D, 0x1F499, 0x1F60D, 0x1F970, 0x1F60A, 0x1F642, 0x1F64C, 0x1F496]
    static let angerScalars: Set<UInt32> = [0x1F621, 0x1F624, 0x1F620, 0x1F44E, 0x1F612, 0x1F92F]
    static let insultScalars: Set<UInt32> = [0x1F595, 0x1F4A9, 0x1F92E]
    static let spamScalars: Set<UInt32> = [0x1F4B0, 0x1F911, 0x1F449, 0x1F4E9, 0x1F381, 0x1F4B8, 0x1F4B5]
    static let eyeRoll: UInt32 = 0x1F644
    static let swearScalar: UInt32 = 0x1F92C

    /// Fires the shape rules on `firing`; `tokens` carry their cues.
    static func apply(_ tokens: [TriageToken], identicalSeen: Int, to firing: inout RuleFiring) {
        let text = firing.text
        let s = text.signals
        if let q = s.firstQuestionMark { firing.fire(questionMark, span: q..<(q + 1)) }
        if s.questionMarks > 0, let first = tokens.indices.first(where: { tokens[$0].cues.contains(.questionWord) && ($0 == 0 || tokens[$0 - 1].sentence != tokens[$0].sentence) }) {
            firing.fire(questionWord, tokens: first...first)
        }
        for r in s.links { firing.fire(link, span: r) }
        for r in s.emails { firing.fire(email, span: r) }
        for r in s.phones { firing.fire(phone, span: r) }
        for r in s.documentIDs { firing.fire(document, span: r) }
        for r in s.paths { firing.fire(path, span: r) }
        addresses(tokens, &firing)
        figures(tokens, &firing)
        if s.letters >= 12, s.upperLetters * 10 >= s.letters * 7 { firing.fire(shouting, span: 0..<text.bytes.count) }
        emoji(s.emoji, &firing)
        if let run = repeatedWord(tokens, text) { firing.fire(repetition, tokens: run...run) }
        if identicalSeen > 0 {
            let scale = identicalSeen >= 10 ? 2.55 : identicalSeen >= 3 ? 2.15 : identicalSeen == 2 ? 1.55 : 1
            firing.fire(identical, span: 0..<text.bytes.count, scale: scale)
        }
        if firing.has(.defamation), let p = tokens.firstIndex(where: { $0.cues.contains(.person) }) { firing.fire(accusedPerson, tokens: p...p) }
        if firing.has(.workplacePeace), let p = tokens.firstIndex(where: { $0.cues.contains(.colleague) }) { firing.fire(colleagues, tokens: p...p) }
        if firing.has(.tradeSecret), let p = tokens.indices.first(where: { isFigure(tokens, $0, text) }) { firing.fire(figureSecret, tokens: p...p) }
    }

    /// "Lindenstraße 12" (a capitalised street word and a house number) or "12 Linden Street".
    private static func addresses(_ tokens: [TriageToken], _ firing: inout RuleFiring) {
        for (i, t) in tokens.enumerated() {
            if t.cues.contains(.streetName), t.flags.contains(.capitalised), i + 1 < tokens.count,
               tokens[i + 1].flags.contains(.number), tokens[i + 1].keyLength <= 4 {
                firing.fire(address, tokens: i...(i + 1))
                return
            }
            if t.flags.contains(.number), t.keyLength <= 4 {
                var k = i + 1
                while k < tokens.count, k <= i + 3, tokens[k].flags.contains(.capitalised) {
                    if tokens[k].cues.contains(.streetWord), k > i + 1 {
                        firing.fire(address, tokens: i...k)
                        return
                    }
                    k += 1
                }
            }
        }
    }

    private static func figures(_ tokens: [TriageToken], _ firing: inout RuleFiring) {
        guard let first = tokens.firstIndex(where: { $0.flags.contains(.number) }) else { return }
        if let f = tokens.indices.first(where: { isFigure(tokens, $0, firing.text) }) {
            firing.fire(figure, tokens: f...min(f + 1, tokens.count - 1))
        } else {
            firing.fire(number, tokens: first...first)
        }
    }

    /// A number followed by a unit word, a per cent sign or a currency sign.
    static func isFigure(_ tokens: [TriageToken], _ i: Int, _ text: TriageText) -> Bool {
        guard tokens[i].flags.contains(.number) else { return false }
        if i + 1 < tokens.count, tokens[i + 1].cues.contains(.unit) { return true }
        let b = text.bytes
        var k = Int(tokens[i].spanEnd)
        if k < b.count, b[k] == 0x20 { k += 1 }
        guard k < b.count else { return false }
        return b[k] == UInt8(ascii: "%") || b[k] == UInt8(ascii: "$") || (b[k] == 0xE2 && k + 2 < b.count && b[k + 1] == 0x82 && b[k + 2] == 0xAC)
    }

    private static func emoji(_ found: [(scalar: UInt32, span: Range<Int>)], _ firing: inout RuleFiring) {
        var run = 1
        for (k, e) in found.enumerated() {
            if praiseScalars.contains(e.scalar) { firing.fire(praiseEmoji, span: e.span) }
            if angerScalars.contains(e.scalar) || e.scalar == swearScalar { firing.fire(angerEmoji, span: e.span) }
            if insultScalars.contains(e.scalar) { firing.fire(insultEmoji, span: e.span) }
            if spamScalars.contains(e.scalar) { firing.fire(spamEmoji, span: e.span) }
            if e.scalar == eyeRoll { firing.fire(sarcasmEmoji, span: e.span) }
            run = k > 0 && found[k - 1].scalar == e.scalar && found[k - 1].span.upperBound >= e.span.lowerBound - 1 ? run + 1 : 1
            if run == 3 { firing.fire(emojiRun, span: found[k - 2].span.lowerBound..<e.span.upperBound) }
        }
    }

    /// The first word of three or more letters that occurs four times or more.
    private static func repeatedWord(_ tokens: [TriageToken], _ text: TriageText) -> Int? {
        guard tokens.count >= 4 else { return nil }
        var hashes: [(UInt64, Int)] = []
        hashes.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() where t.keyLength >= 3 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in text.key(of: t) { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            hashes.append((h, i))
        }
        hashes.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var k = 0
        while k < hashes.count {
            var j = k
            while j < hashes.count, hashes[j].0 == hashes[k].0 { j += 1 }
            if j - k >= 4 { return hashes[k].1 }
            k = j
        }
        return nil
    }
}
