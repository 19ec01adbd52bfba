import Foundation
import Testing

/// `newsroom check` notices damage that reads and ingests would pass over.
@Suite(.serialized) struct CheckCommandLineTests {
    @Test("a healthy newsroom passes; 256 KiB of random bytes in the middle of its database do not")
    func damageIsNoticed() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("store")
        #expect(try cli.run(["demo", store.path]).status == 0)
        let healthy = try cli.run(["check", "--full", "--store", store.path])
        #expect(healthy.status == 0 && healthy.stdout.contains("healthy"), "\(healthy.stdout)\(healthy.stderr)")
        #expect(healthy.stdout.contains("✓ projections: equal a replay"))

        let database = store.appendingPathComponent("newsroom.sqlite")
        _ = try cli.run(["log", "--limit", "1", "--store", store.path])
        let size = try #require(try FileManager.default.attributesOfItem(atPath: database.path)[.size] as? Int)
        #expect(size > 1 << 20, "the demo's database is large enough to damage in the middle")
        let handle = try FileHandle(forWritingTo: database)
        try handle.seek(toOffset: UInt64(size / 2))
        var generator = SystemRandomNumberGenerator()
        try handle.write(contentsOf: Data((0..<(256 * 1024)).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        try handle.close()

        let damaged = try cli.run(["check", "--store", store.path])
        #expect(damaged.status == 1, "exit status \(damaged.status): \(damaged.stdout)\(damaged.stderr)")
        #expect(damaged.stdout.contains("✗ database pages") && damaged.stdout.contains("Restore newsroom.sqlite from a backup"), "\(damaged.stdout)")
        let json = try #require(try cli.run(["check", "--json", "--store", store.path]).json as? [String: Any])
        #expect(json["healthy"] as? Bool == false)
    }
}
