import Foundation
import NewsroomCore

/// The `:` command line: what it understands, and completion of command names.
enum CommandLine {
    static let commands = ["theme", "date", "export", "today", "q", "quit"]

    /// Completes the command name, or the theme after `theme `, when exactly one fits.
    static func complete(_ text: String, themes: [String]) -> String {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2, parts[0] == "theme" {
            let matches = themes.filter { $0.hasPrefix(parts[1]) }
            return matches.count == 1 ? "theme " + matches[0] : text
        }
        guard parts.count <= 1 else { return text }
        let matches = commands.filter { $0.hasPrefix(text) }
        return matches.count == 1 ? matches[0] + " " : text
    }

    static func run(_ text: String, _ state: inout ConsoleState) -> [ConsoleEffect] {
        let words = text.split(separator: " ").map(String.init)
        guard let command = words.first else { return [] }
        switch command {
        case "q", "quit":
            return [.quit]
        case "export":
            return [.exportBriefing]
        case "today":
            state.date = state.calendar.localDate(of: state.now)
            state.selection = nil
            return [.reload]
        case "date":
            guard words.count == 2, let date = LocalDate(words[1]) else {
                state.message = ConsoleMessage(":date needs a day as YYYY-MM-DD, e.g. :date \(state.calendar.localDate(of: state.now))", isError: true)
                return []
            }
            state.date = date
            state.selection = nil
            state.detailOpen = false
            return [.reload]
        case "delete", "del", "rm", "remove":
            state.message = ConsoleMessage(RuleViolation.deletingIsNoSolution.description, isError: true)
            return []
        case "theme":
            guard words.count >= 2 else {
                state.message = ConsoleMessage(":theme needs a name: default, light, high-contrast, monochrome (add --save to keep it)", isError: true)
                return []
            }
            return [.setTheme(words[1], save: words.contains("--save"))]
        default:
            state.message = ConsoleMessage("unknown command ':\(command)'; try :theme NAME, :date YYYY-MM-DD, :today, :export, :q", isError: true)
            return []
        }
    }
}
