import Foundation
import TerminalKit
import Testing
@testable import NewsroomTUI

/// The console's opening screen: the work runs on its own thread while the screen says how far it
/// is; its result, its error and a `q` each end the wait.
@Suite struct OpeningScreenTests {
    /// A backend whose waits take their time, with keys that arrive after a while.
    final class PacedBackend: TerminalBackend {
        let size = Size(width: 80, height: 24)
        let colorLevel = ColorLevel.trueColor
        private(set) var screen = Canvas(size: Size(width: 80, height: 24))
        private(set) var frames = 0
        let keyAfter: (Key, Duration)?
        private let started = ContinuousClock.now

        init(keyAfter: (Key, Duration)? = nil) { self.keyAfter = keyAfter }

        func present(_ canvas: Canvas) { screen = canvas; frames += 1 }
        func invalidate() {}
        func suspended<T>(_ body: () throws -> T) rethrows -> T { try body() }
        func nextEvent(timeout: Duration) -> BackendEvent? {
            if let (key, after) = keyAfter, ContinuousClock.now - started >= after { return .key(key) }
            Thread.sleep(forTimeInterval: Double(timeout.components.attoseconds) / 1e18 + Double(timeout.components.seconds))
            return nil
        }
    }

    let theme = ThemeCatalog.builtInDefault

    @Test func theScreenSaysHowFarTheWorkIsAndTheResultComesBack() throws {
        let backend = PacedBackend()
        let outcome = try OpeningScreen.wait(on: backend, theme: theme, title: "Making the demo newsroom", delay: .zero) { report in
            report("3 of 5 events")
            Thread.sleep(forTimeInterval: 0.5)
            return 42
        }
        guard case .ready(let value) = outcome else { Issue.record("\(outcome)"); return }
        #expect(value == 42)
        #expect(backend.frames > 0, "drawn while it ran")
        let text = backend.screen.lines.joined(separator: "\n")
        #expect(text.contains("Newsroom Console") && text.contains("Making the demo newsroom") && text.contains("3 of 5 events"), "\(text)")
    }

    @Test func quickWorkShowsNothing() throws {
        let backend = PacedBackend()
        let outcome = try OpeningScreen.wait(on: backend, theme: theme, title: "Opening") { _ in "store" }
        guard case .ready("store") = outcome else { Issue.record("\(outcome)"); return }
        #expect(backend.frames == 0, "no flash of the opening screen")
    }

    @Test func qLeavesWithoutWaitingForTheWork() throws {
        let backend = PacedBackend(keyAfter: (.character("q"), .milliseconds(300)))
        let started = ContinuousClock.now
        let outcome = try OpeningScreen.wait(on: backend, theme: theme, title: "Rebuilding") { _ in
            Thread.sleep(forTimeInterval: 3)
            return 1
        }
        guard case .left(.quit) = outcome else { Issue.record("\(outcome)"); return }
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    struct Broken: Error, CustomStringConvertible { var description: String { "the folder is not a newsroom" } }

    @Test func theWorksErrorIsThrown() {
        #expect(throws: Broken.self) {
            _ = try OpeningScreen.wait(on: PacedBackend(), theme: theme, title: "Opening") { _ -> Int in throw Broken() }
        }
    }
}
