import Foundation

/// Where an executable under test is: `NEWSROOM_BIN` (for `newsroom`), else beside the test
/// bundle (the build folder `swift test` used), else `.build/debug/` in the package.
/// Tests never build it themselves (a nested `swift build` can wait for ever on SwiftPM's lock).
enum NewsroomBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var candidates: [String] { candidates(for: "newsroom") }

    static func candidates(for name: String) -> [String] {
        var paths: [String] = []
        if name == "newsroom", let explicit = ProcessInfo.processInfo.environment["NEWSROOM_BIN"], !explicit.isEmpty {
            paths.append(explicit)
        }
        if let testBinary = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            paths.append(URL(fileURLWithPath: testBinary).deletingLastPathComponent().appendingPathComponent(name).path)
        }
        paths.append(packageRoot.appendingPathComponent(".build/debug/\(name)").path)
        return paths
    }

    /// The path of `newsroom`, or nil (the caller fails the test and says where it looked).
    static var path: String? { path(for: "newsroom") }

    /// The path of the executable `name` built by this package, or nil.
    static func path(for name: String) -> String? {
        candidates(for: name).first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
