/// A semantic style name ("what it is", not "what colour"): themes map roles to styles.
///
/// The toolkit's widgets use the roles below; an app may add its own (`StyleRole("badgeHeld")`),
/// and a theme file may style them.
public struct StyleRole: Hashable, Sendable, RawRepresentable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ name: String) { self.rawValue = name }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let text: StyleRole = "text"
    public static let title: StyleRole = "title"
    public static let border: StyleRole = "border"
    public static let borderFocused: StyleRole = "borderFocused"
    public static let header: StyleRole = "header"
    public static let selectedRow: StyleRole = "selectedRow"
    public static let markedRow: StyleRole = "markedRow"
    public static let muted: StyleRole = "muted"
    public static let accent: StyleRole = "accent"
    public static let ok: StyleRole = "ok"
    public static let warn: StyleRole = "warn"
    public static let alert: StyleRole = "alert"
    public static let gaugeFill: StyleRole = "gaugeFill"
    public static let gaugeEmpty: StyleRole = "gaugeEmpty"
    public static let sparkline: StyleRole = "sparkline"
    public static let tabActive: StyleRole = "tabActive"
    public static let tabInactive: StyleRole = "tabInactive"
    public static let statusBar: StyleRole = "statusBar"
    public static let keyHint: StyleRole = "keyHint"
    public static let badge: StyleRole = "badge"
    public static let badgeOk: StyleRole = "badgeOk"
    public static let badgeWarn: StyleRole = "badgeWarn"
    public static let badgeAlert: StyleRole = "badgeAlert"
    public static let prompt: StyleRole = "prompt"
    public static let cursor: StyleRole = "cursor"
    public static let overlay: StyleRole = "overlay"

    /// Every role the toolkit itself draws with; the built-in themes define all of them.
    public static let toolkitRoles: [StyleRole] = [
        .text, .title, .border, .borderFocused, .header, .selectedRow, .markedRow, .muted, .accent,
        .ok, .warn, .alert, .gaugeFill, .gaugeEmpty, .sparkline, .tabActive, .tabInactive,
        .statusBar, .keyHint, .badge, .badgeOk, .badgeWarn, .badgeAlert, .prompt, .cursor, .overlay,
    ]
}
