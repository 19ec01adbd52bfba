import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

extension CommentCommand {
    /// `newsroom comment show`: one comment with everything a decision needs: who wrote it, what
    /// it is on, its category, state and visibility (why hidden, on which ground), its priority's
    /// breakdown, its thread, and every decision recorded on it.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a comment: author, text, state, visibility, priority, thread and audit trail.")
        @OptionGroup var target: Target

        func run() throws {
            let context = try CommandContext(target.global)
            let store = try context.openStore()
            let comment = try CommentDecisionRun.existing(target.id, in: store)
            let now = context.now
            let calendar = store.config.calendar
            let contexts = try store.priorityContexts(for: [comment], at: now)
            let priority = CommentPriority.of(comment, context: contexts[comment.id] ?? PriorityContext(), at: now,
                                              settings: store.config.moderation, calendar: calendar)
            let profile = try store.profile(comment.authorRef)
            let erasure = try store.erasure(of: comment.authorRef)
            let author = profile.map { p in "@\(p.handle)" + (p.displayName.map { " (\($0))" } ?? "") }
                ?? erasure.map { "erased on request (\(calendar.localDate(of: $0.at)))" } ?? "unknown"
            let text = try store.text(of: comment.id) ?? (erasure != nil ? "[erased]" : "[no text]")
            let audit = try store.decisions(on: comment.id)
            let thread = try store.thread(comment.threadRootID).filter { $0.id != comment.id }

            if target.json {
                var object: [String: Any] = [
                    "id": comment.id.rawValue, "network": comment.network.name, "state": comment.state.rawValue,
                    "on": ["kind": comment.target.kind.rawValue, "id": comment.target.id], "postedAt": Timestamp.format(comment.postedAt),
                    "author": author, "followers": comment.authorFollowers, "text": text, "version": comment.version,
                    "hidden": comment.visibility.isHidden,
                    "priority": ["score": priority.score, "band": priority.band.label, "breakdown": priority.breakdown,
                                 "parts": priority.parts.map { ["factor": $0.factor.rawValue, "points": $0.points, "label": $0.label] }],
                    "audit": audit.map { ["seq": $0.seq, "time": Timestamp.format($0.event.time), "actor": $0.event.actor, "type": $0.event.type] },
                    "thread": thread.map(\.id.rawValue),
                ]
                if let category = comment.category { object["category"] = category.rawValue; object["classifiedBy"] = comment.classifiedBy }
                if let hide = comment.visibility.hide {
                    object["hide"] = ["reason": hide.reason.rawValue, "ground": hide.ground, "note": hide.note, "by": hide.by, "at": Timestamp.format(hide.at)]
                }
                if let claim = comment.claim, claim.isHeld(at: now) { object["claim"] = ["holder": claim.holder, "until": Timestamp.format(claim.leaseUntil)] }
                if let assignee = comment.assignee { object["assignee"] = assignee }
                if let parent = comment.parentID { object["parent"] = parent.rawValue }
                object["replies"] = comment.replies.map { ["id": $0.id, "text": $0.text, "by": $0.by, "at": Timestamp.format($0.at)] }
                try Terminal.json(object)
                return
            }
            let when = "\(calendar.localDate(of: comment.postedAt)) \(calendar.localTime(of: comment.postedAt))"
            var lines = ["\(comment.id) on \(comment.network.name), on \(comment.target.kind.rawValue) \(comment.target.id)"
                         + (comment.parentID.map { ", in reply to \($0)" } ?? "") + "; posted \(when) (\(calendar.zoneName))"]
            lines.append("Author    \(author), \(comment.authorFollowers) followers")
            lines.append("Category  \(comment.category?.label ?? "unclassified")" + (comment.classifiedBy.map { " (by \($0))" } ?? ""))
            lines.append("State     \(comment.state.label)" + (comment.assignee.map { ", assigned to \($0)" } ?? ""))
            if let hide = comment.visibility.hide {
                lines.append("Hidden    \(hide.reason.label), on the ground of \(hide.ground): \(hide.note) (by \(hide.by), \(calendar.dateTime(of: hide.at)))")
            } else {
                lines.append("Visible")
            }
            if let claim = comment.claim, claim.isHeld(at: now) {
                lines.append("Claimed   by \(claim.holder) until \(calendar.localTime(of: claim.leaseUntil))")
            }
            lines.append("Priority  \(priority.band.label) (\(priority.score)): \(priority.breakdown)")
            lines.append("Text      \(text)")
            for reply in comment.replies { lines.append("Reply     \(reply.by), \(calendar.dateTime(of: reply.at)): \(reply.text)") }
            if !thread.isEmpty { lines.append("Thread    \(thread.count) other comments: \(thread.prefix(10).map(\.id.rawValue).joined(separator: ", "))") }
            lines.append("Audit trail (\(audit.count)):")
            for stored in audit {
                let e = stored.event
                lines.append("  \(stored.seq)  \(calendar.dateTime(of: e.time))  \(e.actor)  \(e.type)  \(EventLine.summary(e.payload, calendar: calendar))")
            }
            for line in lines { Terminal.out(PrintableText.line(line)) }
        }
    }
}
