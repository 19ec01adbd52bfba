/// A trie over the normalised alphabet (a–z, 0–9) that finds, in one walk over a word, every
/// listed form it is (`idioten`), begins with (`dreck…`) or contains (`…scheiss…`); built reversed,
/// it finds what a word ends with (`…sau`). Walking it is a table lookup per byte.
struct StemTrie: Sendable {
    enum Kind: Int { case whole = 0, head = 1, inner = 2 }

    private static let width = 36
    private var next: [Int32] = Array(repeating: -1, count: width)
    private var marks: [[[Int32]]] = [[[], [], []]]
    private var frozen: [Int32] = []
    private var frozenStart: [Int32] = []

    static func slot(_ b: UInt8) -> Int {
        switch b {
        case 0x61...0x7A: return Int(b - 0x61)
        case 0x30...0x39: return 26 + Int(b - 0x30)
        default: return -1
        }
    }

    /// Adds `key` with `payload`; false if the key has a byte outside the alphabet.
    @discardableResult
    mutating func insert<S: Sequence<UInt8>>(_ key: S, payload: Int32, kind: Kind) -> Bool {
        var node = 0
        for b in key {
            let s = Self.slot(b)
            guard s >= 0 else { return false }
            var child = Int(next[node * Self.width + s])
            if child < 0 {
                child = marks.count
                marks.append([[], [], []])
                next += Array(repeating: -1, count: Self.width)
                next[node * Self.width + s] = Int32(child)
            }
            node = child
        }
        guard node > 0 else { return false }
        if !marks[node][kind.rawValue].contains(payload) { marks[node][kind.rawValue].append(payload) }
        return true
    }

    /// Packs the marks into flat arrays for walking; call once after the last insert.
    mutating func freeze() {
        frozen = []
        frozenStart = []
        for node in marks.indices {
            for kind in 0..<3 {
                frozenStart.append(Int32(frozen.count))
                frozen += marks[node][kind]
            }
        }
        frozenStart.append(Int32(frozen.count))
    }

    /// Walks `key[from...]` forwards (or `key[...from]` backwards), calling `visit` with every
    /// payload whose form matches, its kind, and how many bytes it covered.
    func walk(_ key: ArraySlice<UInt8>, from: Int, reversed: Bool, visit: (Int32, Kind, Int) -> Void) {
        var node = 0
        var depth = 0
        var k = from
        let whole = reversed ? from == key.endIndex - 1 : from == key.startIndex
        while reversed ? k >= key.startIndex : k < key.endIndex {
            let s = Self.slot(key[k])
            guard s >= 0 else { return }
            let child = Int(next[node * Self.width + s])
            guard child >= 0 else { return }
            node = child
            depth += 1
            k += reversed ? -1 : 1
            let atEnd = reversed ? k < key.startIndex : k == key.endIndex
            if whole, atEnd { marked(node, .whole, depth, visit) }
            if whole { marked(node, .head, depth, visit) }
            marked(node, .inner, depth, visit)
        }
    }

    private func marked(_ node: Int, _ kind: Kind, _ depth: Int, _ visit: (Int32, Kind, Int) -> Void) {
        let base = node * 3 + kind.rawValue
        var k = Int(frozenStart[base])
        let end = Int(frozenStart[base + 1])
        while k < end {
            visit(frozen[k], kind, depth)
            k += 1
        }
    }
}
