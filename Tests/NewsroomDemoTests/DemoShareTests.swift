import Foundation
import Testing
import NewsroomCore
import NewsroomDemo

@Suite struct DemoShareTests {
    let f = DemoFixture.self
    var shares: [Share] { Array(f.state.shares.values) }

    @Test func ninetyDaysOfShares() {
        #expect(shares.count >= 2_500)
        let earliest = shares.map(\.postedAt).min()!
        #expect(earliest < f.now.addingTimeInterval(-85 * f.day) && earliest >= f.now.addingTimeInterval(-90 * f.day))
        for week in 0..<12 {
            let start = f.now.addingTimeInterval(-Double(week + 1) * 7 * f.day)
            #expect(shares.filter { $0.postedAt >= start && $0.postedAt < start.addingTimeInterval(7 * f.day) }.count >= 100, "week \(week)")
        }
    }

    @Test func metricsGrowOverSeveralMeasurements() {
        var series: [ShareID: [ShareMetrics]] = [:]
        for e in f.events {
            if case .shareMeasured(let b) = e.event.payload { series[b.shareID, default: []].append(b.metrics) }
        }
        let old = shares.filter { $0.postedAt < f.now.addingTimeInterval(-8 * f.day) }
        #expect(old.allSatisfy { (series[$0.id]?.count ?? 0) >= 3 })
        for (_, list) in series {
            for (a, b) in zip(list, list.dropFirst()) {
                #expect(b.impressions >= a.impressions && b.clicks >= a.clicks && b.reactions >= a.reactions)
            }
        }
        #expect(series.values.filter { $0.count >= 3 && $0.last!.impressions > $0.first!.impressions }.count >= 1_000)
        let totals = shares.map(\.metrics)
        #expect(totals.filter { $0.visitsFromSocial > 0 }.count >= 500)
        #expect(totals.filter { $0.leads > 0 }.count >= 20)
        #expect(totals.filter { $0.bookedMeetings > 0 }.count >= 10)
        #expect(totals.filter { $0.adImpressions > 0 }.count >= 50)
        #expect(totals.filter { $0.eventVisits > 0 }.count >= 20)
        #expect(totals.filter { $0.comments > 0 && $0.reshares > 0 }.count >= 100)
    }

    @Test func employeeHashtagsGrowOverTime() {
        func count(_ tag: String, _ fromDay: Double, _ toDay: Double) -> Int {
            shares.filter { $0.postedAt >= f.now.addingTimeInterval(-fromDay * f.day) && $0.postedAt < f.now.addingTimeInterval(-toDay * f.day)
                && $0.hashtags.contains(tag) }.count
        }
        for tag in ["werkstolz", "nordlichtblau"] {
            #expect(count(tag, 30, 0) > 2 * count(tag, 90, 60), "\(tag)")
            #expect(count(tag, 30, 0) >= 50)
        }
        #expect(shares.contains { $0.hashtags.contains("learnfromit") })
    }

    @Test func oneGroupPostedTheIdenticalTextWithinAnHour() {
        let groups = Dictionary(grouping: shares.filter { $0.storyID != nil }, by: { $0.text + "|" + ($0.storyID?.rawValue ?? "") })
        let found = groups.values.contains { group in
            let times = group.map(\.postedAt).sorted()
            for (i, t) in times.enumerated() {
                let within = times[i...].prefix { $0.timeIntervalSince(t) <= 3600 }
                if Set(group.filter { within.contains($0.postedAt) }.map(\.ambassadorID)).count >= 6 { return true }
            }
            return false
        }
        #expect(found)
    }

    @Test func aFewSharesOnAHeldTopic() {
        let offending = shares.filter { s in
            guard let story = s.storyID.flatMap({ f.state.stories[$0] }),
                  let briefing = f.state.briefings[f.calendar.localDate(of: s.postedAt)],
                  let hold = briefing.heldTopic(among: story.content.topics) else { return false }
            return s.postedAt > hold.heldAt
        }
        #expect((3...20).contains(offending.count), "\(offending.count)")
        #expect(offending.contains { f.calendar.localDate(of: $0.postedAt) == f.today })
    }

    @Test func aFewSharesOfAStoryRestrictedAwayFromTheSharersTeam() {
        let offending = shares.filter { s in
            guard let story = s.storyID.flatMap({ f.state.stories[$0] }), let a = f.state.ambassadors[s.ambassadorID] else { return false }
            return !story.content.restriction.allows(team: a.team, role: a.role)
        }
        #expect((2...20).contains(offending.count), "\(offending.count)")
    }

    @Test func sharesCarryCampaignHashtags() {
        let tags = Set(shares.flatMap(\.hashtags))
        #expect(tags.isSuperset(of: ["windforumnord", "zukunftmitenergie", "wasserstoffdialog"]))
        #expect(shares.allSatisfy { $0.network != .x || $0.text.count <= 280 })
    }
}
