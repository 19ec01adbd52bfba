import Foundation
import Testing
import NewsroomCore
import NewsroomDemo

@Suite struct DemoShapeTests {
    let f = DemoFixture.self

    @Test func totalIsBetweenSixtyAndOneHundredTwentyThousand() {
        let counts = f.countsByType.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        print("demo events: \(f.events.count) \(counts)")
        #expect((60_000...120_000).contains(f.events.count))
    }

    @Test func streamComesInBatchesOfAboutTwoThousandAndCountsRight() {
        #expect(f.batches.count > 10)
        #expect(f.batches.dropLast().allSatisfy { $0.count == 2_000 })
        #expect(DemoNewsroom.events(seed: 1, now: f.now, calendar: f.calendar).estimatedCount == f.events.count)
    }

    @Test func eventsAreInTimeOrderWithinTheLastNinetyDays() {
        let times = f.events.map(\.event.time)
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(times.first! >= f.now.addingTimeInterval(-90 * f.day))
        #expect(times.last! <= f.now)
    }

    @Test func foldSkipsNothing() {
        #expect(f.state.skipped.isEmpty, "skipped: \(Array(f.state.skipped.values.prefix(5)))")
    }

    @Test func actorsAreNamedPeopleOrImportersAndAccountIsDemo() {
        let people = Set(f.events.map(\.event.actor).filter { !$0.hasPrefix("import:") })
        #expect(f.events.allSatisfy { $0.event.account == "demo" })
        #expect(people.allSatisfy { $0.contains(" ") || $0.hasPrefix("model:") }, "\(people)")
        #expect(f.events.contains { $0.event.actor.hasPrefix("import:") })
    }

    @Test func idsAreUnique() {
        #expect(Set(f.events.map(\.event.id)).count == f.events.count)
    }

    @Test func sameSeedGivesTheSameLogAndAnotherSeedAnotherOne() {
        let again = Array(DemoNewsroom.events(seed: 1, now: f.now, calendar: f.calendar).joined().prefix(1_000))
        #expect(again == Array(f.events.prefix(1_000)))
        let other = Array(DemoNewsroom.events(seed: 2, now: f.now, calendar: f.calendar).joined().prefix(1_000))
        #expect(other != Array(f.events.prefix(1_000)))
        #expect(Set(other.map(\.event.id)).isDisjoint(with: f.events.prefix(1_000).map(\.event.id)))
    }

    @Test func generationIsFast() {
        let start = Date()
        let n = DemoNewsroom.events(seed: 7, now: f.now, calendar: f.calendar).estimatedCount
        let seconds = Date().timeIntervalSince(start)
        print("demo generation: \(n) events in \(seconds) s (debug build)")
        // Debug builds are several times slower than release; this bounds gross regressions only.
        #expect(seconds < 30)
    }

    @Test func noCommenterHandleOrNameInAnyEventBody() throws {
        let encoder = EventJSON.encoder()
        var handles = Set<String>()
        var names = Set<String>()
        for e in f.events {
            for p in e.personal.profiles {
                handles.insert(p.handle)
                if let n = p.displayName { names.insert(n) }
            }
        }
        #expect(handles.count > 1_000)
        var leaks: [String] = []
        for e in f.events {
            let body = String(decoding: try e.event.payload.encodedBody(using: encoder), as: UTF8.self)
            if case .commentReceived(let b) = e.event.payload {
                #expect(b.authorRef.rawValue.hasPrefix("p-"))
                #expect(e.personal.profiles.first?.ref == b.authorRef)
                #expect(e.personal.texts.first?.subject == b.commentID.rawValue)
            } else {
                #expect(e.personal.isEmpty)
            }
            for word in body.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }) where handles.contains(String(word)) {
                leaks.append(String(word))
            }
            let tokens = body.split(whereSeparator: { $0 == " " || $0 == "\"" || $0 == "," })
            for (a, b) in zip(tokens, tokens.dropFirst()) where names.contains(a + " " + b) { leaks.append(a + " " + b) }
        }
        #expect(leaks.isEmpty, "\(leaks.prefix(10))")
    }

    @Test func personRefsAreOpaque() {
        for e in f.events {
            for p in e.personal.profiles {
                #expect(!p.ref.rawValue.contains(p.handle))
                #expect(p.ref.rawValue.count == 18)
            }
        }
    }
}
