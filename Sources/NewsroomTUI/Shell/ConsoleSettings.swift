import Foundation
import TerminalKit

/// Personal settings kept in `$XDG_CONFIG_HOME/newsroom/settings.yaml`: the theme, and keys
/// remapped per context and action (`keys:` then `  briefing.share: S` or `  global.quit: [C-q, q]`;
/// the older flat `  share: S` applies wherever that action is).
public struct ConsoleSettings: Equatable, Sendable {
    public var theme: String?
    public var keys: [String: [String]]

    public init(theme: String?, keys: [String: [String]] = [:]) {
        self.theme = theme
        self.keys = keys
    }

    /// Reads the file; an unreadable or missing file gives no settings (the defaults apply).
    public static func read(from url: URL) -> ConsoleSettings {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return ConsoleSettings(theme: nil) }
        return parse(text)
    }

    public static func parse(_ text: String) -> ConsoleSettings {
        var settings = ConsoleSettings(theme: nil)
        var inKeys = false
        for line in text.split(whereSeparator: \.isNewline) {
            // `name: value # comment`; a name is never quoted, so quotes only count in the value.
            guard let first = line.first(where: { $0 != " " && $0 != "\t" }), first != "#",
                  let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = SettingsYAML.uncommented(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            if !line.hasPrefix(" ") {
                inKeys = name == "keys"
                if name == "theme", !value.isEmpty { settings.theme = SettingsYAML.unquoted(value) }
            } else if inKeys, !value.isEmpty {
                settings.keys[name] = SettingsYAML.items(value)
            }
        }
        return settings
    }

    public func write(to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    /// The settings as `write` saves them, which `parse` reads back to the same settings.
    public var text: String {
        var text = "# Newsroom Console personal settings (`:theme NAME --save` writes the theme; the rest is yours)\ntheme: \(SettingsYAML.quoted(theme ?? "default"))\n"
        if !keys.isEmpty {
            text += "keys:\n" + keys.keys.sorted().map { "  \($0): [\(keys[$0]!.map { SettingsYAML.quoted($0) }.joined(separator: ", "))]\n" }.joined()
        }
        return text
    }

    /// The standard key contexts with these remappings, or the error that says what to fix.
    public func keyContexts() throws(KeyRemapError) -> KeyContexts<ConsoleAction> {
        try ConsoleKeys.standard.remapped(keys, name: \.name)
    }
}
