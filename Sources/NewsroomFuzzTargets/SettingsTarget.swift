import NewsroomTUI

extension FuzzTarget {
    /// `settings.yaml`: theme and remapped keys. What `write` saves (`:theme NAME --save`) reads
    /// back to the same settings, and remapping never crashes.
    static let settings = FuzzTarget("settings", "settings.yaml (ConsoleSettings)") { bytes throws(FuzzFailure) in
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        let settings = ConsoleSettings.parse(text)
        let again = ConsoleSettings.parse(settings.text)
        try expect(again == ConsoleSettings(theme: settings.theme ?? "default", keys: settings.keys),
                   "saving and reading back changes the settings: \(settings) became \(again)")
        _ = try? settings.keyContexts()
    }
}
