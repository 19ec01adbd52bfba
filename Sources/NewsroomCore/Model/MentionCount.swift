/// How often a topic was mentioned on a day, by us or by a named peer: the input to share of buzz
/// and topic footprint.
public struct MentionCount: Hashable, Sendable, Codable {
    /// `ours`, or the peer's name from `newsroom.yaml`.
    public var source: String
    public var topic: String
    public var date: LocalDate
    public var mentions: Int
    public var engagement: Int

    public init(source: String, topic: String, date: LocalDate, mentions: Int, engagement: Int = 0) {
        self.source = source
        self.topic = topic
        self.date = date
        self.mentions = mentions
        self.engagement = engagement
    }

    public static let ours = "ours"
}
