import Foundation
import NewsroomCore

/// The moderation team's setup at the start of the quarter: moderators with their roles, reply
/// templates and fact snippets (German and English); plus one who moved on and a retired template.
enum DemoTeam {
    static func generate(now: Date, log: inout DemoLog) {
        let start = now.addingTimeInterval(-89.9 * 86_400)
        let lead = DemoProgram.programLead
        for (k, m) in DemoProgram.moderators.enumerated() {
            var first = m
            first.active = true
            log.emit(start.addingTimeInterval(Double(k) * 60), lead, .moderatorChanged(ModeratorChanged(moderator: first)))
        }
        for (k, t) in DemoTexts.templates.enumerated() {
            log.emit(start.addingTimeInterval(3600 + Double(k) * 60), DemoProgram.queueModerators[k % DemoProgram.queueModerators.count],
                     .templateSaved(TemplateSaved(template: t)))
        }
        for (k, s) in DemoTexts.snippets.enumerated() {
            log.emit(start.addingTimeInterval(7200 + Double(k) * 60), DemoProgram.expert, .snippetSaved(SnippetSaved(snippet: s)))
        }
        // Later in the quarter: one moderator moved on, and an old template was retired.
        for m in DemoProgram.moderators where !m.active {
            log.emit(now.addingTimeInterval(-30 * 86_400), lead, .moderatorChanged(ModeratorChanged(moderator: m)))
        }
        let retired = ReplyTemplate(id: "tpl-alt-de", name: "Alt: Allgemeiner Dank", language: "de",
                                    text: "Hallo {author}, danke für Ihren Kommentar.", categories: [.criticism], retired: true)
        log.emit(start.addingTimeInterval(4000), DemoProgram.queueModerators[0], .templateSaved(TemplateSaved(template: ReplyTemplate(
            id: retired.id, name: retired.name, language: retired.language, text: retired.text, categories: retired.categories))))
        log.emit(now.addingTimeInterval(-45 * 86_400), DemoProgram.queueModerators[0], .templateSaved(TemplateSaved(template: retired)))
    }
}
