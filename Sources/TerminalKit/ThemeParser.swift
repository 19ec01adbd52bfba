import Yams

/// Reads a theme from YAML text, checking it strictly and within fixed bounds.
///
/// A theme file comes from a user's folder and may be broken or hostile: the size and nesting are
/// checked before the YAML parser sees the text, aliases are refused (no "billion laughs"), and
/// every error carries the file, line and key so the user can fix it.
public enum ThemeParser {
    /// The largest theme file accepted (themes are a few kilobytes).
    public static let maximumBytes = 64 * 1024
    /// The deepest nesting accepted (`styles` → role → `attrs` → list needs four).
    public static let maximumDepth = 6

    static let topLevelKeys = ["name", "summary", "styles"]
    static let styleKeys = ["fg", "bg", "attrs"]

    /// The theme in `yaml`; `file` is used in error messages.
    public static func parse(_ yaml: String, file: String) throws(ThemeError) -> Theme {
        do {
            return try read(yaml, file: file)
        } catch {
            // The YAML parser puts what it finds at the end of a text without a final newline (an
            // error, an empty document) on one line more than there is: that is the last line.
            guard let line = error.line else { throw error }
            var clamped = error
            clamped.line = Swift.min(line, yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count)
            throw clamped
        }
    }

    private static func read(_ yaml: String, file: String) throws(ThemeError) -> Theme {
        let bytes = yaml.utf8.count
        guard bytes <= maximumBytes else {
            throw ThemeError(file: file, problem: .tooLarge(bytes: bytes, limit: maximumBytes))
        }
        if let (line, problem) = prescan(yaml) {
            throw ThemeError(file: file, line: line, problem: problem)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw yamlError(error, file: file)
        } catch {
            throw ThemeError(file: file, problem: .notYAML(detail: "\(error)"))
        }
        guard let root, let mapping = root.mapping else {
            throw ThemeError(file: file, line: root?.mark?.line, problem: .notAMapping)
        }
        var name = fileStem(file)
        var summary = ""
        var styles: [StyleRole: Style] = [:]
        for (keyNode, value) in mapping {
            let key = try scalarString(keyNode, file: file, key: nil)
            switch key {
            case "name":
                name = try scalarString(value, file: file, key: key)
            case "summary":
                summary = try scalarString(value, file: file, key: key)
            case "styles":
                styles = try parseStyles(value, file: file)
            default:
                throw ThemeError(file: file, line: line(keyNode), key: key, problem: .unknownKey(allowed: topLevelKeys))
            }
        }
        return Theme(name: name, summary: summary, styles: styles)
    }

    private static func parseStyles(_ node: Node, file: String) throws(ThemeError) -> [StyleRole: Style] {
        guard let mapping = node.mapping else {
            throw error(node, file: file, key: "styles", problem: .notAMapping)
        }
        var styles: [StyleRole: Style] = [:]
        for (keyNode, value) in mapping {
            let role = try scalarString(keyNode, file: file, key: "styles")
            styles[StyleRole(role)] = try parseStyle(value, file: file, path: "styles.\(role)")
        }
        return styles
    }

    private static func parseStyle(_ node: Node, file: String, path: String) throws(ThemeError) -> Style {
        guard let mapping = node.mapping else {
            throw error(node, file: file, key: path, problem: .wrongType(expected: "a mapping like { fg: white, bg: blue, attrs: [bold] }"))
        }
        var style = Style()
        for (keyNode, value) in mapping {
            let key = try scalarString(keyNode, file: file, key: path)
            let keyPath = "\(path).\(key)"
            switch key {
            case "fg", "bg":
                let text = try scalarString(value, file: file, key: keyPath)
                guard let colour = Color(themeValue: text) else {
                    throw error(value, file: file, key: keyPath, problem: .unknownColour(text))
                }
                if key == "fg" { style.foreground = colour } else { style.background = colour }
            case "attrs":
                style.attributes = try parseAttributes(value, file: file, key: keyPath)
            default:
                throw ThemeError(file: file, line: line(keyNode), key: keyPath, problem: .unknownKey(allowed: styleKeys))
            }
        }
        return style
    }

