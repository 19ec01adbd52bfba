extension Theme {
    /// This theme as a terminal at `level` with `background` behind it can show it.
    ///
    /// For now the background is not taken into account.
    public func adapted(to level: ColorLevel, background: TerminalBackground) -> Theme {
        adapted(to: level)
    }
}
