import Foundation
import GRDB
import Testing
import NewsroomCore
@testable import NewsroomStore

@Suite struct StoreBasicsTests {
    @Test func eventsAndProjectionsSurviveReopening() throws {
        let t = try TemporaryNewsroom()
        do {
            let store = try t.create()
            let committed = try store.append([story("s1"), story("s2")])
            #expect(committed.map(\.seq) == [1, 2])
        }
        let reopened = try FolderStore.open(t.folder)
        #expect(try reopened.lastSeq() == 2)
        #expect(try reopened.events(after: 0, limit: 10).map(\.event.type) == ["story.added", "story.added"])
        #expect(try reopened.story("s2")?.content.headline == "Headline")
        #expect(reopened.config.name == "Test Newsroom")
    }

    @Test func theLogRefusesUpdateAndDelete() throws {
        let t = try TemporaryNewsroom()
        let store = try t.create()
        try store.append([story("s1")])
        for sql in ["UPDATE events SET actor = 'mallory'", "DELETE FROM events"] {
            #expect {
                try store.writer.write { db in try db.execute(sql: sql) }
            } throws: { error in
                "\(error)".contains("append-only")
            }
        }
        #expect(try store.lastSeq() == 1)
    }

    @Test func reimportingTheSameEventsChangesNothing() throws {
        let t = try TemporaryNewsroom()
        let store = try t.create()
        let batch = [story("s1"), story("s2")]
        #expect(try store.append(batch).count == 2)
        #expect(try store.append(batch).isEmpty)
        #expect(try store.lastSeq() == 2)
        #expect(try store.tallies()[.stories] == 2)
    }

    @Test func staleVersionIsAConflictThatSaysWhatChanged() throws {
        let t = try TemporaryNewsroom()
        let store = try t.create()
        try store.append([comment("c1", handle: "kritiker", text: "Warum?")])
        let seen = try #require(try store.comment("c1")).version
        try store.append([event(.commentAssigned(CommentAssigned(commentID: "c1", assignee: "ben")), by: "ben")])
        #expect {
            try store.append([event(.commentHidden(CommentHidden(commentID: "c1", reason: .insult, ground: "StGB §185", note: "x")))],
                             expecting: ExpectedVersion(.comment("c1"), version: seen))
        } throws: { error in
            let text = "\(error)"
            // When, in the newsroom's zone (Europe/Berlin: 07:30 UTC is 08:30).
            return text.contains("comment c1 changed") && text.contains("comment.assigned by ben at 2026-11-24 08:30")
        }
        #expect(try store.comment("c1")?.visibility == .visible, "nothing was written")
    }

    @Test func unknownEventTypesAreKeptAndSkippedWithAWarning() throws {
        let t = try TemporaryNewsroom()
        let store = try t.create()
        try store.append([event(.unknown(type: "poll.created", version: 1, body: #"{"question":"Kaffee?"}"#)), story("s1")])
        #expect(try store.events(after: 0, limit: 10).first?.event.type == "poll.created")
        #expect(try store.skippedEvents()[1]?.contains("unknown type poll.created") == true)
        #expect(try store.story("s1") != nil)
    }

    @Test func filesAreOwnerOnly() throws {
        let t = try TemporaryNewsroom()
        _ = try t.create()
        func mode(_ url: URL) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
        }
        #expect(try mode(t.folder.root) == 0o700)
        #expect(try mode(t.folder.inbox) == 0o700)
        #expect(try mode(t.folder.database) == 0o600)
        #expect(try mode(t.folder.config) == 0o600)
    }

    @Test func openingExplainsWhatIsWrong() throws {
        let t = try TemporaryNewsroom()
        #expect { try FolderStore.open(t.folder) } throws: { "\($0)".contains("does not exist") && "\($0)".contains("newsroom init") }
        try FileManager.default.createDirectory(at: t.folder.root, withIntermediateDirectories: true)
        #expect { try FolderStore.open(t.folder) } throws: { "\($0)".contains("is not a newsroom") }
        try Data("this is not sqlite, it is a shopping list\n".utf8).write(to: t.folder.database)
        #expect { try FolderStore.open(t.folder) } throws: { "\($0)".contains("not a newsroom database") }
    }

    @Test func aStoreFromANewerProgramIsRefusedUntouched() throws {
        let t = try TemporaryNewsroom()
        do {
            let store = try t.create()
            try store.writer.write { db in try db.execute(sql: "UPDATE meta SET value = '99' WHERE key = 'schema'") }
        }
        #expect { try FolderStore.open(t.folder) } throws: { "\($0)".contains("newer Newsroom Console") }
    }

    @Test func creatingRefusesAFolderInUse() throws {
        let t = try TemporaryNewsroom()
        _ = try t.create()
        #expect { try t.create() } throws: { "\($0)".contains("not empty") }
    }

    @Test func hasChangesSeesOtherConnectionsCommits() throws {
        let t = try TemporaryNewsroom()
        let store = try t.create()
        let other = try FolderStore.open(t.folder)
        _ = try store.hasChanges()
        #expect(try !store.hasChanges())
        try other.append([story("s1")])
        #expect(try store.hasChanges())
        #expect(try !store.hasChanges())
    }
}

@Suite struct ConfigTests {
    @Test func theTemplateReadsBackAsTheDefaults() throws {
        var reader = ConfigReader(file: "newsroom.yaml")
        let config = try reader.read(ConfigTemplate.text(name: "Demo"))
        #expect(reader.warnings.isEmpty)
        var expected = NewsroomConfig()
        expected.name = "Demo"
        #expect(config == expected)
    }

    @Test func wrongValuesNameFileLineAndKey() {
        var reader = ConfigReader(file: "newsroom.yaml")
        #expect {
            _ = try reader.read("name: X\nstorm:\n  level2Z: lots\n")
        } throws: { error in
            "\(error)" == "newsroom.yaml:3: storm.level2Z: expected a number of at least 0.0, found 'lots'"
        }
        #expect { _ = try reader.read("timeZone: Mars/Olympus\n") } throws: { "\($0)".contains("newsroom.yaml:1: timeZone: unknown time zone") }
        #expect { _ = try reader.read("name: [unclosed\n") } throws: { "\($0)".contains("is not valid YAML") }
    }

    @Test("a YAML error at the end of a file without a final newline is on its last line (found by fuzzing)")
    func yamlErrorAtTheEndIsOnTheLastLine() {
        var reader = ConfigReader(file: "newsroom.yaml")
        #expect { _ = try reader.read("name: x\nteams: [a, b") } throws: { ($0 as? ConfigError)?.line == 2 }
    }

    @Test func unknownKeysAreWarningsNotErrors() throws {
        var reader = ConfigReader(file: "newsroom.yaml")
        let config = try reader.read("name: X\ntimezone: Europe/Berlin\n")
        #expect(config.name == "X")
        #expect(reader.warnings.map(\.description) == ["newsroom.yaml:2: timezone: unknown key, ignored (check the spelling against the commented template from `newsroom init`)"])
    }
}

@Suite struct BackupTests {
    @Test func aBackupIsAWholeNewsroomDatabaseThatOpens() throws {
        let t = try TemporaryNewsroom("backup")
        let store = try t.create()
        try store.append([story("s1"), comment("c1", handle: "kritik", text: "Warum?")])
        let copy = StoreFolder(t.root.appendingPathComponent("copy"))
        try FileManager.default.createDirectory(at: copy.root, withIntermediateDirectories: true)
        try store.backup(to: copy.database)
        let restored = try FolderStore.open(copy)
        #expect(try restored.lastSeq() == 2)
        #expect(try restored.story("s1") != nil)
        #expect(try restored.text(of: "c1") == "Warum?")
        let mode = (try FileManager.default.attributesOfItem(atPath: copy.database.path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
    }
}
