import Foundation
import Testing

extension EndToEndTests {
    /// A newsroom on read-only media (a read-only bind mount, as root in a private mount
    /// namespace): the console opens it, says so, and `:export` says why it cannot write and where
    /// the briefing can go instead, never a raw Foundation error.
    @Suite("a read-only store in the console")
    final class ReadOnlyStoreEndToEndTests {
        let newsroom: OneStoryNewsroom

        init() throws { newsroom = try OneStoryNewsroom("readonly") }

        @Test("`:export` on a read-only store says what to do", .enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")))
        func exportOnReadOnlyMedia() throws {
            let binary = try #require(NewsroomBinary.path, "newsroom binary not found; build it first. Looked in: \(NewsroomBinary.candidates)")
            try newsroom.make(binary)
            let store = shellQuoted(newsroom.store.path)
            let console = try TmuxSession(width: 120, height: 40, environment: newsroom.environment) { _ in
                "/usr/bin/unshare -m sh -c 'mount --bind -o ro \"$0\" \"$0\" && exec \"$1\" --store \"$0\"' \(store) \(shellQuoted(binary)); sleep 60"
            }
            console.waitFor("Umspannwerk Husum")
            console.sendKeys(":", "export", "Enter")
            console.waitForScreen("the export's refusal in the bar") { $0.contains("export failed") }
            console.sendKeys("M")
            let screen = console.waitForScreen("the whole message") { $0.contains("format markdown") }
            #expect(screen.contains("read-only"), "\(screen)")
            #expect(!screen.contains("NSCocoaErrorDomain") && !screen.contains("Code="), "\(screen)")
            console.sendKeys("Escape", "q")
        }
    }
}
