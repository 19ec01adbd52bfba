import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore

/// `newsroom queue`: the moderation queue by priority, whatever the selection, with each item's id.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Show the moderation queue by priority, with each comment's id.",
        discussion: """
            Priority is a score with a breakdown (`newsroom comment show ID`): severity by category, reach, \
            activity in the thread, the time waited against the category's SLA, and the author's history; \
            bands P1 (≥ 100) to P4. States: \(ModerationState.allCases.map(\.rawValue).joined(separator: ", ")). \
            Views: open (default), mine, escalated, hidden, all. Comment texts come from outside: control \
            characters are shown, never sent to the terminal.
            """
    )

    @Option(help: ArgumentHelp("A state, or a view: open (default), mine, escalated, hidden, all.", valueName: "state")) var state: String?
    @Option(help: ArgumentHelp("open, mine, escalated, hidden or all.", valueName: "view")) var view: String?
    @Option(help: ArgumentHelp("Only this category (repeatable; `unclassified` for none).", valueName: "category")) var category: [String] = []
    @Option(help: ArgumentHelp("Only this network (repeatable).", valueName: "network")) var network: [String] = []
    @Option(help: ArgumentHelp("Only this band: P1, P2, P3 or P4 (repeatable).", valueName: "band")) var band: [String] = []
    @Option(help: "How many to show.") var limit = 40
    @Option(help: "How many to skip (paging).") var offset = 0
    @Flag(help: "Print the result as JSON.") var json = false
    @OptionGroup var global: GlobalOptions

    func request(me: String) throws -> QueueRequest {
        var filter = QueueFilter()
        for name in category {
            if name.lowercased() == "unclassified" { filter.categories.insert(nil); continue }
            guard let c = CommentCategory(typed: name) else { throw ValidationError("unknown category '\(name)'; use unclassified or one of \(CommentCategory.typedNames)") }
            filter.categories.insert(c)
        }
        filter.networks = Set(network.map { Network($0) })
        for name in band {
            guard let b = PriorityBand.allCases.first(where: { $0.label == name.uppercased() || "\($0.rawValue)" == name }) else {
                throw ValidationError("unknown band '\(name)'; use P1, P2, P3 or P4")
            }
            filter.bands.insert(b)
        }
        guard state == nil || view == nil else { throw ValidationError("give --state or --view, not both") }
        let name = state ?? view ?? "open"
        guard let request = QueueRequest.named(name, me: me, filter: filter) else {
            throw ValidationError("unknown state or view '\(name)'; use \(QueueRequest.viewNames.joined(separator: ", ")), or one of \(ModerationState.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return request
    }

    func run() throws {
        let context = try CommandContext(global)
        let store = try context.openStore()
        let request = try request(me: context.identity.actor)
        let now = context.now
        let queue = try ModerationQueue.load(from: store, request, at: now)
        let page = Array(queue.items.dropFirst(offset).prefix(limit))
        let calendar = store.config.calendar
        let shown = try page.map { item -> (ModerationQueue.Item, author: String, text: String) in
            let c = item.comment
            let erased = try store.erasure(of: c.authorRef)
            let author = try store.profile(c.authorRef).map { "@\($0.handle)" } ?? erased.map { "erased on request (\(calendar.localDate(of: $0.at)))" } ?? "unknown"
            return (item, author, try store.text(of: c.id) ?? (erased != nil ? "[erased]" : "[no text]"))
        }
        let label = state ?? view ?? "open"
        if json {
            try Terminal.json(["state": label, "offset": offset, "count": page.count, "total": queue.items.count, "capped": queue.capped,
                               "tallies": try jsonObject(ModerationBacklog(tallies: try store.tallies())),
                               "items": try shown.map { item, author, text -> [String: Any] in
                                   let c = item.comment, p = item.priority
                                   var object: [String: Any] = [
                                       "id": c.id.rawValue, "state": c.state.rawValue, "hidden": c.visibility.isHidden, "author": author, "text": text,
                                       "network": c.network.name, "category": c.category?.rawValue ?? NSNull(),
                                       "ageMinutes": Int(now.timeIntervalSince(c.postedAt) / 60), "comment": try jsonObject(c),
                                       "priority": ["score": p.score, "band": p.band.label, "breakdown": p.breakdown,
                                                    "parts": p.parts.map { ["factor": $0.factor.rawValue, "points": $0.points, "label": $0.label] }],
                                   ]
                                   if let hide = c.visibility.hide { object["hide"] = ["reason": hide.reason.rawValue, "ground": hide.ground, "note": hide.note] }
                                   if let claim = c.claim, claim.isHeld(at: now) { object["claim"] = ["holder": claim.holder, "until": Timestamp.format(claim.leaseUntil)] }
                                   return object
                               }])
            return
        }
        guard !shown.isEmpty else { Terminal.out("No comments in '\(label)'."); return }
        var table = TextTable([.init(title: "ID", maxWidth: 14), .init(title: "PRI"), .init(title: "AGE", alignment: .right),
                               .init(title: "CATEGORY", maxWidth: 16), .init(title: "STATE", maxWidth: 10), .init(title: "NET", maxWidth: 9),
                               .init(title: "AUTHOR", maxWidth: 24), .init(title: "COMMENT", maxWidth: 60), .init(title: "CLAIM", maxWidth: 10)])
        for (item, author, text) in shown {
            let c = item.comment
            var category = c.category?.label ?? "unclassified"
            if let hide = c.visibility.hide { category = "⊘ hidden: \(hide.reason.label)" }
            let claim = c.claim.flatMap { $0.isHeld(at: now) ? "⚑\($0.holder)" : nil } ?? ""
            table.add([c.id.rawValue, "\(item.priority.band.label) \(item.priority.score)", age(now.timeIntervalSince(c.postedAt)), category,
                       c.state.label, c.network.name, author, terminalLine(text, width: 60), claim])
        }
        Terminal.out(table.render())
        let backlog = ModerationBacklog(tallies: try store.tallies())
        Terminal.out("\nOpen: \(ModerationState.allCases.filter(\.isOpen).map { "\($0.label) \(backlog.count($0))" }.joined(separator: ", ")). "
                     + "Showing \(offset + 1)–\(offset + shown.count) of \(queue.items.count) by priority\(queue.capped ? " (the newest \(ModerationQueue.defaultLimit) read)" : ""). "
                     + "Why an item ranks where it does: newsroom comment show ID.")
    }

    private func age(_ seconds: TimeInterval) -> String {
        let m = Int(seconds / 60)
        if m < 60 { return "\(m)m" }
        if m < 48 * 60 { return "\(m / 60)h" }
        return "\(m / 1440)d"
    }
}
