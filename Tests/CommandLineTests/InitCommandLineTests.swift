import Foundation
import Synchronization
import Testing

/// `newsroom init` never overwrites: a folder with anything in it is refused, and of two inits of
/// one new folder exactly one succeeds.
@Suite(.serialized) struct InitCommandLineTests {
    @Test func aFolderWithAConfigurationIsRefusedAndKept() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("store")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        try "name: Mine\n".write(to: store.appendingPathComponent("newsroom.yaml"), atomically: true, encoding: .utf8)
        let result = try cli.run(["init", store.path])
        #expect(result.status != 0 && result.stderr.contains("not empty"), "\(result.stderr)")
        #expect(try String(contentsOf: store.appendingPathComponent("newsroom.yaml"), encoding: .utf8) == "name: Mine\n")
    }

    @Test func twoInitsOfOneNewFolderNeverBothSucceed() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        for round in 0..<8 {
            let store = cli.home.appendingPathComponent("race-\(round)").path
            let results = ExitStatuses()
            let threads = (0..<2).map { _ in
                Thread { if let r = try? cli.run(["init", store]) { results.list.withLock { $0.append(r.status) } } }
            }
            threads.forEach { $0.start() }
            let deadline = Date().addingTimeInterval(60)
            while results.list.withLock({ $0.count }) < 2, Date() < deadline { usleep(10_000) }
            let statuses = results.list.withLock { $0 }
            #expect(statuses.filter { $0 == 0 }.count == 1, "round \(round): exit statuses \(statuses)")
        }
    }

    @Test("exports are owner-only and whole: written beside their place, then renamed")
    func exportsAreOwnerOnly() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("store").path
        #expect(try cli.run(["init", store]).status == 0)
        let file = cli.home.appendingPathComponent("all.jsonl").path
        #expect(try cli.run(["export", "--jsonl", file, "--store", store]).status == 0)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
        #expect(mode & 0o077 == 0, "mode \(String(mode, radix: 8))")
        let failed = try cli.run(["export", "--jsonl", cli.home.appendingPathComponent("no/such/dir/x.jsonl").path, "--store", store])
        #expect(failed.status != 0 && failed.stderr.contains("nothing was written"), "\(failed.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.home.path).filter { $0.hasSuffix(".partial") }
        #expect(leftovers.isEmpty)
    }
}

/// Exit statuses handed from the threads of one test.
final class ExitStatuses: Sendable {
    let list = Mutex<[Int32]>([])
}
