import Foundation

/// `story.added`: an editor (or an importer) put a story on offer.
public struct StoryAdded: Hashable, Sendable, Codable {
    public var storyID: StoryID
    public var content: StoryContent

    public init(storyID: StoryID, content: StoryContent) {
        self.storyID = storyID
        self.content = content
    }
}

/// `story.edited`: the story's content as it is now (a full replacement, so replays are simple).
public struct StoryEdited: Hashable, Sendable, Codable {
    public var storyID: StoryID
    public var content: StoryContent

    public init(storyID: StoryID, content: StoryContent) {
        self.storyID = storyID
        self.content = content
    }
}

/// `story.restricted`: which teams or roles may share it (empty lists: everyone).
public struct StoryRestricted: Hashable, Sendable, Codable {
    public var storyID: StoryID
    public var restriction: StoryRestriction

    public init(storyID: StoryID, restriction: StoryRestriction) {
        self.storyID = storyID
        self.restriction = restriction
    }
}
