/// The word lists compiled into tries: for each word of a comment, which lists it belongs to, as
/// a whole word, a compound head or tail, or a phrase's first word. Allowlisted words ("Analyse",
/// "Schweinfurt") are found too, and keep compound and inner matches off them.
struct TriageLexicon: Sendable {
    struct Entry: Sendable {
        let list: Int
        let rest: [[UInt8]]
        let lastOpen: Bool
        let allow: Bool
    }

    /// A list's word found in a text: tokens `first...last`.
    struct Hit: Sendable {
        let list: Int
        let first: Int
        let last: Int
    }

    let lists: [WordList]
    private(set) var entries: [Entry] = []
    private var forward = StemTrie()
    private var backward = StemTrie()
    private var hasInner = false

    init(lists: [WordList], allow: [String]) {
        self.lists = lists
        for (index, list) in lists.enumerated() {
            for word in list.words { add(word, list: index, allow: false) }
        }
        for word in allow { add(word, list: -1, allow: true) }
        forward.freeze()
        backward.freeze()
    }

    // MARK: Compiling the notation

    private mutating func add(_ notation: String, list: Int, allow: Bool) {
        let words = notation.split(separator: " ").map(String.init)
        if words.count > 1 {
            let last = words[words.count - 1]
            let rest = words.dropFirst().map { TriageText.key(of: $0.replacing("*", with: "")) }
            entries.append(Entry(list: list, rest: rest, lastOpen: last.hasSuffix("*"), allow: allow))
            forward.insert(TriageText.key(of: words[0]), payload: Int32(entries.count - 1), kind: .whole)
            return
        }
        var stem = Substring(notation)
        let tail = stem.hasPrefix("*")
        let head = stem.hasSuffix("*")
        stem = stem.drop { $0 == "*" }
        while stem.hasSuffix("*") { stem = stem.dropLast() }
        var endings = [""]
        if let open = stem.firstIndex(of: "("), stem.hasSuffix(")") {
            endings += stem[stem.index(after: open)..<stem.index(before: stem.endIndex)].split(separator: "|").map(String.init)
            stem = stem[..<open]
        } else if let tilde = stem.firstIndex(of: "~"), let macro = stem[stem.index(after: tilde)...].first {
            endings += WordList.endings[macro] ?? []
            stem = stem[..<tilde]
        }
        entries.append(Entry(list: list, rest: [], lastOpen: false, allow: allow))
        let payload = Int32(entries.count - 1)
        for ending in endings {
            let form = String(stem) + ending
            var keys = [TriageText.key(of: form)]
            let plain = TriageText.key(of: form.replacing("ä", with: "a").replacing("ö", with: "o").replacing("ü", with: "u"))
            if plain != keys[0] { keys.append(plain) }
            for key in keys {
                switch (tail, head) {
                case (true, true):
                    forward.insert(key, payload: payload, kind: .inner)
                    hasInner = true
                case (true, false): backward.insert(key.reversed(), payload: payload, kind: .head)
                case (false, true): forward.insert(key, payload: payload, kind: .head)
                case (false, false): forward.insert(key, payload: payload, kind: .whole)
                }
            }
        }
    }

    // MARK: Looking up

    /// Every list hit in `text`, in token order; `scratch` is reused between calls.
    func hits(in text: TriageText, scratch: inout [(Int32, StemTrie.Kind)]) -> [Hit] {
        var found: [Hit] = []
        let tokens = text.tokens
        for (t, token) in tokens.enumerated() where !token.flags.contains(.number) {
            let key = text.key(of: token)
            scratch.removeAll(keepingCapacity: true)
            forward.walk(key, from: key.startIndex, reversed: false) { p, kind, _ in scratch.append((p, kind)) }
            if hasInner, key.count > 3 {
                for offset in (key.startIndex + 1)..<key.endIndex {
                    forward.walk(key, from: offset, reversed: false) { p, kind, _ in if kind == .inner { scratch.append((p, kind)) } }
                }
            }
            backward.walk(key, from: key.endIndex - 1, reversed: true) { p, _, depth in
                scratch.append((p, depth == key.count ? .whole : .head))
            }
            guard !scratch.isEmpty else { continue }
            let allowed = scratch.contains { entries[Int($0.0)].allow }
            for (p, kind) in scratch {
                let entry = entries[Int(p)]
                if entry.allow || (allowed && kind != .whole) { continue }
                if entry.rest.isEmpty {
                    found.append(Hit(list: entry.list, first: t, last: t))
                } else if let last = phraseEnd(entry, after: t, in: text) {
                    found.append(Hit(list: entry.list, first: t, last: last))
                }
            }
        }
        return found
    }

    private func phraseEnd(_ entry: Entry, after t: Int, in text: TriageText) -> Int? {
        guard t + entry.rest.count < text.tokens.count else { return nil }
        for (k, word) in entry.rest.enumerated() {
            let key = text.key(of: text.tokens[t + 1 + k])
            let open = entry.lastOpen && k == entry.rest.count - 1
            if open ? !key.starts(with: word) : !key.elementsEqual(word) { return nil }
        }
        return t + entry.rest.count
    }
}
