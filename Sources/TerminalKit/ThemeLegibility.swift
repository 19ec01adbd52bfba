extension Theme {
    /// This theme as a terminal at `level` with `background` behind it can show it: adapted to
    /// the level, then every style made legible there (`Style.legible(on:at:)`). The curses
    /// backend applies the same rule to each style it draws, so a theme adapted with
    /// `adapted(to:)` alone looks the same on screen.
    public func adapted(to level: ColorLevel, background: TerminalBackground) -> Theme {
        var theme = adapted(to: level)
        theme.styles = theme.styles.mapValues { $0.legible(on: background, at: level) }
        return theme
    }

    /// This theme with a selected row that can be told from a plain row on a dark and on a
    /// light terminal (the theme cannot know which one it will meet): without colour by
    /// reverse video, with colour by a background of its own.
    func withVisibleSelection() -> Theme {
        let selected = self[.selectedRow]
        let plain = self[.text]
        let backgrounds = [TerminalBackground.dark, .light]
        func separation(_ rowBackground: (TerminalBackground) -> RGB) -> Double {
            backgrounds.map { rowBackground($0).contrastRatio(with: plain.appearance(on: $0).background) }.min() ?? 1
        }
        func shows(_ style: Style) -> Bool {
            separation { style.appearance(on: $0).background } >= Legibility.minimumSelectionContrast
        }
        guard !shows(selected) else { return self }
        var copy = self
        var reversed = selected
        reversed.attributes.formSymmetricDifference(.reverse)
        let hasColours = selected.foreground != .terminalDefault || selected.background != .terminalDefault
        if level == .monochrome || (!hasColours && shows(reversed)) {
            copy.styles[.selectedRow] = reversed
            return copy
        }
        let reverse = selected.attributes.contains(.reverse)
        let band = (reverse ? selected.foreground : selected.background).shown(default: selected.appearance(on: .dark).background)
        guard let replacement = Legibility.closest(
            to: band, at: level,
            accepting: { candidate in separation { candidate.shown(default: $0.color) } >= Legibility.minimumSelectionContrast },
            score: { candidate in separation { candidate.shown(default: $0.color) } }
        ) else { return self }
        var style = selected
        if reverse { style.foreground = replacement } else { style.background = replacement }
        copy.styles[.selectedRow] = style
        return copy
    }
}
