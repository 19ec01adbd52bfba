import Foundation

/// What ties a share to a campaign: its story, its hashtags and, for a post of one's own, its
/// links. The fold counts each share's figures under the one counter scope these marks name
/// (`CounterScope.post`), so a campaign is the sum over the scopes that are its own and no share
/// counts twice, however many of the campaign's hashtags it carries.
public struct ShareMarks: Hashable, Sendable {
    public let storyID: StoryID?
    /// Lower-cased, without `#`, sorted, each once.
    public let hashtags: [String]
    /// Links in the text of a share without a story (`host/path`, lower-case host, no scheme);
    /// a story's shares carry the story's own link, so theirs add nothing.
    public let links: [String]

    public init(storyID: StoryID?, hashtags: [String], links: [String]) {
        self.storyID = storyID
        self.hashtags = hashtags.count < 2 ? hashtags.map { $0.lowercased() } : Array(Set(hashtags.map { $0.lowercased() })).sorted()
        self.links = links.count < 2 ? links : Array(Set(links)).sorted()
    }

    /// The marks of a posted text.
    public init(storyID: StoryID?, text: String) {
        self.init(storyID: storyID, hashtags: Hashtags.extract(from: text), links: storyID == nil ? ShareLinks.extract(from: text) : [])
    }

    /// `#tags|links|story`: tags and links cannot hold `|` (`Hashtags`, `ShareLinks` leave them
    /// out), so the story id, last, may hold anything.
    public var scopeText: String {
        hashtags.joined(separator: " ") + "|" + links.joined(separator: " ") + "|" + (storyID?.rawValue ?? "")
    }

    /// The marks a scope text names; nil when it is not one.
    public init?(scopeText: String) {
        let parts = scopeText.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        storyID = parts[2].isEmpty ? nil : StoryID(String(parts[2]))
        hashtags = parts[0].split(separator: " ").map(String.init)
        links = parts[1].split(separator: " ").map(String.init)
    }
}

/// Finds the links in a posted text and writes them the way campaigns name them.
public enum ShareLinks {
    /// `https://Example.org/tickets?x=1.` → `example.org/tickets?x=1`: no scheme, host lower-cased,
    /// trailing punctuation dropped. Links holding `|` are left out (they cannot be told apart in a scope).
    public static func extract(from text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return [] }
        return text.split(whereSeparator: \.isWhitespace).compactMap { word in
            let lower = word.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
            return normalized(String(word))
        }
    }

    /// A link as campaigns and shares are compared: nil when nothing is left of it.
    public static func normalized(_ link: String) -> String? {
        var rest = Substring(link.trimmingCharacters(in: .whitespaces))
        for scheme in ["https://", "http://"] where rest.lowercased().hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
        }
        while let last = rest.last, ".,;:!?)]}\"'…".contains(last) { rest = rest.dropLast() }
        guard !rest.isEmpty, !rest.contains("|"), !rest.contains(where: \.isWhitespace) else { return nil }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        return rest[..<slash].lowercased() + rest[slash...]
    }
}