    private static func parseAttributes(_ node: Node, file: String, key: String) throws(ThemeError) -> TextAttributes {
        var names: [(String, Node)] = []
        if let sequence = node.sequence {
            for item in sequence { names.append((try scalarString(item, file: file, key: key), item)) }
        } else {
            let text = try scalarString(node, file: file, key: key)
            names = text.split(whereSeparator: { $0 == " " || $0 == "," }).map { (String($0), node) }
        }
        var attributes = TextAttributes()
        for (name, item) in names {
            guard let match = TextAttributes.themeNames.first(where: { $0.0 == name.lowercased() }) else {
                throw error(item, file: file, key: key, problem: .unknownAttribute(name))
            }
            attributes.insert(match.1)
        }
        return attributes
    }

    // MARK: Small pieces

    private static func scalarString(_ node: Node, file: String, key: String?) throws(ThemeError) -> String {
        if case .alias = node { throw error(node, file: file, key: key, problem: .aliasesNotAllowed) }
        guard let scalar = node.scalar else {
            throw error(node, file: file, key: key, problem: .wrongType(expected: "a single value"))
        }
        return scalar.string
    }

    private static func error(_ node: Node, file: String, key: String?, problem: ThemeError.Problem) -> ThemeError {
        if case .alias = node {
            return ThemeError(file: file, line: line(node), key: key, problem: .aliasesNotAllowed)
        }
        return ThemeError(file: file, line: line(node), key: key, problem: problem)
    }

    private static func line(_ node: Node) -> Int? { node.mark?.line }

    private static func yamlError(_ error: YamlError, file: String) -> ThemeError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ThemeError(file: file, line: mark.line, problem: .notYAML(detail: problem))
        default:
            return ThemeError(file: file, problem: .notYAML(detail: "\(error)"))
        }
    }

    static func fileStem(_ file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        if base.hasSuffix(".yaml") { return String(base.dropLast(5)) }
        if base.hasSuffix(".yml") { return String(base.dropLast(4)) }
        return base
    }

    /// The first line whose nesting (indentation or open brackets) exceeds `maximumDepth`, or that
    /// uses an anchor or alias, if any. A cheap linear scan, so a hostile file is refused before
    /// the recursive YAML composer sees it.
    static func prescan(_ yaml: String) -> (Int, ThemeError.Problem)? {
        var indents: [Int] = [0]
        var brackets = 0
        var lineNumber = 1
        var atLineStart = true
        var indent = 0
        var inComment = false
        var quote: UInt8?
        var previous: UInt8 = UInt8(ascii: " ")
        var anchorStart = false
        for byte in yaml.utf8 {
            defer { previous = byte }
            if anchorStart {
                anchorStart = false
                if isNameByte(byte) { return (lineNumber, .aliasesNotAllowed) }
            }
            if byte == UInt8(ascii: "\n") {
                lineNumber += 1
                atLineStart = true
                indent = 0
                inComment = false
                quote = nil
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") { indent += 1; continue }
                atLineStart = false
                if byte != UInt8(ascii: "#") && brackets == 0 {
                    while let last = indents.last, last > indent { indents.removeLast() }
                    if let last = indents.last, last < indent { indents.append(indent) }
                }
            }
            if inComment { continue }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "#"): inComment = true
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "["), UInt8(ascii: "{"): brackets += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): brackets = Swift.max(0, brackets - 1)
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                anchorStart = " -[{,:?\n".utf8.contains(previous)
            default: break
            }
            if indents.count + brackets > maximumDepth { return (lineNumber, .tooDeep(limit: maximumDepth)) }
        }
        return nil
    }

    /// Whether `byte` can be part of an anchor name (`&name`, `*name`).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte >= 0x80
    }
}
