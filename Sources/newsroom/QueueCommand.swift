import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom queue`: the moderation queue, most severe first, then oldest.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Show the moderation queue: open comments by severity, then age.",
        discussion: "States: new, triaged, assigned, answered, resolved, waiting, escalated, noAction; `hidden` lists hidden comments; `all` everything, newest first. Comment texts come from outside: control characters are shown, never sent to the terminal."
    )

    @Option(help: ArgumentHelp("A state, or open (default), hidden, all.", valueName: "state")) var state = "open"
    @Option(help: "How many to show.") var limit = 40
    @Option(help: "How many to skip (paging).") var offset = 0
    @Flag(help: "Print the result as JSON.") var json = false
    @OptionGroup var global: GlobalOptions

    func selection() throws -> CommentQuery.Selection {
        switch state {
        case "open": return .open
        case "hidden": return .hidden
        case "all": return .all
        default:
            guard let s = ModerationState(rawValue: state) else {
                throw ValidationError("unknown state '\(state)'; use open, hidden, all, or one of \(ModerationState.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return .state(s)
        }
    }

    func run() throws {
        let context = try CommandContext(global)
        let store = try context.openStore()
        let comments = try store.comments(CommentQuery(try selection(), offset: offset, limit: limit))
        let now = context.now
        let calendar = store.config.calendar
        let items = try comments.map { c -> QueueItem in
            let profile = try store.profile(c.authorRef)
            let erased = try store.erasure(of: c.authorRef)
            return QueueItem(comment: c, author: profile.map { "@\($0.handle)" } ?? erased.map { "erased on request (\(calendar.localDate(of: $0.at)))" } ?? "unknown",
                             text: try store.text(of: c.id) ?? (erased != nil ? "[erased]" : "[no text]"))
        }
        if json {
            try Terminal.json(["state": state, "offset": offset, "count": items.count, "tallies": try jsonObject(ModerationBacklog(tallies: try store.tallies())),
                               "items": try items.map { i -> [String: Any] in
                                   ["comment": try jsonObject(i.comment), "author": i.author, "text": i.text,
                                    "ageMinutes": Int(now.timeIntervalSince(i.comment.postedAt) / 60), "severity": i.comment.severity]
                               }])
            return
        }
        guard !items.isEmpty else { Terminal.out("No comments in '\(state)'."); return }
        var table = TextTable([.init(title: "AGE", alignment: .right), .init(title: "CATEGORY", maxWidth: 16), .init(title: "STATE", maxWidth: 10),
                               .init(title: "NET", maxWidth: 9), .init(title: "AUTHOR", maxWidth: 34), .init(title: "COMMENT", maxWidth: 70)])
        for i in items {
            var category = i.comment.category?.label ?? "unclassified"
            if let hide = i.comment.visibility.hide { category = "⊘ hidden: \(hide.reason.label)" }
            table.add([age(now.timeIntervalSince(i.comment.postedAt)), category, i.comment.state.label, i.comment.network.name, i.author,
                       terminalLine(i.text, width: 70)])
        }
        Terminal.out(table.render())
        let backlog = ModerationBacklog(tallies: try store.tallies())
        Terminal.out("\nOpen: \(ModerationState.allCases.filter(\.isOpen).map { "\($0.label) \(backlog.count($0))" }.joined(separator: ", ")). Showing \(offset + 1)–\(offset + items.count).")
    }

    private func age(_ seconds: TimeInterval) -> String {
        let m = Int(seconds / 60)
        if m < 60 { return "\(m)m" }
        if m < 48 * 60 { return "\(m / 60)h" }
        return "\(m / 1440)d"
    }
}

struct QueueItem {
    let comment: NewsroomCore.Comment
    let author: String
    let text: String
}
