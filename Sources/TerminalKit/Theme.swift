/// A named set of styles, one per `StyleRole`, already adapted to what the terminal can show.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var summary: String
    public var styles: [StyleRole: Style]
    /// The colour level this theme's styles were adapted to (`.trueColor` means "as written").
    public private(set) var level: ColorLevel

    public init(name: String, summary: String = "", styles: [StyleRole: Style], level: ColorLevel = .trueColor) {
        self.name = name
        self.summary = summary
        self.styles = styles
        self.level = level
    }

    /// The style for `role`; a role the theme does not define looks like `text`.
    public subscript(role: StyleRole) -> Style {
        styles[role] ?? styles[.text] ?? .plain
    }

    /// This theme as a terminal at `level` can show it (true colour → 256 → 16 → 8 →
    /// monochrome), with a selected row that shows on dark and light terminals alike. Text is
    /// made legible for the terminal's background by `adapted(to:background:)`, or by the
    /// curses backend as it draws.
    public func adapted(to level: ColorLevel) -> Theme {
        var copy = self
        copy.styles = styles.mapValues { $0.degraded(to: level) }
        copy.level = Swift.min(level, self.level)
        return copy.withVisibleSelection()
    }

    /// A theme that needs no file: attributes only. Used when nothing else can be loaded.
    public static let fallback = Theme(
        name: "fallback",
        summary: "Attributes only; used when no theme can be loaded.",
        styles: [
            .title: Style(attributes: .bold), .borderFocused: Style(attributes: .bold),
            .header: Style(attributes: [.bold, .underline]), .selectedRow: Style(attributes: .reverse),
            .markedRow: Style(attributes: .bold), .muted: Style(attributes: .dim), .accent: Style(attributes: .bold),
            .warn: Style(attributes: .bold), .alert: Style(attributes: [.bold, .reverse]),
            .gaugeFill: Style(attributes: .bold), .gaugeEmpty: Style(attributes: .dim),
            .tabActive: Style(attributes: [.bold, .reverse]), .statusBar: Style(attributes: .reverse),
            .keyHint: Style(attributes: [.bold, .reverse]), .badge: Style(attributes: .reverse),
            .badgeOk: Style(attributes: .reverse), .badgeWarn: Style(attributes: .reverse),
            .badgeAlert: Style(attributes: [.bold, .reverse]), .cursor: Style(attributes: .reverse),
        ],
        level: .monochrome
    )
}
