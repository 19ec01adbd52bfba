import Foundation
import NewsroomCore

/// The `:` command line: what it understands, and completion of command names and arguments.
enum CommandLine {
    static let commands = ["theme", "date", "export", "today", "release", "template", "snippet", "crisis", "q", "quit"]

    /// Completes the command name, the theme after `theme `, or the topic after `release `, when
    /// exactly one fits.
    static func complete(_ text: String, themes: [String], topics: [String]) -> String {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2, let choices = ["theme": themes, "release": topics][parts[0]] {
            let matches = choices.filter { $0.hasPrefix(parts[1]) }
            return matches.count == 1 ? "\(parts[0]) \(matches[0])" : text
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
            return [.exportBriefing(state.briefing.date)]
        case "today":
            return BriefingUpdate.changeDate(&state, to: state.calendar.localDate(of: state.now))
        case "date":
            guard words.count == 2, let date = LocalDate(words[1]) else {
                state.say(":date needs a day as YYYY-MM-DD, e.g. :date \(state.calendar.localDate(of: state.now))", isError: true)
                return []
            }
            return BriefingUpdate.changeDate(&state, to: date)
        case "release":
            let held = state.snapshot.briefing.topicHolds
            guard words.count >= 2 else {
                state.say(held.isEmpty ? "no topic is held on \(state.briefing.date)"
                                       : "held on \(state.briefing.date): " + held.map { "\($0.topic) (\($0.reason), by \($0.heldBy))" }.joined(separator: "; ")
                                           + "; :release TOPIC lifts one")
                return []
            }
            return BriefingUpdate.release(words.dropFirst().joined(separator: " "), &state)
        case "delete", "del", "rm", "remove":
            state.say(RuleViolation.deletingIsNoSolution.description, isError: true)
            return []
        case "template":
            return ReplyLibrary.command(.template, Array(words.dropFirst()), &state)
        case "snippet":
            return ReplyLibrary.command(.snippet, Array(words.dropFirst()), &state)
        case "crisis":
            return CrisisUpdate.command(Array(words.dropFirst()), &state)
        case "theme":
            guard words.count >= 2 else {
                state.say(":theme needs a name: \(state.themeNames.joined(separator: ", ")) (add --save to keep it)", isError: true)
                return []
            }
            return [.setTheme(words[1], save: words.contains("--save"))]
        default:
            state.say("unknown command ':\(command)'; try :theme NAME, :date YYYY-MM-DD, :today, :release TOPIC, :export, :template [ID], :snippet [ID], :crisis [5|6 NOTE|clear], :q", isError: true)
            return []
        }
    }
}
