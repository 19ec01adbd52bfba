import Foundation
import Testing
import NewsroomCore
import NewsroomDemo

@Suite struct DemoAmbassadorTests {
    let f = DemoFixture.self
    var ambassadors: [Ambassador] { Array(f.state.ambassadors.values) }

    @Test func atLeastOneHundredFiftyInTheDefaultTeams() {
        #expect(ambassadors.count >= 150)
        #expect(Set(ambassadors.map(\.team)) == Set(NewsroomConfig.defaultTeams))
        #expect(ambassadors.allSatisfy { !$0.topics.isEmpty && !$0.accounts.isEmpty && !$0.role.isEmpty })
        #expect(ambassadors.filter { !$0.avoidedTopics.isEmpty }.count >= 5)
        #expect(ambassadors.contains { $0.avoidedTopics.contains("politik") })
    }

    @Test func mostlyBerlinSomeAbroad() {
        let berlin = ambassadors.filter { $0.timeZone == "Europe/Berlin" }.count
        #expect(berlin * 10 >= ambassadors.count * 7)
        for zone in ["America/New_York", "Asia/Kolkata", "America/Sao_Paulo", "Asia/Shanghai", "Asia/Seoul"] {
            #expect(ambassadors.contains { $0.timeZone == zone }, "\(zone)")
        }
    }

    @Test func executivesHaveLargeFollowingsNewcomersSmallOnes() {
        let executives = ambassadors.filter { $0.team == "executives" }
        #expect(executives.count >= 10)
        #expect(executives.allSatisfy { (20_000...90_000).contains($0.accounts.first { $0.network == .linkedIn }?.followers ?? 0) })
        let newcomers = ambassadors.filter { $0.joinedAt > f.now.addingTimeInterval(-30 * f.day) }
        #expect(newcomers.count >= 5)
        #expect(newcomers.allSatisfy { $0.totalFollowers < 2_000 })
    }

    @Test func activityIsUneven() {
        let active = ambassadors.filter { $0.isActive(at: f.now, withinDays: 7) }.count
        let quiet = ambassadors.filter { a in
            !a.hasLeft(at: f.now) && a.joinedAt < f.now.addingTimeInterval(-60 * f.day)
                && (a.lastSharedAt.map { f.now.timeIntervalSince($0) > 21 * f.day } ?? true)
        }
        #expect(active >= 60)
        #expect(quiet.count >= 10)
        let counts = ambassadors.map(\.shareCount).sorted()
        #expect(counts.last! >= 4 * max(1, counts[counts.count / 2]))
    }

    @Test func trainingsValidExpiredAndMissing() {
        let valid = ambassadors.filter { $0.isTrained(at: f.now) }.count
        let expired = ambassadors.filter { a in !a.isTrained(at: f.now) && a.trainings.contains { ($0.validUntil ?? .distantFuture) < f.now } }.count
        let never = ambassadors.filter { $0.trainings.isEmpty }.count
        #expect(valid > ambassadors.count / 2)
        #expect(expired >= 10)
        #expect(never >= 10)
        let acknowledged = ambassadors.filter { $0.guidelineAcknowledgedAt != nil }.count
        #expect(acknowledged * 10 >= ambassadors.count * 8 && acknowledged < ambassadors.count)
    }

    @Test func aCoupleLeftAndSomeChangedTeams() {
        #expect(ambassadors.filter { $0.hasLeft(at: f.now) }.count >= 2)
        #expect(ambassadors.filter { !$0.teamChanges.isEmpty }.count >= 3)
        for a in ambassadors where a.hasLeft(at: f.now) {
            #expect(f.state.shares.values.allSatisfy { $0.ambassadorID != a.id || $0.postedAt < a.leftAt! })
        }
    }

    @Test func noRealPeopleNamesOfTheSeedArticles() {
        let banned = ["Stenberg", "Aceto", "Höttges", "Kaeser"]
        let names = ambassadors.map(\.name) + Array(f.state.moderators.keys)
        #expect(names.allSatisfy { n in !banned.contains { n.contains($0) } })
    }
}
