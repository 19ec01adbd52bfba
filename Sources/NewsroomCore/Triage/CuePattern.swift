/// A sequence of cues with at most a few words between them, within one sentence: "first person,
/// intent, then within three words a harm verb" is "ich werde dich morgen umbringen" and "I'm
/// going to kill you" alike. The rule fires on the stretch from the first cue to the last.
struct CuePattern: Sendable {
    let rule: TriageRule
    let language: TriageLanguage?
    let steps: [(cue: Cue, gap: Int)]

    /// `steps`: the first cue, then each next cue with how many words may come before it.
    init(_ rule: TriageRule, _ language: TriageLanguage?, _ first: Cue, _ steps: (Int, Cue)...) {
        self.rule = rule
        self.language = language
        self.steps = [(first, 0)] + steps.map { ($0.1, $0.0) }
    }

    /// The first match: the indices of its first and last token.
    func match(_ tokens: [TriageToken]) -> (Int, Int)? {
        let first = steps[0].cue
        for start in tokens.indices where tokens[start].cues.isSuperset(of: first) {
            if let end = rest(tokens, from: start, step: 1) { return (start, end) }
        }
        return nil
    }

    private func rest(_ tokens: [TriageToken], from position: Int, step: Int) -> Int? {
        guard step < steps.count else { return position }
        let (cue, gap) = steps[step]
        let sentence = tokens[position].sentence
        var k = position + 1
        while k < tokens.count, k <= position + 1 + gap, tokens[k].sentence == sentence {
            if tokens[k].cues.isSuperset(of: cue), let end = rest(tokens, from: k, step: step + 1) { return end }
            k += 1
        }
        return nil
    }
}
