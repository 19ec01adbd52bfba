import Foundation
import NewsroomCore
import TerminalKit

/// What the briefing does with a prompt's text and a question's answer. A field that is wrong
/// says what is wrong and stays open with the text typed, so nothing typed is lost.
enum BriefingPrompts {
    static func submit(_ prompt: BriefingPrompt, text: String, _ state: inout ConsoleState) -> [ConsoleEffect] {
        switch prompt {
        case .holdReason(let id, let version):
            let reason = text.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else {
                return stay(prompt, text, problem: "a hold needs a reason, so ambassadors know why it waits", &state)
            }
            return BriefingUpdate.decide(.hold(reason: reason), on: id, version: version, &state)
        case .embargoTime(let id, let version):
            guard let time = LocalTime(text.trimmingCharacters(in: .whitespaces)) else {
                return stay(prompt, text, problem: "'\(text)' is not a time: type HH:MM, e.g. 10:30", &state)
            }
            let until = state.calendar.instant(state.briefing.date, time)
            guard until > state.now else {
                return stay(prompt, text, problem: "\(time) has passed: an embargo lifts later today, or choose another day", &state)
            }
            return BriefingUpdate.decide(.embargo(until: until), on: id, version: version, &state)
        case .teams(let id, let version):
            return restrict(id, version: version, to: text, prompt, &state)
        case .newStory(let draft):
            return newStory(draft, text, &state)
        }
    }

    /// Keeps the prompt open on the same field with the text and what is wrong with it.
    static func stay(_ prompt: BriefingPrompt, _ text: String, problem: String, _ state: inout ConsoleState) -> [ConsoleEffect] {
        state.overlay = .prompt(.briefing(prompt), PromptEditor(text: text), problem: problem)
        return []
    }

    static func answer(_ question: BriefingQuestion, yes: Bool, _ state: inout ConsoleState) -> [ConsoleEffect] {
        switch question {
        case .holdTopic(let topic, let reason, _):
            guard yes else {
                state.say("hold recorded; the topic '\(topic)' stays open")
                return []
            }
            do {
                let payload = try BriefingRules.holdTopic(topic, on: state.briefing.date, reason: reason)
                return [.record(Recording([payload], expecting: ExpectedVersion(.briefing(state.briefing.date), version: state.snapshot.briefing.version),
                                          done: "topic '\(topic)' held for \(state.briefing.date); u undoes it, :release \(topic) lifts it",
                                          purpose: .briefing(.topicHold(topic: topic, date: state.briefing.date))))]
            } catch {
                state.say("\(error)", isError: true)
                return []
            }
        }
    }

    static func restrict(_ id: StoryID, version: Int64, to text: String, _ prompt: BriefingPrompt, _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let row = state.snapshot.briefing.rows.first(where: { $0.story.id == id }) else { return [] }
        let teams = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let unknown = teams.filter { !state.snapshot.teams.contains($0) }
        guard unknown.isEmpty else {
            return stay(prompt, text, problem: "unknown team \(unknown.map { "'\($0)'" }.joined(separator: ", ")); teams: \(state.snapshot.teams.joined(separator: ", "))",
                        &state)
        }
        let previous = row.story.content.restriction
        let restriction = StoryRestriction(teams: teams, roles: previous.roles)
        let who = teams.isEmpty ? "everyone" : teams.joined(separator: ", ")
        return [.record(Recording([.storyRestricted(StoryRestricted(storyID: id, restriction: restriction))],
                                  expecting: ExpectedVersion(.story(id), version: version), done: "may be shared by: \(who)",
                                  purpose: .briefing(.restriction(story: id, previous: previous))))]
    }

    static func newStory(_ start: NewStoryDraft, _ text: String, _ state: inout ConsoleState) -> [ConsoleEffect] {
        var draft = start
        let value = text.trimmingCharacters(in: .whitespaces)
        switch draft.step {
        case .headline:
            guard !value.isEmpty else { return stay(.newStory(draft), text, problem: "a story needs a headline (Esc cancels)", &state) }
            draft.headline = value
            draft.step = .link
        case .link:
            guard value.isEmpty || Self.isLink(value) else {
                return stay(.newStory(draft), text, problem: "a link starts with https:// or http:// and has a host; leave it empty if there is none", &state)
            }
            draft.link = value.isEmpty ? nil : value
            draft.step = .topics
        case .topics:
            draft.topics = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
            draft.step = .language
        case .language:
            let language = value.isEmpty ? "de" : value.lowercased()
            guard ["de", "en"].contains(language) else {
                return stay(.newStory(draft), text, problem: "the language is de or en (empty: de)", &state)
            }
            let id = StoryID("st-\(Int64(state.now.timeIntervalSince1970 * 1000))-\(slug(draft.headline))")
            let content = StoryContent(headline: draft.headline, link: draft.link, language: language, topics: draft.topics)
            state.briefing.selection = id
            return [.record(Recording([.storyAdded(StoryAdded(storyID: id, content: content)),
                                       .briefingScheduled(BriefingScheduled(date: state.briefing.date, storyID: id))],
                                      expecting: ExpectedVersion(.story(id), version: 0),
                                      done: "story added to \(state.briefing.date): \(String(draft.headline.prefix(40)))",
                                      purpose: .briefing(.newStory(id))))]
        }
        state.overlay = .prompt(.briefing(.newStory(draft)))
        return []
    }

    static func isLink(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["https", "http"].contains(scheme),
              let host = url.host, host.contains(".") || host == "localhost" else { return false }
        return !text.contains(" ")
    }

    /// A few letters of a headline for a readable id.
    static func slug(_ headline: String) -> String {
        let letters = headline.lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "-" }
        return String(String(letters).split(separator: "-").joined(separator: "-").prefix(24))
    }

    /// The prompt's label in the bottom bar.
    static func label(_ prompt: BriefingPrompt) -> String {
        switch prompt {
        case .holdReason: return "hold, reason: "
        case .embargoTime: return "embargo until (HH:MM): "
        case .teams: return "teams that may share (comma-separated, empty: everyone): "
        case .newStory(let draft):
            switch draft.step {
            case .headline: return "new story 1/4, headline: "
            case .link: return "new story 2/4, link (optional): "
            case .topics: return "new story 3/4, topics (comma-separated): "
            case .language: return "new story 4/4, language (de/en): "
            }
        }
    }
}
