import NewsroomCore

/// What a key asks the console to do. Each pane has its own action type in its folder; the shell
/// routes them, so a new pane action touches that pane's folder only.
public enum ConsoleAction: Hashable, Sendable {
    case shell(ShellAction)
    case move(Movement)
    case overlay(OverlayAction)
    case briefing(BriefingAction)
    case moderation(ModerationAction)
    case kpis(KPIAction)
    case ambassadors(AmbassadorAction)

    /// The action's name in settings.yaml (`share` in `briefing.share: [S]`).
    public var name: String {
        switch self {
        case .shell(let a): return a.rawValue
        case .move(let a): return a.rawValue
        case .overlay(let a): return a.rawValue
        case .briefing(let a): return a.rawValue
        case .moderation(let a): return a.rawValue
        case .kpis(let a): return a.rawValue
        case .ambassadors(let a): return a.rawValue
        }
    }
}

/// The global keys of DESIGN: they work in every pane and no pane reuses them.
public enum ShellAction: String, Hashable, Sendable, CaseIterable {
    case focusNext, focusPrevious, focusBriefing, focusModeration, focusKPIs, focusAmbassadors
    case toggleZoom, help, commandLine, filter, back, quit, redraw, messages
    /// The KPI pane large and alone, for the wall screen of the morning call.
    case toggleWall
    /// To the newest P1 item the top bar raises, from any pane.
    case jumpToUrgent
    /// From the storm alert to the comments that drive it.
    case jumpToCrisis
}

/// Movement, the same in every pane.
public enum Movement: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, moveTop, moveBottom, pageDown, pageUp, open
}

/// Keys of the overlays and prompts, each in its own context so remapped keys work there too.
public enum OverlayAction: String, Hashable, Sendable, CaseIterable {
    case close, scrollDown, scrollUp, scrollPageDown, scrollPageUp, scrollTop, scrollBottom
    case yes, no
    case submit, cancel, complete, historyPrevious, historyNext
}

/// Everything `update` takes: an action from a key, or the result of an effect it asked for.
public enum ConsoleEvent: Sendable {
    case action(ConsoleAction)
    case result(EffectResult)
}
