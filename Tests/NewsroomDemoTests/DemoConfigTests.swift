import Foundation
import Testing
import NewsroomCore
import NewsroomDemo
import NewsroomStore

@Suite struct DemoConfigTests {
    let f = DemoFixture.self

    @Test func configParsesWithoutWarnings() throws {
        var reader = ConfigReader(file: "newsroom.yaml")
        let config = try reader.read(DemoNewsroom.configYAML(now: f.now))
        #expect(reader.warnings.isEmpty, "\(reader.warnings)")
        #expect(config.name == "Demo-Newsroom Nordlicht AG")
        #expect(config.timeZone == "Europe/Berlin")
        #expect(config.teams == NewsroomConfig.defaultTeams)
        #expect(config.peers.count == 2)
        #expect(config.topics.count >= 8)
        #expect(config.campaigns.count >= 3)
        #expect(config.campaigns.contains { $0.goalMetric == "visitsFromSocial" && $0.start <= f.today && f.today <= $0.end })
        #expect(config.campaigns.allSatisfy { $0.target > 0 && !$0.hashtags.isEmpty })
    }

    @Test func mentionsAreCountedForUsAndBothPeersPerTopicPerDay() throws {
        var reader = ConfigReader(file: "newsroom.yaml")
        let config = try reader.read(DemoNewsroom.configYAML(now: f.now))
        let counts = f.state.mentionCounts
        let yesterday = f.today.adding(days: -1)
        for topic in config.topics {
            for source in [MentionCount.ours] + config.peers {
                #expect(counts.contains { $0.topic == topic && $0.source == source && $0.date == yesterday }, "\(topic) \(source)")
            }
        }
        let days = Set(counts.map(\.date))
        #expect(days.count >= 85)
    }

    @Test func campaignHashtagsOfTheConfigAppearInShares() throws {
        var reader = ConfigReader(file: "newsroom.yaml")
        let config = try reader.read(DemoNewsroom.configYAML(now: f.now))
        let tags = Set(f.state.shares.values.flatMap(\.hashtags))
        for campaign in config.campaigns {
            #expect(campaign.hashtags.contains { tags.contains($0.lowercased()) }, "\(campaign.name)")
        }
    }
}
