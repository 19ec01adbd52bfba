import TerminalKit

extension FuzzTarget {
    /// A user's theme file: the size and depth prescan, Yams, colours and attributes. An error
    /// names the file and a line inside it; a theme read once reads the same again.
    static let theme = FuzzTarget("theme", "theme YAML (ThemeParser)") { bytes throws(FuzzFailure) in
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        let lines = FuzzInput.yamlLineCount(text)
        switch Result(catching: { () throws(ThemeError) in try ThemeParser.parse(text, file: "fuzz.yaml") }) {
        case .success(let theme):
            try expect((try? ThemeParser.parse(text, file: "fuzz.yaml")) == theme, "a second parse gives another theme")
        case .failure(let error):
            try expect(error.file == "fuzz.yaml", "the error names '\(error.file)', not the file")
            try FuzzInput.expectLine(error.line, within: lines, "the error '\(error)'")
        }
    }
}
