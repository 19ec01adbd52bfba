import Foundation

/// Finds themes: the ones built into the binary, and the user's in `$XDG_CONFIG_HOME/newsroom/themes/`.
///
/// A user theme with the same name as a built-in one replaces it. Loading never fails: a broken
/// theme yields the default theme plus the error to show.
public struct ThemeCatalog: Sendable {
    /// Where a theme comes from.
    public enum Source: Sendable, Hashable {
        case builtIn
        case user(path: String)
    }

    /// One theme that can be chosen.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var source: Source
    }

    /// A loaded theme, and the error that made it fall back to the default, if any.
    public struct Loaded: Sendable {
        public var theme: Theme
        public var error: ThemeError?
    }

    /// The user's theme folder, or nil when there is none to search.
    public var userDirectory: String?

    public init(userDirectory: String?) {
        self.userDirectory = userDirectory
    }

    /// The catalog for this process: the user folder follows `XDG_CONFIG_HOME`, else `~/.config`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeCatalog {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return ThemeCatalog(userDirectory: config + "/newsroom/themes")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return ThemeCatalog(userDirectory: home + "/.config/newsroom/themes")
        }
        return ThemeCatalog(userDirectory: nil)
    }

    public static let defaultName = "default"

    /// Every theme, built-in ones first, then the user's (sorted by name).
    public func entries() -> [Entry] {
        var result = BuiltInThemes.files.map { Entry(name: $0.name, source: .builtIn) }
        for (name, path) in userFiles() {
            if let index = result.firstIndex(where: { $0.name == name }) {
                result[index].source = .user(path: path)
            } else {
                result.append(Entry(name: name, source: .user(path: path)))
            }
        }
        return result
    }

    /// The theme called `name`; on any problem the default theme and the error.
    public func load(_ name: String) -> Loaded {
        do {
            return Loaded(theme: try loadStrictly(name), error: nil)
        } catch {
            return Loaded(theme: Self.builtInDefault, error: error)
        }
    }

    /// The theme called `name`, or the error saying what is wrong with it.
    public func loadStrictly(_ name: String) throws(ThemeError) -> Theme {
        guard let entry = entries().first(where: { $0.name == name }) else {
            throw ThemeError(file: name, problem: .notFound(available: entries().map(\.name)))
        }
        switch entry.source {
        case .builtIn:
            let yaml = BuiltInThemes.files.first { $0.name == name }?.yaml ?? ""
            return try ThemeParser.parse(yaml, file: "built-in \(name).yaml")
        case .user(let path):
            return try ThemeParser.parse(try Self.read(path), file: path)
        }
    }

    /// The built-in dark default (the fallback for every broken theme).
    public static var builtInDefault: Theme {
        guard let yaml = BuiltInThemes.files.first?.yaml, let theme = try? ThemeParser.parse(yaml, file: "default.yaml") else {
            return .fallback
        }
        return theme
    }

    private func userFiles() -> [(String, String)] {
        guard let directory = userDirectory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.sorted()
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { (ThemeParser.fileStem($0), directory + "/" + $0) }
    }

    /// Reads at most `ThemeParser.maximumBytes + 1` bytes, so a huge file costs no memory.
    static func read(_ path: String) throws(ThemeError) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ThemeError(file: path, problem: .unreadable(reason: "missing or not readable"))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: ThemeParser.maximumBytes + 1) ?? Data()
        } catch {
            throw ThemeError(file: path, problem: .unreadable(reason: "\(error.localizedDescription)"))
        }
        if data.count > ThemeParser.maximumBytes {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count
            throw ThemeError(file: path, problem: .tooLarge(bytes: size, limit: ThemeParser.maximumBytes))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: path, problem: .unreadable(reason: "not UTF-8 text"))
        }
        return text
    }
}
