/// One fuzz target: a parser of text that comes from outside (an inbox file, a user's YAML, an
/// edited story, terminal input), fed arbitrary bytes, that must neither crash nor break its
/// invariants (a parse that succeeds round-trips, an error names a line inside the input).
/// libFuzzer drives it in the fuzz build; `swift test` replays the corpus through it.
public struct FuzzTarget: Sendable {
    public let name: String
    public let summary: String
    private let body: @Sendable ([UInt8]) throws(FuzzFailure) -> Void

    init(_ name: String, _ summary: String, _ body: @escaping @Sendable ([UInt8]) throws(FuzzFailure) -> Void) {
        self.name = name
        self.summary = summary
        self.body = body
    }

    /// Runs one input; throws when an invariant does not hold.
    public func run(_ input: [UInt8]) throws(FuzzFailure) { try body(input) }

    public static let all: [FuzzTarget] = [.jsonLines, .csv, .theme, .newsroomYAML, .settings, .storyText, .templateText, .keys]

    public static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}

/// An invariant that did not hold for an input: the fuzz driver stops on it (libFuzzer keeps the
/// input as a crash), a test reports it.
public struct FuzzFailure: Error, CustomStringConvertible {
    public let description: String
}

/// Throws `FuzzFailure(message)` unless `condition` holds.
func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws(FuzzFailure) {
    if !condition { throw FuzzFailure(description: message()) }
}

/// Input helpers shared by the targets.
enum FuzzInput {
    /// The number of lines in `bytes` as an editor counts them (a last line without newline counts).
    static func lineCount(_ bytes: some Collection<UInt8>) -> Int {
        bytes.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
    }

    /// The number of lines as YAML counts them: `\n`, `\r\n` and a lone `\r` end a line (and
    /// NEL, LS, PS; Swift's newlines also take VT and FF, which only makes the bound looser).
    static func yamlLineCount(_ text: String) -> Int {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
    }

    /// Checks that an error's line lies inside a text of `lines` lines.
    static func expectLine(_ line: Int?, within lines: Int, _ what: @autoclosure () -> String) throws(FuzzFailure) {
        guard let line else { return }
        try expect((1...lines).contains(line), "\(what()) names line \(line) of a text with \(lines) lines")
    }
}
