import Foundation
import NewsroomStore
import Testing

/// A newsroom.yaml far larger than any configuration is refused, with its size and what to check.
@Suite struct ConfigLimitTests {
    @Test func aHugeConfigurationIsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nr-config-\(UUID().uuidString.prefix(8)).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(("name: \"" + String(repeating: "N", count: 10 << 20) + "\"\n").utf8).write(to: url)
        do {
            _ = try ConfigReader.load(url)
            Issue.record("a 10 MB newsroom.yaml must be refused")
        } catch {
            #expect("\(error)".contains(url.path) && "\(error)".contains("KiB"), "\(error)")
        }
        try Data("name: Redaktion Nord\n".utf8).write(to: url)
        #expect(try ConfigReader.load(url).0.name == "Redaktion Nord")
    }
}
