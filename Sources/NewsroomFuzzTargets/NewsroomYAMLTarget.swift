import NewsroomStore

extension FuzzTarget {
    /// `newsroom.yaml`: every key, nested sections, Yams. Errors and warnings name a line inside
    /// the file.
    static let newsroomYAML = FuzzTarget("newsroom-yaml", "newsroom.yaml (ConfigReader)") { bytes throws(FuzzFailure) in
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        let lines = FuzzInput.yamlLineCount(text)
        var reader = ConfigReader(file: "newsroom.yaml")
        do {
            _ = try reader.read(text)
            for warning in reader.warnings { try FuzzInput.expectLine(warning.line, within: lines, "the warning '\(warning)'") }
        } catch let error as ConfigError {
            try FuzzInput.expectLine(error.line, within: lines, "the error '\(error)'")
        } catch {
            throw FuzzFailure(description: "ConfigReader threw something other than a ConfigError: \(error)")
        }
    }
}
